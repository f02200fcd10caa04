import { act, screen } from '@testing-library/react';
import { CombinedError, createRequest, type Client } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toPromise } from 'wonka';
import { buildUser } from '../../test/account-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';
import { forgetQueuedCompletions, queueCompletion } from './completion-queue';

/** The stub client, with the `mutation(...).toPromise()` that the queue sends through, as urql's has. */
function learnersClient(answerCompletion: (request: ApiRequest) => Promise<ApiAnswer>): Client {
  const client = stubClient({ data: { courses: [], me: buildUser('Ines Okonkwo') } }, answerCompletion);
  return Object.assign(client, {
    mutation: (query: Parameters<Client['mutation']>[0], variables: Record<string, unknown>) => ({
      toPromise: () => toPromise(client.executeMutation(createRequest(query, variables))),
    }),
  });
}

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** Lets every answer still on its way arrive. */
function settled() {
  return act(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

describe('lessons completed offline', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    forgetQueuedCompletions();
  });

  it('says what is waiting, and sends each completion once when the connection returns', async () => {
    setOnline(false);
    queueCompletion({ lessonId: 'lesson:what-migraine-is', timeSpentSeconds: 240 });
    queueCompletion({ lessonId: 'lesson:injection-sites', timeSpentSeconds: 310 });
    const sent: unknown[] = [];
    renderPage(
      '/',
      learnersClient(async ({ variables }) => {
        sent.push(variables.lessonId);
        // The server takes a moment to answer, as over a phone's connection.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const courseProgress = { percent: 10, course: { id: 'course:botox-chronic-migraine' } };
        return { data: { completeLesson: { lessonId: variables.lessonId as string, completed: true, courseProgress } } };
      }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      'You are offline. Lessons of your courses can still be read. 2 lessons marked complete will be sent when you are back online.',
    );

    act(() => setOnline(true));

    await vi.waitFor(() => expect(localStorage.getItem('ptp.queued-completions')).toBe('[]'));
    await settled();
    expect(sent).toEqual(['lesson:what-migraine-is', 'lesson:injection-sites']);
    expect(screen.getByRole('status')).toHaveTextContent('Back online: 2 lessons marked complete while offline were sent.');
  });

  it.each([
    ['quiz', '/courses/botox-chronic-migraine/quizzes/final-exam', 'Quizzes need a connection: answers are kept and graded on the server.'],
    ['certificates', '/my-certificates', 'Certificates need a connection: they are issued and checked on the server.'],
    ['certificate check', '/verify/7KQ4-M2XP-9D3T', 'Checking a certificate needs a connection.'],
  ])('says plainly on a %s page that it needs a connection', async (_, path, message) => {
    setOnline(false);
    // The page's own question waits for the connection; who is signed in was answered before it went.
    renderPage(path, stubClient(({ operationName }) => (operationName === 'Viewer' ? { data: { me: buildUser('Ines Okonkwo') } } : 'loading')));

    expect(await screen.findByText(`You are offline. Lessons of your courses can still be read. ${message}`)).toHaveAttribute('role', 'status');
  });

  it('keeps a completion that could not reach the server for the next time', async () => {
    setOnline(false);
    queueCompletion({ lessonId: 'lesson:what-migraine-is', timeSpentSeconds: 240 });
    let tries = 0;
    renderPage(
      '/',
      learnersClient(async () => {
        tries += 1;
        return { error: new CombinedError({ networkError: new TypeError('Failed to fetch') }) };
      }),
    );
    await screen.findByRole('status');

    act(() => setOnline(true));

    await vi.waitFor(() => expect(tries).toBe(1));
    await settled();
    expect(tries).toBe(1);
    expect(screen.queryByRole('status')).toBeNull();
    expect(JSON.parse(localStorage.getItem('ptp.queued-completions') ?? '[]')).toEqual([{ lessonId: 'lesson:what-migraine-is', timeSpentSeconds: 240 }]);
  });
});
