import { Button } from 'react-aria-components';
import type { SaveState } from './use-answer-saving';

const words: Record<Exclude<SaveState['kind'], 'failed'>, string> = {
  idle: '',
  unsaved: 'Saving soon…',
  saving: 'Saving…',
  saved: 'Saved',
};

/** Shown, not announced: a screen reader hears only a failure, which needs the learner to act. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind !== 'failed') return <p className="save-status">{words[state.kind]}</p>;
  return (
    <div role="alert" className="form-alert save-status--failed">
      <p>Your latest answers are not saved yet. {state.message}</p>
      <Button className="button button--small" onPress={onRetry}>
        Save now
      </Button>
    </div>
  );
}
