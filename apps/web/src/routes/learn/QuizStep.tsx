import { countLabel } from '../../app/count-label';
import { graphql, readFragment, type FragmentType } from '../../gql';

export const QuizStepFragment = graphql(`
  fragment QuizStep on Quiz {
    title
    questionCount
    passingScore
    maxAttempts
    timeLimitSeconds
  }
`);

/** A quiz as a step in the course outline: what it asks of the learner before they start it. */
export function QuizStep(props: { quiz: FragmentType<typeof QuizStepFragment> }) {
  const quiz = readFragment(QuizStepFragment, props.quiz);
  return (
    <div className="quiz-step">
      <p className="quiz-step__title">{quiz.title}</p>
      <ul className="facts">
        <li>{countLabel(quiz.questionCount, 'question')}</li>
        <li>Pass mark {quiz.passingScore}%</li>
        {quiz.timeLimitSeconds != null && (
          <li>Time limit {countLabel(Math.ceil(quiz.timeLimitSeconds / 60), 'minute')}</li>
        )}
        <li>{quiz.maxAttempts ? countLabel(quiz.maxAttempts, 'attempt') : 'Unlimited attempts'}</li>
      </ul>
    </div>
  );
}
