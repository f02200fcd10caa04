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

let sending: Promise<number> | undefined;

/**
 * Sends what is waiting, one by one; what could not reach the server stays for the next time.
 * A call while a sending is under way joins it, so that no completion goes out twice. Answers how many were sent.
 */
export function sendQueuedCompletions(client: Client): Promise<number> {
  sending ??= sendEachWaiting(client).finally(() => {
    sending = undefined;
  });
  return sending;
}

/** Goes on until nothing waits, so a lesson completed while others are being sent goes too. */
async function sendEachWaiting(client: Client): Promise<number> {
  let sent = 0;
  for (let completion = queue[0]; completion; completion = queue[0]) {
    const { error } = await client.mutation(CompleteLessonDocument, completion).toPromise();
    if (error?.networkError) break;
    // Answered, done or refused (a lesson since removed from the course, say): either way not to send again.
    const { lessonId } = completion;
    keep(queue.filter((waiting) => waiting.lessonId !== lessonId));
    if (!error) sent += 1;
  }
  return sent;
}
