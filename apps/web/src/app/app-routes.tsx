import type { RouteObject } from 'react-router';
import { accountRoutes } from '../routes/account/account-routes';
import { adminRoutes } from '../routes/admin/admin-routes';
import { authorRoutes } from '../routes/author/author-routes';
import { certificateRoutes } from '../routes/certificates/certificate-routes';
import { creditRoutes } from '../routes/credit/credit-routes';
import { learnRoutes } from '../routes/learn/learn-routes';
import { quizRoutes } from '../routes/quiz/quiz-routes';
import { reportsRoutes } from '../routes/reports/reports-routes';
import { reviewRoutes } from '../routes/review/review-routes';
import { transcriptRoutes } from '../routes/transcript/transcript-routes';
import { verifyRoutes } from '../routes/verify/verify-routes';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { areaHandle } from './page-area';
import { UnexpectedErrorPage } from './UnexpectedErrorPage';

export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <UnexpectedErrorPage />,
        children: [
          inArea('learn', learnRoutes),
          inArea('quiz', quizRoutes),
          inArea('account', accountRoutes),
          inArea('admin', adminRoutes),
          inArea('author', authorRoutes),
          inArea('reports', reportsRoutes),
          inArea('review', reviewRoutes),
          inArea('verify', verifyRoutes),
          inArea('certificates', certificateRoutes),
          inArea('transcript', transcriptRoutes),
          inArea('credit', creditRoutes),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** The area names which of the app's style sheets apply while one of these pages is shown. */
function inArea(area: string, routes: RouteObject[]): RouteObject {
  return { handle: areaHandle(area), children: routes };
}
