import { countLabel } from '../../ui/count-label';
import type { EditedQuestion, QuizChanges } from './edited-quiz';
import { settingLabels } from './quiz-settings';

interface ChangeSummaryProps {
  /** Null for a quiz's first version. */
  changes: QuizChanges | null;
  /** To name changed questions by their prompt; archived ones are named by key. */
  questions: readonly EditedQuestion[];
}

/** What a version changes compared with the one published before it, in words. */
export function ChangeSummary({ changes, questions }: ChangeSummaryProps) {
  if (!changes) return <p>This is the quiz’s first version.</p>;
  const prompts = new Map(questions.map((question) => [question.key, question.prompt]));
  const named = (keys: readonly string[]) => keys.map((key) => (prompts.has(key) ? `“${prompts.get(key)}”` : key)).join('; ');
  const lines = [
    changes.addedQuestions.length > 0 &&
      `Added ${countLabel(changes.addedQuestions.length, 'question')}: ${named(changes.addedQuestions)}`,
    changes.changedQuestions.length > 0 &&
      `Changed ${countLabel(changes.changedQuestions.length, 'question')}: ${named(changes.changedQuestions)}`,
    changes.archivedQuestions.length > 0 &&
      `Archived ${countLabel(changes.archivedQuestions.length, 'question')}: ${named(changes.archivedQuestions)}`,
    changes.reordered && 'The questions are in a new order.',
    changes.changedSettings.length > 0 &&
      `Changed settings: ${changes.changedSettings.map((setting) => settingLabels[setting] ?? setting).join(', ')}.`,
  ].filter((line): line is string => Boolean(line));

  return (
    <>
      <p>Compared with version {changes.comparedWithVersion}:</p>
      {lines.length === 0 ? (
        <p>Nothing has changed.</p>
      ) : (
        <ul className="change-summary">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
