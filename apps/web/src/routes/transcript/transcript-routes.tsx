import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { transcriptPath } from '../../paths/transcript-paths';

const TranscriptPage = lazy(() => import('./TranscriptPage').then(({ TranscriptPage }) => ({ default: TranscriptPage })));

export const transcriptRoutes: RouteObject[] = [
  { path: transcriptPath, element: <RequireRole />, children: [{ index: true, element: <TranscriptPage /> }] },
];
