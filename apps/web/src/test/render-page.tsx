import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Provider, type Client, type CombinedError } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { appRoutes } from '../app/app-routes';
import type { CourseData } from './course-factory';

export interface ApiAnswer {
  data?: { courses?: CourseData[]; course?: CourseData | null };
  error?: CombinedError;
}

/**
 * A GraphQL client that answers every query with the given data, or with `loading` never answers.
 * Each page reads only the fields it asked for, so one answer can serve `courses` and `course`.
 */
export function stubClient(answer: ApiAnswer | 'loading' | (() => ApiAnswer)): Client {
  const executeQuery = () => {
    if (answer === 'loading') return never;
    // A real client keeps a query's stream open after its answer; urql clears an error when a stream ends.
    return concat([fromValue(typeof answer === 'function' ? answer() : answer), never]);
  };
  return { executeQuery, executeMutation: () => never, executeSubscription: () => never } as unknown as Client;
}

/** Renders the whole app at an address, as a browser opening it would. */
export function renderPage(path: string, client: Client) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  );
  return { router };
}
