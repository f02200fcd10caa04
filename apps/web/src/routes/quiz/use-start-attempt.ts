import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { attemptPath } from '../../paths/quiz-paths';
import { messageWithRetryTime, readProblem } from '../../ui/api-problem';

const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($quizId: ID!) {
    startQuizAttempt(quizId: $quizId) {
      id
    }
  }
`);

/** Starts an attempt (or finds the open one) and goes to it; a refusal, such as a cool-down, says when to come back. */
export function useStartAttempt(courseSlug: string, quizId: string) {
  const [{ fetching }, start] = useMutation(StartQuizAttemptMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();

  async function startAttempt() {
    setProblem(null);
    const { data, error } = await start({ quizId });
    if (data) navigate(attemptPath(courseSlug, quizId, data.startQuizAttempt.id));
    else if (error) setProblem(messageWithRetryTime(readProblem(error)));
  }

  return { starting: fetching, problem, startAttempt };
}
