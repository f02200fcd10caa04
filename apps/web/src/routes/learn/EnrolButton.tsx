import type { CombinedError } from 'urql';
import { readProblem } from '../../ui/api-problem';
import { FormAlert } from '../../ui/FormAlert';

interface EnrolButtonProps {
  pending: boolean;
  /** Why the last try failed. */
  error: CombinedError | undefined;
  onEnrol: () => void;
}

export function EnrolButton({ pending, error, onEnrol }: EnrolButtonProps) {
  return (
    <div className="enrol">
      <button type="button" className="button" disabled={pending} onClick={onEnrol}>
        {pending ? 'Enrolling…' : 'Enrol in this course'}
      </button>
      {error && <FormAlert>Couldn’t enrol you. {readProblem(error).message}</FormAlert>}
    </div>
  );
}
