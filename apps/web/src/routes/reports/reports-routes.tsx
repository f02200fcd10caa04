import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';

const ReportsPage = lazy(() => import('./ReportsPage').then(({ ReportsPage }) => ({ default: ReportsPage })));
const CreditReportsPage = lazy(() => import('./CreditReportsPage').then(({ CreditReportsPage }) => ({ default: CreditReportsPage })));
const CohortReportPage = lazy(() => import('./CohortReportPage').then(({ CohortReportPage }) => ({ default: CohortReportPage })));

export const reportsRoutes: RouteObject[] = [
  {
    path: 'reports',
    element: <RequireRole role={['INSTRUCTOR', 'ADMIN']} />,
    children: [
      { index: true, element: <ReportsPage /> },
      { path: 'courses/:courseSlug', element: <CohortReportPage /> },
      { path: 'credit', element: <RequireRole role="ADMIN" />, children: [{ index: true, element: <CreditReportsPage /> }] },
    ],
  },
];
