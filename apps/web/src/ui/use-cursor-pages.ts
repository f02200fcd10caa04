import { useState } from 'react';

export interface Connection<Edge> {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * "Load more" over a cursor connection. Only the newest page is a live query: the pages before it
 * stay on screen as they were, and the button stays in place while the next page loads.
 */
export function useCursorPages<Edge>() {
  const [shown, setShown] = useState<{ edges: Edge[]; after: string | null }>({ edges: [], after: null });

  /** `pageAfter` is the cursor the answer was asked for, from urql's `operation.variables`. */
  function read(page: Connection<Edge> | undefined, pageAfter: unknown) {
    // urql keeps the previous page's answer while the next one loads; it must not be shown twice.
    const current = page && (pageAfter ?? null) === shown.after ? page : undefined;
    const endCursor = current?.pageInfo.endCursor;
    return {
      edges: current ? [...shown.edges, ...current.edges] : shown.edges,
      hasNextPage: current ? current.pageInfo.hasNextPage : shown.after !== null,
      loadMore() {
        if (current && endCursor) setShown({ edges: [...shown.edges, ...current.edges], after: endCursor });
      },
    };
  }

  /** Back to the first page, as for a new order. */
  function restart() {
    setShown({ edges: [], after: null });
  }

  return { after: shown.after, read, restart };
}
