import type { RouteObject } from 'react-router';
import { CatalogPage } from './CatalogPage';
import { CourseOutlinePage } from './CourseOutlinePage';
import { LessonPage } from './LessonPage';
import './learn.css';

export const learnRoutes: RouteObject[] = [
  { index: true, element: <CatalogPage /> },
  { path: 'courses/:courseSlug', element: <CourseOutlinePage /> },
  { path: 'courses/:courseSlug/lessons/:lessonSlug', element: <LessonPage /> },
];
