import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';

const ClaimCreditPage = lazy(() => import('./ClaimCreditPage').then(({ ClaimCreditPage }) => ({ default: ClaimCreditPage })));

export const creditRoutes: RouteObject[] = [
  { path: 'courses/:courseSlug/credit', element: <RequireRole />, children: [{ index: true, element: <ClaimCreditPage /> }] },
];
