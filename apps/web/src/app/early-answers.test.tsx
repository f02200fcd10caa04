import { waitFor } from '@testing-library/react';
import { createRequest, type Client } from 'urql';
import { never } from 'wonka';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render-page';
import { firstQueriesAt } from './early-answers';

/** A client that records the key of every query the app asks, and never answers. */
function recordingClient(asked: Set<number>): Client {
  const executeQuery = ({ key }: { key: number }) => {
    asked.add(key);
    return never;
  };
  return { executeQuery, executeMutation: () => never, executeSubscription: () => never } as unknown as Client;
}

describe('early answers', () => {
  it.each([
    ['the catalog', '/'],
    ['a course page', '/courses/botox-chronic-migraine'],
    ['a lesson', '/courses/botox-chronic-migraine/lessons/what-it-is'],
    ['a certificate check', '/verify/7KQ2-M9XD-4TRB-HW3N-F'],
  ])('asks at %s exactly the queries the page itself asks first', async (_, path) => {
    const asked = new Set<number>();
    renderPage(path, recordingClient(asked));

    const early = firstQueriesAt(path).map(({ query, variables }) => createRequest(query, variables).key);
    expect(early).toHaveLength(2);
    await waitFor(() => expect([...asked]).toEqual(expect.arrayContaining(early)));
  });

  it('asks only who is signed in at an address without a page of its own here', () => {
    expect(firstQueriesAt('/my-learning').map(({ query }) => createRequest(query, {}).query.definitions[0])).toMatchObject([
      { name: { value: 'Viewer' } },
    ]);
  });
});
