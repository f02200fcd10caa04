import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';

const ReviewsPage = lazy(() => import('./ReviewsPage').then(({ ReviewsPage }) => ({ default: ReviewsPage })));

export const reviewRoutes: RouteObject[] = [
  {
    path: 'reviews',
    element: <RequireRole role={['REVIEWER', 'ADMIN']} />,
    children: [{ index: true, element: <ReviewsPage /> }],
  },
];
