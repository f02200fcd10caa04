import { graphql, readFragment, type FragmentType } from '../gql';
import { countLabel } from './count-label';

export const QuizFactsFragment = graphql(`
  fragment QuizFacts on Quiz {
    questionCount
    passingScore
    maxAttempts
    timeLimitSeconds
  }
`);

/** What a quiz asks of the learner before they start it. */
export function QuizFacts(props: { quiz: FragmentType<typeof QuizFactsFragment> }) {
  const quiz = readFragment(QuizFactsFragment, props.quiz);
  return (
    <ul className="facts" aria-label="About this quiz">
      <li>{countLabel(quiz.questionCount, 'question')}</li>
      <li>Pass mark {quiz.passingScore}%</li>
      {quiz.timeLimitSeconds != null && <li>Time limit {countLabel(Math.ceil(quiz.timeLimitSeconds / 60), 'minute')}</li>}
      <li>{quiz.maxAttempts ? countLabel(quiz.maxAttempts, 'attempt') : 'Unlimited attempts'}</li>
    </ul>
  );
}
