import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';

const AuthorHomePage = lazy(() => import('./AuthorHomePage').then(({ AuthorHomePage }) => ({ default: AuthorHomePage })));
const QuizEditorPage = lazy(() => import('./QuizEditorPage').then(({ QuizEditorPage }) => ({ default: QuizEditorPage })));
const CitationReviewsPage = lazy(() => import('./CitationReviewsPage').then(({ CitationReviewsPage }) => ({ default: CitationReviewsPage })));
const ItemAnalysisPage = lazy(() => import('./ItemAnalysisPage').then(({ ItemAnalysisPage }) => ({ default: ItemAnalysisPage })));

export const authorRoutes: RouteObject[] = [
  {
    path: 'author',
    element: <RequireRole role={['INSTRUCTOR', 'ADMIN']} />,
    children: [
      { index: true, element: <AuthorHomePage /> },
      { path: 'quizzes/:quizId', element: <QuizEditorPage /> },
      { path: 'quizzes/:quizId/analysis', element: <ItemAnalysisPage /> },
    ],
  },
  {
    // Reviewers clear flagged citations without authoring anything else.
    path: 'author/courses/:courseSlug/citation-reviews',
    element: <RequireRole role={['INSTRUCTOR', 'REVIEWER', 'ADMIN']} />,
    children: [{ index: true, element: <CitationReviewsPage /> }],
  },
];
