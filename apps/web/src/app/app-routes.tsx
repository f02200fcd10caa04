import type { RouteObject } from 'react-router';
import { accountRoutes } from '../routes/account/account-routes';
import { adminRoutes } from '../routes/admin/admin-routes';
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
        children: [...learnRoutes, ...accountRoutes, ...adminRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];
