import { useSyncExternalStore } from 'react';
import type { Client } from 'urql';
import { CompleteLessonDocument } from '../../gql/graphql';

/**
 * Lessons completed without a connection, kept in this browser until the server has them. Sending
 * one twice is harmless: the server records a lesson's completion once, however often it is told
 * (completeLesson is idempotent), so a completion is dropped from here only once it is answered.
 */
export interface QueuedCompletion {
  lessonId: string;
  timeSpentSeconds: number;
}

const storageKey = 'ptp.queued-completions';
const listeners = new Set<() => void>();
let queue: QueuedCompletion[] = readStored();

function readStored(): QueuedCompletion[] {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? '[]') as QueuedCompletion[];
  } catch {
    return [];
  }
}

function keep(next: QueuedCompletion[]) {
  queue = next;
  localStorage.setItem(storageKey, JSON.stringify(queue));
  listeners.forEach((listener) => listener());
}

export function queueCompletion(completion: QueuedCompletion): void {
  keep([...queue.filter(({ lessonId }) => lessonId !== completion.lessonId), completion]);
}

export function forgetQueuedCompletions(): void {
  keep([]);
}

export function useQueuedCompletions(): QueuedCompletion[] {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => queue,
  );
}

/** Sends what is waiting, one by one; what could not reach the server stays for the next time. Answers how many were sent. */
export async function sendQueuedCompletions(client: Client): Promise<number> {
  let sent = 0;
  for (const completion of queue) {
    const { error } = await client.mutation(CompleteLessonDocument, completion).toPromise();
    if (error?.networkError) break;
    // Answered, done or refused (a lesson since removed from the course, say): either way not to send again.
    keep(queue.filter(({ lessonId }) => lessonId !== completion.lessonId));
    if (!error) sent += 1;
  }
  return sent;
}
