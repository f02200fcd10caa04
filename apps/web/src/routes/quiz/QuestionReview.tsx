import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { QuestionReviewFragment as Feedback } from '../../gql/graphql';
import type { Answer } from '../../ui/answers';
import { PassageAppraisal } from '../../ui/PassageAppraisal';
import type { ShownQuestion } from '../../ui/QuestionField';

export const QuestionReviewFragment = graphql(`
  fragment QuestionReview on QuestionFeedback {
    correct
    credit
    explanation
    passage {
      section
      text
      ...PassageAppraisal
    }
    reviewUrl
    references {
      key
      number
      title
      url
    }
    correctOptionIds
    acceptedAnswers
    numericAnswer {
      value
      tolerance
      min
      max
    }
  }
`);

interface QuestionReviewProps {
  number: number;
  question: ShownQuestion;
  answer: Answer | undefined;
  feedback: FragmentType<typeof QuestionReviewFragment>;
}

/** One question after grading: what the learner gave, what was right, why, and where to read up on it. */
export function QuestionReview({ number, question, answer, ...props }: QuestionReviewProps) {
  const feedback = readFragment(QuestionReviewFragment, props.feedback);
  const verdict = feedback.correct
    ? 'Correct'
    : feedback.credit > 0
      ? `Partly correct (${Math.round(feedback.credit * 100)}% credit)`
      : 'Incorrect';
  const headingId = `review-${question.id}`;
  return (
    <article className="review" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Question {number}{' '}
        <span className={feedback.correct ? 'verdict verdict--correct' : 'verdict verdict--wrong'}>{verdict}</span>
      </h3>
      <p className="review__prompt">{question.prompt}</p>
      <dl className="review__answers">
        <dt>Your answer</dt>
        <dd>
          <AnswerTexts texts={givenAnswer(question, answer)} />
        </dd>
        <dt>{question.type === 'SHORT_TEXT' ? 'Accepted answers' : 'Right answer'}</dt>
        <dd>
          <AnswerTexts texts={rightAnswer(question, feedback)} />
        </dd>
      </dl>
      <p>{feedback.explanation}</p>
      {feedback.passage && (
        <figure className="review__passage">
          <blockquote>{feedback.passage.text}</blockquote>
          <figcaption>From the source, “{feedback.passage.section}”</figcaption>
          <PassageAppraisal passage={feedback.passage} />
        </figure>
      )}
      {feedback.references.length > 0 && (
        <p className="review__references">
          Evidence:{' '}
          {feedback.references.map((reference, index) => (
            <span key={reference.key}>
              {index > 0 && '; '}[{reference.number}]{' '}
              {reference.url ? (
                <a href={reference.url} rel="noopener noreferrer" target="_blank">
                  {reference.title}
                </a>
              ) : (
                reference.title
              )}
            </span>
          ))}
        </p>
      )}
      {feedback.reviewUrl && (
        <Link to={feedback.reviewUrl}>
          Review the source passage <span className="visually-hidden">for question {number}</span>
        </Link>
      )}
    </article>
  );
}

/** One answer as text; several (options of a multiple-choice question) as a list. */
function AnswerTexts({ texts }: { texts: string[] }) {
  if (texts.length < 2) return texts[0] ?? null;
  return (
    <ul className="review__answer-list">
      {texts.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

function optionTexts(question: ShownQuestion, optionIds: readonly string[]): string[] {
  return question.options.filter((option) => optionIds.includes(option.id)).map((option) => option.text);
}

function givenAnswer(question: ShownQuestion, answer: Answer | undefined): string[] {
  const given =
    question.type === 'NUMERIC'
      ? [answer?.number?.toString() ?? '']
      : question.type === 'SHORT_TEXT'
        ? [answer?.text ?? '']
        : optionTexts(question, answer?.optionIds ?? []);
  const texts = given.filter((text) => text.trim() !== '');
  return texts.length > 0 ? texts : ['Not answered'];
}

function rightAnswer(question: ShownQuestion, { correctOptionIds, acceptedAnswers, numericAnswer }: Feedback): string[] {
  if (numericAnswer) {
    const { value, tolerance, min, max } = numericAnswer;
    if (value == null) return [`From ${min} to ${max}`];
    return [tolerance ? `${value}, give or take ${tolerance}` : String(value)];
  }
  return acceptedAnswers ?? optionTexts(question, correctOptionIds ?? []);
}
