import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { RegradeInput, RegradeMode } from '../../gql/graphql';
import { readProblem } from '../../ui/api-problem';
import type { EditedQuiz } from './edited-quiz';
import { RadioField } from '../../ui/FormFields';
import { RegradePreviewTable } from './RegradePreviewTable';
import { RegradeProgress } from './RegradeProgress';
import { FormAlert } from '../../ui/FormAlert';

const RegradePreviewQuery = graphql(`
  query RegradePreview($input: RegradeInput!) {
    regradePreview(input: $input) {
      mode
      questionKey
      keyVersion
      attemptsExamined
      attemptsOpen
      nowPassing
      nowFailing
      changes {
        attemptId
        learnerName
        learnerEmail
        attemptNumber
        quizVersion
        oldScore
        newScore
        oldPassed
        newPassed
      }
    }
  }
`);

const StartRegradeMutation = graphql(`
  mutation StartRegrade($input: RegradeInput!) {
    startRegrade(input: $input) {
      id
    }
  }
`);

const MODES = [
  { value: 'CORRECTED_KEYS', label: "Grade attempts at earlier versions by this version's answer keys" },
  { value: 'CREDIT_ALL', label: 'Give everyone who was shown one question full credit for it' },
] as const;

/**
 * After correcting a key in a published version: a dry run of who would change, then the regrade
 * itself, which runs in the background.
 */
export function RegradePanel({ quiz }: { quiz: EditedQuiz }) {
  const [, startRegrade] = useMutation(StartRegradeMutation);
  const [mode, setMode] = useState<RegradeMode>('CORRECTED_KEYS');
  const [questionKey, setQuestionKey] = useState<string | null>(null);
  // The dry run asked for, if any: choosing again clears it, so a table never shows another choice's outcome.
  const [asked, setAsked] = useState<RegradeInput | null>(null);
  const [previewResult] = useQuery({ query: RegradePreviewQuery, variables: { input: asked! }, pause: !asked, requestPolicy: 'network-only' });
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [regradeId, setRegradeId] = useState<string | null>(null);
  const input: RegradeInput = { quizId: quiz.id, mode, questionKey: mode === 'CREDIT_ALL' ? questionKey : null };
  const preview = asked ? (previewResult.data?.regradePreview ?? null) : null;
  const previewProblem = asked && previewResult.error ? readProblem(previewResult.error).message : null;

  function choose(change: () => void) {
    change();
    setAsked(null);
    setProblem(null);
  }

  async function start() {
    setPending(true);
    setProblem(null);
    const result = await startRegrade({ input });
    setPending(false);
    if (result.error) setProblem(readProblem(result.error).message);
    else setRegradeId(result.data!.startRegrade.id);
  }

  return (
    <section className="regrade-panel" aria-labelledby="regrade-heading">
      <h2 id="regrade-heading">Regrade attempts</h2>
      <p>
        Fixed a wrong key? Publish the corrected version, then regrade. Learners whose result changes are told by email and
        see it in their attempt; certificates are never revoked by a regrade.
      </p>
      {regradeId ? (
        <RegradeProgress regradeId={regradeId} />
      ) : (
        <>
          <RadioField label="How to regrade" value={mode} onChange={(value) => choose(() => setMode(value))} choices={MODES} />
          {mode === 'CREDIT_ALL' && (
            <RadioField
              label="Question to give credit for"
              value={questionKey}
              onChange={(value) => choose(() => setQuestionKey(value))}
              choices={quiz.questions.map((question) => ({ value: question.key, label: question.prompt }))}
            />
          )}
          <p className="form-actions">
            <Button
              className="button button--quiet"
              isPending={Boolean(asked) && previewResult.fetching}
              isDisabled={mode === 'CREDIT_ALL' && !questionKey}
              onPress={() => setAsked(input)}
            >
              See who would change
            </Button>
            {preview && (
              <Button className="button" isPending={pending} onPress={start}>
                {`Regrade ${preview.attemptsExamined} attempts`}
              </Button>
            )}
          </p>
          {preview && <RegradePreviewTable preview={preview} />}
        </>
      )}
      {(problem ?? previewProblem) && <FormAlert>{problem ?? previewProblem}</FormAlert>}
    </section>
  );
}
