import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { coursePath } from '../../paths/learn-paths';
import { answersFromSaved } from '../../ui/answers';
import { countLabel } from '../../ui/count-label';
import { scoreLabel } from '../../ui/progress-words';
import { QuestionReview } from './QuestionReview';
import { RegradeNotes } from './RegradeNotes';
import { useStartAttempt } from './use-start-attempt';
import { FormAlert } from '../../ui/FormAlert';

export const AttemptResultFragment = graphql(`
  fragment AttemptResult on QuizAttempt {
    id
    status
    score
    passed
    attemptsLeft
    questions {
      id
      type
      prompt
      options {
        id
        text
      }
    }
    savedAnswers {
      questionId
      optionIds
      number
      text
    }
    feedback {
      questionId
      ...QuestionReview
    }
    ...RegradeNotes
  }
`);

interface AttemptResultProps {
  attempt: FragmentType<typeof AttemptResultFragment>;
  passingScore: number;
  courseSlug: string;
  quizId: string;
}

export function AttemptResult({ passingScore, courseSlug, quizId, ...props }: AttemptResultProps) {
  const attempt = readFragment(AttemptResultFragment, props.attempt);
  const { starting, problem, startAttempt } = useStartAttempt(courseSlug, quizId);
  const heading = useRef<HTMLHeadingElement>(null);
  const answers = answersFromSaved(attempt.savedAnswers);

  // Shown in place of the questions after submitting, so focus goes to the outcome, which is read out.
  useEffect(() => heading.current?.focus(), []);

  return (
    <>
      <section className={attempt.passed ? 'result result--passed' : 'result'} aria-labelledby="result-heading">
        <h2 id="result-heading" ref={heading} tabIndex={-1}>
          {attempt.passed ? 'You passed' : 'You did not pass this time'}
        </h2>
        {attempt.status === 'EXPIRED' && (
          <p>Time ran out, so this attempt was graded on the answers saved before the deadline.</p>
        )}
        <p className="result__score">
          Your score: <strong>{scoreLabel(attempt.score ?? 0)}</strong>. The pass mark is {passingScore}%.
        </p>
        <RegradeNotes attempt={attempt} />
        <p>
          {attempt.attemptsLeft === null
            ? 'You may take this quiz as often as you like.'
            : attempt.attemptsLeft === 0
              ? 'You have no attempts left at this quiz.'
              : `You have ${countLabel(attempt.attemptsLeft, 'attempt')} left.`}
        </p>
        <p className="notice__actions">
          {attempt.attemptsLeft !== 0 && (
            <Button className="button" isPending={starting} onPress={startAttempt}>
              Try again
            </Button>
          )}
          <Link to={coursePath(courseSlug)}>Back to the course</Link>
        </p>
        {problem && <FormAlert>{problem}</FormAlert>}
      </section>
      <section className="review-section" aria-labelledby="review-heading">
        <h2 id="review-heading">Your answers</h2>
        {attempt.feedback ? (
          <ol className="review-list">
            {attempt.questions.map((question, index) => {
              const feedback = attempt.feedback?.find((item) => item.questionId === question.id);
              return (
                feedback && (
                  <li key={question.id}>
                    <QuestionReview number={index + 1} question={question} answer={answers[question.id]} feedback={feedback} />
                  </li>
                )
              );
            })}
          </ol>
        ) : (
          <p>This quiz does not show the right answers and explanations for this attempt.</p>
        )}
      </section>
    </>
  );
}
