import { isAnswered, type Answers } from '../../ui/answers';
import { countLabel } from '../../ui/count-label';
import type { ShownQuestion } from '../../ui/QuestionField';

interface SubmitSummaryProps {
  questions: readonly ShownQuestion[];
  answers: Answers;
}

/** What the learner is about to hand in, leading with any question left blank. */
export function SubmitSummary({ questions, answers }: SubmitSummaryProps) {
  const unanswered = questions.flatMap((question, index) =>
    isAnswered(question, answers[question.id]) ? [] : [{ question, index }],
  );
  return (
    <>
      {unanswered.length === 0 ? (
        <p>You have answered all {countLabel(questions.length, 'question')}.</p>
      ) : (
        <>
          <p>
            You have not answered {countLabel(unanswered.length, 'question')} of {questions.length}:
          </p>
          <ul className="unanswered-list" aria-label="Unanswered questions">
            {unanswered.map(({ question, index }) => (
              <li key={question.id}>
                <strong>Question {index + 1}:</strong> {question.prompt}
              </li>
            ))}
          </ul>
          <p>A question left unanswered counts as wrong.</p>
        </>
      )}
      <p>Once submitted, your answers cannot be changed.</p>
    </>
  );
}
