import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Its own small download: someone scanning a certificate's QR code needs nothing else.
const VerifyPage = lazy(() => import('./VerifyPage').then(({ VerifyPage }) => ({ default: VerifyPage })));

export const verifyRoutes: RouteObject[] = [
  { path: 'verify', element: <VerifyPage /> },
  { path: 'verify/:code', element: <VerifyPage /> },
];
