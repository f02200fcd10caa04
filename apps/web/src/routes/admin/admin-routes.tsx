import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { usersPath } from '../../paths/admin-paths';

const IdentityProvidersPage = lazy(() => import('./IdentityProvidersPage').then(({ IdentityProvidersPage }) => ({ default: IdentityProvidersPage })));
const LearningRecordStorePage = lazy(() => import('./LearningRecordStorePage').then(({ LearningRecordStorePage }) => ({ default: LearningRecordStorePage })));
const LtiPlatformsPage = lazy(() => import('./LtiPlatformsPage').then(({ LtiPlatformsPage }) => ({ default: LtiPlatformsPage })));
const UsersPage = lazy(() => import('./UsersPage').then(({ UsersPage }) => ({ default: UsersPage })));

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: <RequireRole role="ADMIN" />,
    children: [
      { index: true, element: <Navigate replace to={usersPath} /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'sign-in-providers', element: <IdentityProvidersPage /> },
      { path: 'lti', element: <LtiPlatformsPage /> },
      { path: 'learning-records', element: <LearningRecordStorePage /> },
    ],
  },
];
