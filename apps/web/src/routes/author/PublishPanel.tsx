import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { itemAnalysisPath } from '../../paths/author-paths';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ChangeSummary } from './ChangeSummary';
import type { EditedQuiz } from './edited-quiz';
import type { EditOutcome } from './use-quiz-edits';
import { FormAlert } from '../../ui/FormAlert';

interface PublishPanelProps {
  quiz: EditedQuiz;
  onPublish: () => Promise<EditOutcome>;
}

/** Where the draft stands, and publishing it after seeing what it changes. */
export function PublishPanel({ quiz, onPublish }: PublishPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<EditedQuiz | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const isDraft = quiz.status === 'DRAFT';

  async function publish() {
    setPublishing(true);
    setRefusal(null);
    const result = await onPublish();
    setPublishing(false);
    if ('problem' in result) setRefusal(result.problem.message);
    else setPublished(result.quiz);
    outcome.current?.focus();
  }

  return (
    <section className="publish-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{isDraft ? `Draft of version ${quiz.version}` : `Version ${quiz.version} is published`}</h2>
      <p>
        {isDraft
          ? 'Learners do not see these changes until you publish them. Attempts already started keep the version they began with.'
          : 'Learners take this version. Your next edit starts a draft of the next version.'}
      </p>
      <p className="form-actions">
        {isDraft && (
          <Button className="button" isPending={publishing} onPress={() => setConfirming(true)}>
            {publishing ? 'Publishing…' : `Publish version ${quiz.version}…`}
          </Button>
        )}
        <Link to={itemAnalysisPath(quiz.id)}>How the questions performed (item analysis)</Link>
      </p>
      <div ref={outcome} tabIndex={-1} className="publish-panel__outcome">
        {published && !isDraft && (
          <div role="status" className="publish-result">
            <h3>Version {published.version} is published</h3>
            <ChangeSummary changes={published.changes ?? null} questions={published.questions} />
          </div>
        )}
        {refusal && <FormAlert>The draft was not published. {refusal}</FormAlert>}
      </div>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={`Publish version ${quiz.version}?`}
        confirmLabel="Publish"
        cancelLabel="Not yet"
        onConfirm={publish}
      >
        <ChangeSummary changes={quiz.changes ?? null} questions={quiz.questions} />
        <p>New attempts will use this version. Attempts already started, and grades already given, keep theirs.</p>
      </ConfirmDialog>
    </section>
  );
}
