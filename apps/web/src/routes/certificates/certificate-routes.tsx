import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';

const MyCertificatesPage = lazy(() =>
  import('./MyCertificatesPage').then(({ MyCertificatesPage }) => ({ default: MyCertificatesPage })),
);
const CertificatesAdminPage = lazy(() =>
  import('./CertificatesAdminPage').then(({ CertificatesAdminPage }) => ({ default: CertificatesAdminPage })),
);

export const certificateRoutes: RouteObject[] = [
  { path: 'my-certificates', element: <RequireRole />, children: [{ index: true, element: <MyCertificatesPage /> }] },
  {
    path: 'admin/certificates',
    element: <RequireRole role="ADMIN" />,
    children: [{ index: true, element: <CertificatesAdminPage /> }],
  },
];
