import { useEffect, useEffectEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { countLabel } from '../../ui/count-label';
import { ProgressBar } from '../../ui/ProgressBar';

const CertificateBatchQuery = graphql(`
  query CertificateBatch($id: ID!) {
    certificateBatch(id: $id) {
      id
      status
      total
      issued
      skipped
      failed
    }
  }
`);

const POLL_MS = 1000;

interface BatchProgressProps {
  batchId: string;
  onComplete: () => void;
}

/** A bulk issue runs in the background; this follows it until every learner is processed. */
export function BatchProgress({ batchId, onComplete }: BatchProgressProps) {
  const [{ data }, reexecuteQuery] = useQuery({
    query: CertificateBatchQuery,
    variables: { id: batchId },
    requestPolicy: 'network-only',
  });
  const batch = data?.certificateBatch;
  const complete = batch?.status === 'COMPLETE';

  useEffect(() => {
    if (complete) return;
    const timer = setInterval(() => reexecuteQuery({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [complete, reexecuteQuery]);

  // Called once, when it completes, whatever callback the page passes by then.
  const completed = useEffectEvent(onComplete);
  useEffect(() => {
    if (complete) completed();
  }, [complete]);

  const processed = batch ? batch.issued + batch.skipped + batch.failed : 0;
  const heading = complete
    ? 'Bulk issue finished'
    : batch
      ? `Issuing to ${countLabel(batch.total, 'learner')}…`
      : 'Starting the bulk issue…';
  return (
    <section className="batch-progress" aria-label="Bulk issue">
      <h3>{heading}</h3>
      <ProgressBar label="Learners processed" percent={batch?.total ? Math.floor((processed / batch.total) * 100) : 0} />
      <p role="status" aria-live="polite" className="batch-progress__counts">
        {batch &&
          `${processed} of ${batch.total} processed: ${batch.issued} issued, ${batch.skipped} skipped, ${batch.failed} failed.`}
      </p>
      {complete && batch.skipped > 0 && (
        <p className="batch-progress__note">Skipped learners were no longer eligible or already held a valid certificate.</p>
      )}
    </section>
  );
}
