import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';

// A separate download: the catalog and lessons load without the quiz player.
const QuizPage = lazy(() => import('./QuizPage').then(({ QuizPage }) => ({ default: QuizPage })));
const AttemptPage = lazy(() => import('./AttemptPage').then(({ AttemptPage }) => ({ default: AttemptPage })));

export const quizRoutes: RouteObject[] = [
  {
    path: 'courses/:courseSlug/quizzes/:quizId',
    // Attempts are kept per learner, so anyone signed in may take a quiz.
    element: <RequireRole />,
    children: [
      { index: true, element: <QuizPage /> },
      { path: 'attempts/:attemptId', element: <AttemptPage /> },
    ],
  },
];
