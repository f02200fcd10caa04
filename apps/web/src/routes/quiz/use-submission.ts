import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { graphql, type FragmentType } from '../../gql';
import type { AnswerInput } from '../../gql/graphql';
import { readProblem } from '../../ui/api-problem';
import type { AttemptResultFragment } from './AttemptResult';

const SubmitQuizAttemptMutation = graphql(`
  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {
    submitQuizAttempt(attemptId: $attemptId, answers: $answers, idempotencyKey: $idempotencyKey) {
      id
      ...AttemptResult
    }
  }
`);

interface SubmissionOptions {
  /** Resolves once no save is on its way, so a save cannot land after the grading. */
  settle: () => Promise<void>;
  onGraded: (attempt: FragmentType<typeof AttemptResultFragment>) => void;
  /** The attempt was graded without this submission: time ran out, or another tab submitted it. */
  onClosed: () => void;
}

export function useSubmission(attemptId: string, { settle, onGraded, onClosed }: SubmissionOptions) {
  const [{ fetching }, submitAttempt] = useMutation(SubmitQuizAttemptMutation);
  // One key for every try of this attempt's submission: a retry after a lost reply gets the grade back, not an error.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<string | null>(null);

  const submit = useCallback(
    async (answers: AnswerInput[]) => {
      setProblem(null);
      await settle();
      const { data, error } = await submitAttempt({ attemptId, answers, idempotencyKey });
      if (data) return onGraded(data.submitQuizAttempt);
      const { code, message } = readProblem(error!);
      if (code === 'ATTEMPT_EXPIRED' || code === 'ATTEMPT_ALREADY_SUBMITTED') return onClosed();
      setProblem(`Your answers were not submitted. ${message}`);
    },
    [attemptId, idempotencyKey, settle, submitAttempt, onGraded, onClosed],
  );

  return { submitting: fetching, problem, submit };
}
