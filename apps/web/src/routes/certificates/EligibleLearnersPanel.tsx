import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { countLabel } from '../../ui/count-label';
import { BatchProgress } from './BatchProgress';
import { EligibleLearnersTable } from './EligibleLearnersTable';
import { OverrideIssue } from './OverrideIssue';
import { useIssueCertificate, type IssueOutcome } from './use-issue-certificate';
import { FormAlert } from '../../ui/FormAlert';

const IssueCertificatesMutation = graphql(`
  mutation IssueCertificates($userIds: [ID!]!, $courseSlug: String!) {
    issueCertificates(userIds: $userIds, courseSlug: $courseSlug) {
      id
    }
  }
`);

interface EligibleLearnersPanelProps {
  course: { slug: string; title: string };
}

/** Issuing: one learner at a time, many in the background, or someone not eligible with a reason. */
export function EligibleLearnersPanel({ course }: EligibleLearnersPanelProps) {
  const issueCertificate = useIssueCertificate(course.slug);
  const [, issueCertificates] = useMutation(IssueCertificatesMutation);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [batchId, setBatchId] = useState<string | null>(null);
  const [batchRunning, setBatchRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [bulkProblem, setBulkProblem] = useState<string | null>(null);
  // The list starts again from its first page after issuing, without the learners just certified.
  const [listVersion, setListVersion] = useState(0);

  function refreshList() {
    setListVersion((version) => version + 1);
  }

  async function issue(userId: string, overrideReason?: string): Promise<IssueOutcome> {
    const outcome = await issueCertificate(userId, overrideReason);
    if ('issued' in outcome) {
      setAnnouncement(`Issued certificate ${outcome.issued.code} to ${outcome.issued.holderName}.`);
      setSelected((current) => new Set([...current].filter((id) => id !== userId)));
      refreshList();
    }
    return outcome;
  }

  async function issueSelected() {
    setBulkProblem(null);
    setAnnouncement('');
    const { data, error } = await issueCertificates({ userIds: [...selected], courseSlug: course.slug });
    if (!data) {
      setBulkProblem(error ? readProblem(error).message : 'The bulk issue did not start. Try again.');
      return;
    }
    setBatchId(data.issueCertificates.id);
    setBatchRunning(true);
  }

  function finishBatch() {
    setBatchRunning(false);
    setSelected(new Set());
    refreshList();
  }

  return (
    <section className="admin-section" aria-labelledby="eligible-heading">
      <h2 id="eligible-heading">Learners waiting for a certificate</h2>
      <p className="admin-section__intro">
        They completed {course.title} and accepted its attestation. Issue one at a time, or select several and issue them together.
      </p>
      <p role="status" className="announcement">
        {announcement}
      </p>
      <div className="bulk-issue">
        <Button className="button" isDisabled={selected.size === 0 || batchRunning} onPress={issueSelected}>
          {selected.size === 0 ? 'Issue to selected learners' : `Issue to ${countLabel(selected.size, 'selected learner')}`}
        </Button>
        {bulkProblem && <FormAlert>{bulkProblem}</FormAlert>}
      </div>
      {batchId && <BatchProgress key={batchId} batchId={batchId} onComplete={finishBatch} />}
      <EligibleLearnersTable
        key={listVersion}
        courseSlug={course.slug}
        selected={selected}
        onSelectedChange={setSelected}
        onIssue={issue}
      />
      <OverrideIssue courseTitle={course.title} onIssue={issue} />
    </section>
  );
}
