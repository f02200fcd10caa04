import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { CatalogPage } from './CatalogPage';
import { CourseOutlinePage } from './CourseOutlinePage';
import { DashboardPage } from './DashboardPage';
import { LessonPage } from './LessonPage';
import './learn.css';
import './progress.css';

export const learnRoutes: RouteObject[] = [
  { index: true, element: <CatalogPage /> },
  { path: 'courses/:courseSlug', element: <CourseOutlinePage /> },
  { path: 'courses/:courseSlug/lessons/:lessonSlug', element: <LessonPage /> },
  { path: 'my-learning', element: <RequireRole />, children: [{ index: true, element: <DashboardPage /> }] },
];
