import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const SignInPage = lazy(() => import('./SignInPage').then(({ SignInPage }) => ({ default: SignInPage })));
const SignUpPage = lazy(() => import('./SignUpPage').then(({ SignUpPage }) => ({ default: SignUpPage })));

export const accountRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'sign-up', element: <SignUpPage /> },
];
