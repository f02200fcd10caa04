import { isAnswered, type AnswerableQuestion, type Answers } from '../../ui/answers';

interface QuestionMapProps {
  questions: readonly AnswerableQuestion[];
  answers: Answers;
  /** The question shown when they are shown one at a time. */
  current: number | null;
  onGo: (index: number) => void;
}

/** Every question as a button, marked answered or not, to move straight to it. */
export function QuestionMap({ questions, answers, current, onGo }: QuestionMapProps) {
  return (
    <nav aria-label="Questions" className="question-map">
      <ol>
        {questions.map((question, index) => {
          const answered = isAnswered(question, answers[question.id]);
          return (
            <li key={question.id}>
              <button
                type="button"
                className={answered ? 'question-map__item question-map__item--answered' : 'question-map__item'}
                aria-current={index === current ? 'step' : undefined}
                onClick={() => onGo(index)}
              >
                <span className="visually-hidden">Question</span> {index + 1}
                <span className="visually-hidden">{answered ? ', answered' : ', not answered'}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
