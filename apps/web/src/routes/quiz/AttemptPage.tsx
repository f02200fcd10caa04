import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { graphql, type FragmentType } from '../../gql';
import { catalogPath, coursePath } from '../../paths/learn-paths';
import { quizPath } from '../../paths/quiz-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { AttemptResult, type AttemptResultFragment } from './AttemptResult';
import { findQuiz } from './quiz-in-course';
import { QuizPlayer } from './QuizPlayer';
import './quiz.css';

const AttemptPageQuery = graphql(`
  query AttemptPage($courseSlug: String!, $attemptId: ID!) {
    course(slug: $courseSlug) {
      id
      slug
      title
      modules {
        id
        position
        quiz {
          id
          title
          passingScore
        }
      }
      finalQuiz {
        id
        title
        passingScore
      }
    }
    attempt(id: $attemptId) {
      id
      quizId
      attemptNumber
      status
      ...AttemptPlayer
      ...AttemptResult
    }
  }
`);

export function AttemptPage() {
  const { attemptId = '' } = useParams();
  // Trying again opens a new attempt at a new address; nothing of the last one's page carries over.
  return <AttemptView key={attemptId} attemptId={attemptId} />;
}

/** An attempt in progress shows its questions; once graded, its result. */
function AttemptView({ attemptId }: { attemptId: string }) {
  const { courseSlug = '', quizId = '' } = useParams();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: AttemptPageQuery, variables: { courseSlug, attemptId } });
  const [graded, setGraded] = useState<FragmentType<typeof AttemptResultFragment> | null>(null);
  const reload = useCallback(() => reexecuteQuery({ requestPolicy: 'network-only' }), [reexecuteQuery]);

  if (!data) return <QueryStatus subject="this attempt" error={error} reexecuteQuery={reexecuteQuery} />;
  const { course, attempt } = data;
  const found = course && findQuiz(course, quizId);
  if (!course || !found || !attempt || attempt.quizId !== quizId) {
    return <NotFoundPage title="Attempt not found" explanation="You have no attempt of this quiz at this address." />;
  }
  const { quiz } = found;
  const finished = graded ?? (attempt.status === 'IN_PROGRESS' ? null : attempt);

  return (
    <article className="quiz-attempt">
      <PageTitle>{`${finished ? 'Result' : `Attempt ${attempt.attemptNumber}`} · ${quiz.title}`}</PageTitle>
      <Breadcrumb
        trail={[
          { label: 'Courses', to: catalogPath },
          { label: course.title, to: coursePath(course.slug) },
          { label: quiz.title, to: quizPath(course.slug, quizId) },
        ]}
        current={`Attempt ${attempt.attemptNumber}`}
      />
      <header className="page-header">
        <p className="eyebrow">
          {found.place} · Attempt {attempt.attemptNumber}
        </p>
        <h1>{quiz.title}</h1>
      </header>
      {finished ? (
        <AttemptResult attempt={finished} passingScore={quiz.passingScore} courseSlug={course.slug} quizId={quizId} />
      ) : (
        <QuizPlayer attempt={attempt} onGraded={setGraded} onClosed={reload} />
      )}
    </article>
  );
}
