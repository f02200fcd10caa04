import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { accountDeletedPath, accountPath, confirmEmailChangePath, confirmEmailPath, creditProfilePath, forgotPasswordPath, resetPasswordPath } from '../../paths/account-paths';
import { twoFactorPath } from '../../paths/two-factor-paths';

const SignInPage = lazy(() => import('./SignInPage').then(({ SignInPage }) => ({ default: SignInPage })));
const SignUpPage = lazy(() => import('./SignUpPage').then(({ SignUpPage }) => ({ default: SignUpPage })));
const CreditProfilePage = lazy(() => import('./CreditProfilePage').then(({ CreditProfilePage }) => ({ default: CreditProfilePage })));
const ConfirmEmailPage = lazy(() => import('./ConfirmEmailPage').then(({ ConfirmEmailPage }) => ({ default: ConfirmEmailPage })));
const ForgotPasswordPage = lazy(() => import('./ForgotPasswordPage').then(({ ForgotPasswordPage }) => ({ default: ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('./ResetPasswordPage').then(({ ResetPasswordPage }) => ({ default: ResetPasswordPage })));
const ConfirmEmailChangePage = lazy(() => import('./ConfirmEmailChangePage').then(({ ConfirmEmailChangePage }) => ({ default: ConfirmEmailChangePage })));
const AccountPage = lazy(() => import('./AccountPage').then(({ AccountPage }) => ({ default: AccountPage })));
const TwoFactorPage = lazy(() => import('./TwoFactorPage').then(({ TwoFactorPage }) => ({ default: TwoFactorPage })));
const AccountDeletedPage = lazy(() => import('./AccountDeletedPage').then(({ AccountDeletedPage }) => ({ default: AccountDeletedPage })));

export const accountRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'sign-up', element: <SignUpPage /> },
  { path: confirmEmailPath, element: <ConfirmEmailPage /> },
  { path: forgotPasswordPath, element: <ForgotPasswordPage /> },
  { path: resetPasswordPath, element: <ResetPasswordPage /> },
  { path: confirmEmailChangePath, element: <ConfirmEmailChangePage /> },
  { path: accountPath, element: <RequireRole />, children: [{ index: true, element: <AccountPage /> }] },
  { path: twoFactorPath, element: <RequireRole />, children: [{ index: true, element: <TwoFactorPage /> }] },
  { path: accountDeletedPath, element: <AccountDeletedPage /> },
  { path: creditProfilePath, element: <RequireRole />, children: [{ index: true, element: <CreditProfilePage /> }] },
];
