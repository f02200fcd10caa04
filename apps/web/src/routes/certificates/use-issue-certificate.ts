import { useRef } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';

const IssueCertificateMutation = graphql(`
  mutation IssueCertificate($userId: ID!, $courseSlug: String!, $overrideReason: String, $idempotencyKey: String) {
    issueCertificate(userId: $userId, courseSlug: $courseSlug, overrideReason: $overrideReason, idempotencyKey: $idempotencyKey) {
      id
      code
      holderName
    }
  }
`);

export type IssueOutcome = { issued: { code: string; holderName: string } } | { problem: string };

/** Issues one certificate; a retry after a lost reply gets the certificate the first try issued, not ALREADY_CERTIFIED. */
export function useIssueCertificate(courseSlug: string) {
  const [, issueCertificate] = useMutation(IssueCertificateMutation);
  // One key per learner until an issue succeeds, so every retry of that issue carries the same key.
  const keys = useRef(new Map<string, string>());

  return async function issue(userId: string, overrideReason?: string): Promise<IssueOutcome> {
    const idempotencyKey = keys.current.get(userId) ?? crypto.randomUUID();
    keys.current.set(userId, idempotencyKey);
    const { data, error } = await issueCertificate(
      { userId, courseSlug, overrideReason: overrideReason ?? null, idempotencyKey },
      // The issued list and the eligible list hold no Certificate yet, so urql must be told they are stale.
      { additionalTypenames: ['CertificateConnection', 'EligibleLearnerConnection'] },
    );
    if (!data) return { problem: error ? readProblem(error).message : 'The certificate was not issued. Try again.' };
    keys.current.delete(userId);
    return { issued: data.issueCertificate };
  };
}
