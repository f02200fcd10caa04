import { Link, useLocation } from 'react-router';
import type { CombinedError } from 'urql';
import { useSession } from '../../app/session/session-context';
import { returnPathFrom, signInPath, signUpPath, withReturnPath } from '../../paths/account-paths';
import { readProblem } from '../../ui/api-problem';
import { FormAlert } from '../../ui/FormAlert';

interface LessonCompletionProps {
  completed: boolean;
  /** Marked complete without a connection: waiting in this browser to be sent. */
  queued: boolean;
  pending: boolean;
  /** Why the last try failed. */
  error: CombinedError | undefined;
  onComplete: () => void;
}

/** Marks the lesson done for a signed-in learner; invites anyone else to sign in to keep track. */
export function LessonCompletion({ completed, queued, pending, error, onComplete }: LessonCompletionProps) {
  const { viewer } = useSession();
  const location = useLocation();

  if (viewer === undefined) return null;
  if (viewer === null) {
    const here = returnPathFrom(location);
    return (
      <p className="lesson-completion">
        <Link to={withReturnPath(signInPath, here)}>Sign in</Link> or{' '}
        <Link to={withReturnPath(signUpPath, here)}>create an account</Link> to keep track of the lessons you have read.
      </p>
    );
  }
  if (queued && !completed) {
    return (
      <p className="lesson-completion lesson-completion--done">
        <span aria-hidden="true">✓ </span>Marked complete: waiting for a connection to send it
      </p>
    );
  }
  if (completed) {
    return (
      <p className="lesson-completion lesson-completion--done">
        <span aria-hidden="true">✓ </span>Completed
      </p>
    );
  }
  return (
    <div className="lesson-completion">
      <button type="button" className="button" disabled={pending} onClick={onComplete}>
        {pending ? 'Saving…' : 'Mark as complete and continue'}
      </button>
      {error && <FormAlert>Couldn’t mark the lesson complete. {readProblem(error).message}</FormAlert>}
    </div>
  );
}
