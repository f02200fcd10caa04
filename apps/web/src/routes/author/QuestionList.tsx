import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from 'react-aria-components';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { countLabel } from '../../ui/count-label';
import type { EditedQuestion } from './edited-quiz';
import { newQuestionInput, questionInput, questionTypeLabels } from './question-draft';
import { QuestionForm } from './QuestionForm';
import { QuestionPreview } from './QuestionPreview';
import type { EditOutcome, QuizEdits } from './use-quiz-edits';
import { FormAlert } from '../../ui/FormAlert';

interface QuestionListProps {
  questions: readonly EditedQuestion[];
  edits: QuizEdits;
}

/** The draft's questions in order, each to move, edit, preview or archive; and a new one to add. */
export function QuestionList({ questions, edits }: QuestionListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<EditedQuestion | null>(null);
  const [archiving, setArchiving] = useState<EditedQuestion | null>(null);
  const [news, setNews] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Keys, not ids: the first edit after a publish copies every question into the draft with new ids.
  const positionOf = (key: string) => questions.findIndex((question) => question.key === key);

  async function move(question: EditedQuestion, by: -1 | 1) {
    const from = positionOf(question.key);
    const order = questions.map(({ id }) => id);
    order.splice(from, 1);
    order.splice(from + by, 0, question.id);
    setProblem(null);
    const outcome = await edits.reorderQuestions(order);
    if ('problem' in outcome) return setProblem(`The question was not moved. ${outcome.problem.message}`);
    const to = outcome.quiz.questions.findIndex(({ key }) => key === question.key);
    setNews(`Moved question “${question.prompt}” to position ${to + 1} of ${questions.length}.`);
    // A button the move disabled (up at the top, down at the bottom) cannot keep focus; the other one takes it.
    const atEdge = by === -1 ? to === 0 : to === questions.length - 1;
    const [same, other] = by === -1 ? (['up', 'down'] as const) : (['down', 'up'] as const);
    document.getElementById(actionId(question.key, atEdge ? other : same))?.focus();
  }

  async function archive(question: EditedQuestion) {
    setProblem(null);
    const outcome = await edits.archiveQuestion(question.id);
    if ('problem' in outcome) return setProblem(`The question was not archived. ${outcome.problem.message}`);
    setNews(`Archived question “${question.prompt}”.`);
    document.getElementById('questions-heading')?.focus();
  }

  async function announced(edit: Promise<EditOutcome>, message: string): Promise<EditOutcome> {
    const outcome = await edit;
    if ('quiz' in outcome) setNews(message);
    return outcome;
  }

  function stopEditing(key: string) {
    flushSync(() => setEditing(null));
    document.getElementById(actionId(key, 'edit'))?.focus();
  }

  return (
    <section className="question-list-section" aria-labelledby="questions-heading">
      <h2 id="questions-heading" tabIndex={-1}>
        Questions ({questions.length})
      </h2>
      <p role="status" className="visually-hidden">
        {news}
      </p>
      {problem && <FormAlert>{problem}</FormAlert>}
      <ol className="question-list">
        {questions.map((question, index) => (
          <li key={question.key} className="question-item">
            <div className="question-item__summary">
              <p className="question-item__meta">
                {index + 1}. {questionTypeLabels[question.type]} · key {question.key}
              </p>
              <p className="question-item__prompt">{question.prompt}</p>
            </div>
            <div className="question-item__actions" role="group" aria-label={`Question ${index + 1}`}>
              <Button
                id={actionId(question.key, 'up')}
                className="button button--quiet button--small"
                isDisabled={index === 0}
                onPress={() => move(question, -1)}
              >
                Move up
              </Button>
              <Button
                id={actionId(question.key, 'down')}
                className="button button--quiet button--small"
                isDisabled={index === questions.length - 1}
                onPress={() => move(question, 1)}
              >
                Move down
              </Button>
              <Button
                id={actionId(question.key, 'edit')}
                className="button button--quiet button--small"
                onPress={() => setEditing(question.key)}
              >
                Edit
              </Button>
              <Button className="button button--quiet button--small" onPress={() => setPreviewing(question)}>
                Preview as a learner
              </Button>
              <Button className="button button--quiet button--small" onPress={() => setArchiving(question)}>
                Archive
              </Button>
            </div>
            {editing === question.key && (
              <QuestionForm
                question={question}
                title={`Edit question ${index + 1}`}
                onSave={(draft) =>
                  announced(edits.updateQuestion(question.id, questionInput(draft)), `Saved question ${index + 1}.`)
                }
                onDone={() => stopEditing(question.key)}
              />
            )}
          </li>
        ))}
      </ol>
      {editing === '' ? (
        <QuestionForm
          title="New question"
          onSave={(draft) => announced(edits.createQuestion(newQuestionInput(draft)), `Added question “${draft.prompt}”.`)}
          onDone={() => stopEditing('')}
        />
      ) : (
        <Button id={actionId('', 'edit')} className="button button--quiet" onPress={() => setEditing('')}>
          Add a question
        </Button>
      )}
      <QuestionPreview
        question={previewing}
        number={previewing ? positionOf(previewing.key) + 1 : 0}
        total={questions.length}
        onClose={() => setPreviewing(null)}
      />
      <ConfirmDialog
        isOpen={archiving !== null}
        onOpenChange={(isOpen) => !isOpen && setArchiving(null)}
        title="Archive this question?"
        confirmLabel="Archive question"
        cancelLabel="Keep it"
        onConfirm={() => archiving && archive(archiving)}
      >
        <p>“{archiving?.prompt}” leaves the draft. Published versions keep it, and so do the grades given with them.</p>
        <p>The draft will have {countLabel(questions.length - 1, 'question')}.</p>
      </ConfirmDialog>
    </section>
  );
}

function actionId(questionKey: string, action: 'up' | 'down' | 'edit'): string {
  return `question-${action}-${questionKey || 'new'}`;
}
