import type { RouteObject } from 'react-router';
import { learnRoutes } from '../routes/learn/learn-routes';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { UnexpectedErrorPage } from './UnexpectedErrorPage';

export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <UnexpectedErrorPage />,
        children: [...learnRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];
