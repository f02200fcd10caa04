import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { confirmEmailPath, creditProfilePath } from '../../paths/account-paths';

const SignInPage = lazy(() => import('./SignInPage').then(({ SignInPage }) => ({ default: SignInPage })));
const SignUpPage = lazy(() => import('./SignUpPage').then(({ SignUpPage }) => ({ default: SignUpPage })));
const CreditProfilePage = lazy(() => import('./CreditProfilePage').then(({ CreditProfilePage }) => ({ default: CreditProfilePage })));
const ConfirmEmailPage = lazy(() => import('./ConfirmEmailPage').then(({ ConfirmEmailPage }) => ({ default: ConfirmEmailPage })));

export const accountRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'sign-up', element: <SignUpPage /> },
  { path: confirmEmailPath, element: <ConfirmEmailPage /> },
  { path: creditProfilePath, element: <RequireRole />, children: [{ index: true, element: <CreditProfilePage /> }] },
];
