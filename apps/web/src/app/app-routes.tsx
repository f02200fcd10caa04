import type { RouteObject } from 'react-router';
import { accountRoutes } from '../routes/account/account-routes';
import { adminRoutes } from '../routes/admin/admin-routes';
import { authorRoutes } from '../routes/author/author-routes';
import { certificateRoutes } from '../routes/certificates/certificate-routes';
import { learnRoutes } from '../routes/learn/learn-routes';
import { quizRoutes } from '../routes/quiz/quiz-routes';
import { reportsRoutes } from '../routes/reports/reports-routes';
import { verifyRoutes } from '../routes/verify/verify-routes';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { UnexpectedErrorPage } from './UnexpectedErrorPage';

export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <UnexpectedErrorPage />,
        children: [
          ...learnRoutes,
          ...quizRoutes,
          ...accountRoutes,
          ...adminRoutes,
          ...authorRoutes,
          ...reportsRoutes,
          ...verifyRoutes,
          ...certificateRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
