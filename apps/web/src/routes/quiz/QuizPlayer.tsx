import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button, ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { answerInput, answerInputs, answersFromSaved, isAnswered, type Answer } from '../../ui/answers';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { QuestionField, type ShownQuestion } from '../../ui/QuestionField';
import type { AttemptResultFragment } from './AttemptResult';
import { QuestionMap } from './QuestionMap';
import { QuizTimer } from './QuizTimer';
import { SaveStatus } from './SaveStatus';
import { SubmitSummary } from './SubmitSummary';
import { useAnswerSaving } from './use-answer-saving';
import { useSecondsLeft } from './use-seconds-left';
import { useSubmission } from './use-submission';

export const AttemptPlayerFragment = graphql(`
  fragment AttemptPlayer on QuizAttempt {
    id
    deadline
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
  }
`);

type Layout = 'one' | 'all';
const layoutKey = 'quiz-layout';

interface QuizPlayerProps {
  attempt: FragmentType<typeof AttemptPlayerFragment>;
  onGraded: (attempt: FragmentType<typeof AttemptResultFragment>) => void;
  onClosed: () => void;
}

export function QuizPlayer(props: QuizPlayerProps) {
  const attempt = readFragment(AttemptPlayerFragment, props.attempt);
  const { questions } = attempt;
  const [answers, setAnswers] = useState(() => answersFromSaved(attempt.savedAnswers));
  // A resumed attempt opens at the first question still to answer.
  const [current, setCurrent] = useState(() =>
    Math.max(0, questions.findIndex((question) => !isAnswered(question, answers[question.id]))),
  );
  const [layout, setLayout] = useState<Layout>(() => (localStorage.getItem(layoutKey) === 'all' ? 'all' : 'one'));
  const [confirming, setConfirming] = useState(false);
  const saving = useAnswerSaving(attempt.id, props.onClosed);
  const submission = useSubmission(attempt.id, { settle: saving.settle, onGraded: props.onGraded, onClosed: props.onClosed });
  const secondsLeft = useSecondsLeft(attempt.deadline);
  const answeredCount = questions.filter((question) => isAnswered(question, answers[question.id])).length;

  const timeUp = secondsLeft === 0;
  const autoSubmitted = useRef(false);
  const { submit } = submission;
  useEffect(() => {
    if (!timeUp || autoSubmitted.current) return;
    autoSubmitted.current = true;
    setConfirming(false);
    void submit(answerInputs(questions, answers));
  }, [timeUp, submit, questions, answers]);

  function answer(question: ShownQuestion, given: Answer) {
    setAnswers((all) => ({ ...all, [question.id]: given }));
    const input = answerInput(question, given);
    if (input) saving.keep(input);
  }

  /** Focus moves to the question's heading, which a screen reader then reads out. */
  function go(index: number) {
    flushSync(() => setCurrent(index));
    document.getElementById(headingId(questions[index].id))?.focus();
  }

  function chooseLayout(keys: Set<Key>) {
    const [chosen] = keys;
    if (chosen !== 'one' && chosen !== 'all') return;
    setLayout(chosen);
    localStorage.setItem(layoutKey, chosen);
  }

  const shown = layout === 'one' ? [current] : questions.map((_, index) => index);
  return (
    <div className="quiz-player">
      <div className="quiz-player__bar">
        {secondsLeft !== null && <QuizTimer secondsLeft={secondsLeft} />}
        {/* Read out politely as it changes: the question moved to, and each newly answered one. */}
        <p role="status" className="quiz-progress">
          {layout === 'one' && `Question ${current + 1} of ${questions.length}, `}
          {answeredCount} of {questions.length} answered
        </p>
        <ToggleButtonGroup
          className="layout-toggle"
          aria-label="Show questions"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[layout]}
          onSelectionChange={chooseLayout}
        >
          <ToggleButton id="one" className="layout-toggle__option">
            One at a time
          </ToggleButton>
          <ToggleButton id="all" className="layout-toggle__option">
            All on one page
          </ToggleButton>
        </ToggleButtonGroup>
      </div>
      <QuestionMap questions={questions} answers={answers} current={layout === 'one' ? current : null} onGo={go} />
      {shown.map((index) => {
        const question = questions[index];
        return (
          <section key={question.id} className="question" aria-labelledby={headingId(question.id)}>
            <h2 id={headingId(question.id)} className="question__number" tabIndex={-1}>
              Question {index + 1} of {questions.length}
            </h2>
            <QuestionField question={question} answer={answers[question.id]} onChange={(given) => answer(question, given)} />
          </section>
        );
      })}
      {layout === 'one' && (
        <nav aria-label="Previous and next question" className="question-pager">
          {current > 0 && (
            <Button className="button button--quiet" onPress={() => go(current - 1)}>
              Previous question
            </Button>
          )}
          {current < questions.length - 1 && (
            <Button className="button button--quiet" onPress={() => go(current + 1)}>
              Next question
            </Button>
          )}
        </nav>
      )}
      <div className="quiz-player__finish">
        <SaveStatus state={saving.state} onRetry={saving.saveNow} />
        <Button className="button" isPending={submission.submitting} onPress={() => setConfirming(true)}>
          {submission.submitting ? 'Submitting…' : 'Submit answers…'}
        </Button>
      </div>
      {submission.problem && (
        <div role="alert" className="form-alert">
          <p>{submission.problem}</p>
          <Button className="button button--small" onPress={() => submit(answerInputs(questions, answers))}>
            Try submitting again
          </Button>
        </div>
      )}
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title="Submit your answers?"
        confirmLabel="Submit answers"
        cancelLabel="Keep answering"
        onConfirm={() => submit(answerInputs(questions, answers))}
      >
        <SubmitSummary questions={questions} answers={answers} />
      </ConfirmDialog>
    </div>
  );
}

function headingId(questionId: string): string {
  return `question-${questionId}`;
}
