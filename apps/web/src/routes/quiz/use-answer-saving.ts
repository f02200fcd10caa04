import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AnswerInput } from '../../gql/graphql';
import { readProblem } from '../../ui/api-problem';

const SaveQuizAnswersMutation = graphql(`
  mutation SaveQuizAnswers($attemptId: ID!, $answers: [AnswerInput!]!) {
    saveQuizAnswers(attemptId: $attemptId, answers: $answers) {
      id
    }
  }
`);

/** Long enough that typing a word sends one save, short enough that little is lost if the tab closes. */
const SAVE_DELAY_MS = 700;

export type SaveState = { kind: 'idle' | 'unsaved' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

/**
 * Keeps each changed answer on the server shortly after the change, one request at a time, so a
 * reload resumes where the learner was. `onClosed` hears that the attempt no longer takes answers
 * (time ran out, or it was submitted elsewhere).
 */
export function useAnswerSaving(attemptId: string, onClosed: () => void) {
  const [, saveAnswers] = useMutation(SaveQuizAnswersMutation);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const unsent = useRef(new Map<AnswerInput['questionId'], AnswerInput>());
  const sending = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const closed = useRef(onClosed);
  useEffect(() => {
    closed.current = onClosed;
  }, [onClosed]);

  const send = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    sending.current = sending.current.then(async () => {
      const answers = [...unsent.current.values()];
      if (answers.length === 0) return;
      unsent.current.clear();
      setState({ kind: 'saving' });
      const { error } = await saveAnswers({ attemptId, answers });
      if (!error) {
        setState({ kind: unsent.current.size > 0 ? 'unsaved' : 'saved' });
        return;
      }
      // Answers changed again while this save was on its way are newer; the rest wait for the next try.
      for (const answer of answers) if (!unsent.current.has(answer.questionId)) unsent.current.set(answer.questionId, answer);
      const problem = readProblem(error);
      if (problem.code === 'ATTEMPT_EXPIRED' || problem.code === 'ATTEMPT_ALREADY_SUBMITTED') closed.current();
      else setState({ kind: 'failed', message: problem.message });
    });
    return sending.current;
  }, [attemptId, saveAnswers]);

  const keep = useCallback(
    (answer: AnswerInput) => {
      unsent.current.set(answer.questionId, answer);
      setState((current) => (current.kind === 'failed' ? current : { kind: 'unsaved' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(send, SAVE_DELAY_MS);
    },
    [send],
  );

  /** Before submitting: lets a save on its way finish and drops the rest, since the submission carries every answer. */
  const settle = useCallback(() => {
    clearTimeout(timer.current);
    unsent.current.clear();
    return sending.current;
  }, []);

  // Leaving the page sends what is still waiting rather than losing it.
  useEffect(() => () => void send(), [send]);

  return { state, keep, settle, saveNow: send };
}
