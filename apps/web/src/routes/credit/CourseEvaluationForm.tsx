import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CourseEvaluationFormQuery, EvaluationAnswerInput } from '../../gql/graphql';
import { readProblem } from '../../ui/api-problem';
import { RadioField, TextInputField } from '../../ui/FormFields';
import { QueryStatus } from '../../ui/QueryStatus';
import { useFormDraft } from '../../ui/use-form-draft';
import { FormAlert } from '../../ui/FormAlert';

const CourseEvaluationFormQuery = graphql(`
  query CourseEvaluationForm($courseSlug: String!) {
    courseEvaluation(courseSlug: $courseSlug) {
      version
      submittedAt
      items {
        id
        kind
        prompt
        scale
        required
      }
    }
  }
`);

const SubmitEvaluationMutation = graphql(`
  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {
    submitEvaluation(input: $input) {
      submittedAt
    }
  }
`);

type EvaluationItem = CourseEvaluationFormQuery['courseEvaluation']['items'][number];
/** Each item's answer as the form holds it: the chosen point or yes/no as text, or the comment. */
type Answers = Record<string, string>;

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** The course's evaluation form; the claim waits until it is submitted. */
export function CourseEvaluationForm({ courseSlug, onSubmitted }: { courseSlug: string; onSubmitted: () => void }) {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CourseEvaluationFormQuery, variables: { courseSlug } });
  const [, submitEvaluation] = useMutation(SubmitEvaluationMutation);
  const { draft: answers, problems, form, update, refuse } = useFormDraft<Answers>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  if (!data) return <QueryStatus subject="the evaluation" error={error} reexecuteQuery={reexecuteQuery} />;
  const { items } = data.courseEvaluation;

  const answer = (itemId: string, value: string) => update({ [itemId]: value });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    const { error: refused } = await submitEvaluation({ input: { courseSlug, answers: items.flatMap((item) => answerInput(item, answers[item.id])) } });
    if (!refused) {
      onSubmitted();
      return;
    }
    const problem = readProblem(refused);
    refuse(problem.fields, () => {
      setSending(false);
      setAlert(`Your evaluation was not sent. ${problem.message}`);
    });
  }

  return (
    <Form ref={form} className="evaluation-form" validationBehavior="aria" onSubmit={submit} aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">Evaluate the course</h2>
      <p className="form-field__hint">
        Accreditation asks every learner to evaluate an activity before claiming credit. Instructors see the answers added up, never
        who gave them.
      </p>
      {items.map((item) => {
        const label = item.required ? item.prompt : `${item.prompt} (optional)`;
        const common = { label, problem: problems[item.id], isRequired: item.required };
        switch (item.kind) {
          case 'RATING':
            return (
              <RadioField
                key={item.id}
                {...common}
                value={answers[item.id] ?? null}
                onChange={(value) => answer(item.id, value)}
                choices={item.scale.map((point, index) => ({ value: String(index + 1), label: point }))}
              />
            );
          case 'YES_NO':
            return <RadioField key={item.id} {...common} value={answers[item.id] ?? null} onChange={(value) => answer(item.id, value)} choices={YES_NO} />;
          case 'TEXT':
            return <TextInputField key={item.id} {...common} multiline value={answers[item.id] ?? ''} onChange={(value) => answer(item.id, value)} />;
        }
      })}
      {alert && <FormAlert>{alert}</FormAlert>}
      <Button type="submit" className="button" isPending={sending}>
        {sending ? 'Sending…' : 'Send evaluation'}
      </Button>
    </Form>
  );
}

/** The answer as the API takes it; nothing for an item left blank. */
function answerInput(item: EvaluationItem, value: string | undefined): EvaluationAnswerInput[] {
  if (value === undefined || value.trim() === '') return [];
  switch (item.kind) {
    case 'RATING':
      return [{ itemId: item.id, rating: Number(value) }];
    case 'YES_NO':
      return [{ itemId: item.id, agreed: value === 'yes' }];
    case 'TEXT':
      return [{ itemId: item.id, comment: value }];
  }
}
