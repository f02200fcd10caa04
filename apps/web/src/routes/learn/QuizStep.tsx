import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { quizPath } from '../../paths/quiz-paths';
import { QuizFacts } from '../../ui/QuizFacts';

export const QuizStepFragment = graphql(`
  fragment QuizStep on Quiz {
    id
    title
    ...QuizFacts
  }
`);

interface QuizStepProps {
  courseSlug: string;
  quiz: FragmentType<typeof QuizStepFragment>;
}

/** A quiz as a step in the course outline: what it asks of the learner, and the way in. */
export function QuizStep({ courseSlug, ...props }: QuizStepProps) {
  const quiz = readFragment(QuizStepFragment, props.quiz);
  return (
    <div className="quiz-step">
      <p className="quiz-step__title">
        <Link to={quizPath(courseSlug, quiz.id)}>{quiz.title}</Link>
      </p>
      <QuizFacts quiz={quiz} />
    </div>
  );
}
