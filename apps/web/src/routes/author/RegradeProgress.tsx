import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ProgressBar } from '../../ui/ProgressBar';

const RegradeQuery = graphql(`
  query Regrade($id: ID!) {
    regrade(id: $id) {
      id
      status
      attemptsTotal
      attemptsDone
      attemptsOpen
      resultsChanged
      nowPassing
      nowFailing
    }
  }
`);

const POLL_MS = 1000;

/** A regrade runs in the background; this follows it until every attempt has been looked at. */
export function RegradeProgress({ regradeId }: { regradeId: string }) {
  const [{ data }, reexecuteQuery] = useQuery({ query: RegradeQuery, variables: { id: regradeId }, requestPolicy: 'network-only' });
  const regrade = data?.regrade;
  const complete = regrade?.status === 'COMPLETE';

  useEffect(() => {
    if (complete) return;
    const timer = setInterval(() => reexecuteQuery({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [complete, reexecuteQuery]);

  const looked = regrade ? regrade.attemptsDone + regrade.attemptsOpen : 0;
  return (
    <section className="regrade-progress" aria-label="Regrade">
      <h3>{complete ? 'Regrade finished' : 'Regrading…'}</h3>
      <ProgressBar label="Attempts looked at" percent={regrade?.attemptsTotal ? Math.floor((looked / regrade.attemptsTotal) * 100) : complete ? 100 : 0} />
      <p role="status" aria-live="polite">
        {regrade &&
          `${looked} of ${regrade.attemptsTotal} attempts looked at: ${regrade.resultsChanged} changed, ${regrade.nowPassing} now pass, ${regrade.nowFailing} no longer pass.`}
        {complete && regrade.attemptsOpen > 0 && ` ${regrade.attemptsOpen} open attempts are graded this way when submitted.`}
      </p>
      {complete && regrade.nowFailing > 0 && <p>Certificates of learners who no longer pass stay valid until an admin decides on them.</p>}
    </section>
  );
}
