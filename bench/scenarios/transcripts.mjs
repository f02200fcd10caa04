// Certificate holders opening their continuing-education transcript: credit claimed here and
// credit reported from elsewhere, with totals.
import { addExternalCredits, claimCertificateCredits, learnerToken } from '../data.mjs';
import { graphqlRequest } from '../graphql.mjs';
import { compare } from '../load.mjs';

export const MY_TRANSCRIPT = `query MyTranscript($from: Date, $to: Date) {
  myTranscript(from: $from, to: $to) {
    entries { id source activityTitle provider creditType amount date certificateCode }
    totals { creditType platform selfReported combined }
  }
}`;

export async function transcriptPage({ db, platformUrl, baselineUrl, options }) {
  const claims = await claimCertificateCredits(db);
  await addExternalCredits(db, { learners: options.learners, perLearner: options.externalCredits });
  const { rows } = await db.query(
    `SELECT substring(u.email FROM 'learner-(\\d+)@')::int AS n FROM credit_claim cc JOIN app_user u ON u.id = cc.user_id`,
  );
  if (rows.length === 0) throw new Error('No credit was claimed, so no transcript has an entry from the platform.');
  const holders = () => {
    let index = 0;
    return () => learnerToken(rows[index++ % rows.length].n);
  };
  const platformToken = holders();
  const baselineToken = holders();
  const run = { connections: options.transcriptConnections, duration: options.transcriptDuration / options.rounds };
  const measured = await compare({
    rounds: options.rounds,
    warmup: { duration: options.warmup },
    platform: { ...run, url: platformUrl, next: () => graphqlRequest(platformToken(), MY_TRANSCRIPT) },
    baseline: { ...run, url: baselineUrl, next: () => ({ path: '/transcript', headers: { authorization: `Bearer ${baselineToken()}` } }) },
  });
  return { ...measured, claims, entriesPerTranscript: 1 + options.externalCredits };
}
