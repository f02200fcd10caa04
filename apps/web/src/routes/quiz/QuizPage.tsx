import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { graphql, readFragment } from '../../gql';
import { catalogPath, coursePath } from '../../paths/learn-paths';
import { attemptPath } from '../../paths/quiz-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { countLabel } from '../../ui/count-label';
import { PageTitle } from '../../ui/PageTitle';
import { scoreLabel } from '../../ui/progress-words';
import { QueryStatus } from '../../ui/QueryStatus';
import { QuizFacts } from '../../ui/QuizFacts';
import { findQuiz } from './quiz-in-course';
import { useStartAttempt } from './use-start-attempt';
import './quiz.css';
import { FormAlert } from '../../ui/FormAlert';

const QuizIntroQuery = graphql(`
  query QuizIntro($courseSlug: String!) {
    course(slug: $courseSlug) {
      id
      slug
      title
      modules {
        id
        position
        quiz {
          id
          ...QuizIntroDetails
        }
      }
      finalQuiz {
        id
        ...QuizIntroDetails
      }
    }
  }
`);

const QuizIntroDetailsFragment = graphql(`
  fragment QuizIntroDetails on Quiz {
    id
    title
    maxAttempts
    timeLimitSeconds
    ...QuizFacts
    myAttempts {
      id
      attemptNumber
      status
      score
      passed
    }
  }
`);

/** A quiz before the learner starts: what it asks, how their attempts went, and start or resume. */
export function QuizPage() {
  const { courseSlug = '', quizId = '' } = useParams();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: QuizIntroQuery, variables: { courseSlug } });
  const { starting, problem, startAttempt } = useStartAttempt(courseSlug, quizId);

  if (!data) return <QueryStatus subject="this quiz" error={error} reexecuteQuery={reexecuteQuery} />;
  const { course } = data;
  const found = course && findQuiz(course, quizId);
  if (!course || !found) return <NotFoundPage title="Quiz not found" explanation="This course has no quiz at this address." />;
  const quiz = readFragment(QuizIntroDetailsFragment, found.quiz);
  const attempts = quiz.myAttempts;
  const open = attempts.find((attempt) => attempt.status === 'IN_PROGRESS');
  const attemptsLeft = quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - attempts.length);
  const bestScore = Math.max(...attempts.map((attempt) => attempt.score ?? 0));

  return (
    <article className="quiz-intro">
      <PageTitle>{`${quiz.title} · ${course.title}`}</PageTitle>
      <Breadcrumb
        trail={[
          { label: 'Courses', to: catalogPath },
          { label: course.title, to: coursePath(course.slug) },
        ]}
        current={quiz.title}
      />
      <header className="page-header">
        <p className="eyebrow">{found.place}</p>
        <h1>{quiz.title}</h1>
        <QuizFacts quiz={quiz} />
      </header>
      <div className="quiz-start">
        <p>
          {attempts.length === 0
            ? 'You have not taken this quiz yet.'
            : `You have used ${countLabel(attempts.length, 'attempt')}${quiz.maxAttempts ? ` of ${quiz.maxAttempts}` : ''}. ` +
              (attempts.some((attempt) => attempt.passed)
                ? `You passed, with a best score of ${scoreLabel(bestScore)}.`
                : `Your best score so far is ${scoreLabel(bestScore)}.`)}
        </p>
        {quiz.timeLimitSeconds != null && !open && (
          <p>
            The clock starts when you start and keeps running if you leave the page. When time runs out, the answers
            you have given are submitted.
          </p>
        )}
        {open ? (
          <Link className="button" to={attemptPath(course.slug, quizId, open.id)}>
            Resume attempt {open.attemptNumber}
          </Link>
        ) : attemptsLeft === 0 ? (
          <p>You have used all your attempts at this quiz.</p>
        ) : (
          <Button className="button" isPending={starting} onPress={startAttempt}>
            {attempts.length === 0 ? 'Start the quiz' : `Start attempt ${attempts.length + 1}`}
          </Button>
        )}
        {problem && <FormAlert>{problem}</FormAlert>}
      </div>
      {attempts.length > 0 && (
        <section aria-labelledby="attempts-heading">
          <h2 id="attempts-heading">Your attempts</h2>
          <ol className="attempt-list">
            {attempts.map((attempt) => (
              <li key={attempt.id}>
                <Link to={attemptPath(course.slug, quizId, attempt.id)}>Attempt {attempt.attemptNumber}</Link>
                {': '}
                {attempt.status === 'IN_PROGRESS'
                  ? 'in progress'
                  : `${scoreLabel(attempt.score ?? 0)}, ${attempt.passed ? 'passed' : 'not passed'}`}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
