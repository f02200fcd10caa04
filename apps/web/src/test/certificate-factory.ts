/** Certificates, their public checks, eligible learners, bulk issues and outbox messages as the API returns them. */
import type {
  AcceptAttestationMutation,
  CertificateBatchQuery,
  CourseCertificatesQuery,
  EligibleLearnersQuery,
  IssueCertificateMutation,
  MyCertificatesQuery,
  OutboxQuery,
  RevokeCertificateMutation,
  VerifyCertificateQuery,
} from '../gql/graphql';
import type { ConnectionData } from './account-factory';
import type { ApiShape } from './api-shape';
import type { CourseProgressData } from './progress-factory';

export type CertificateData = ApiShape<
  MyCertificatesQuery['myCertificates'][number] &
    CourseCertificatesQuery['courseCertificates']['edges'][number]['node'] &
    IssueCertificateMutation['issueCertificate'] &
    RevokeCertificateMutation['revokeCertificate']
>;
export type VerificationData = ApiShape<VerifyCertificateQuery['verifyCertificate']>;
export type EligibleLearnerData = ApiShape<EligibleLearnersQuery['eligibleLearners']['edges'][number]['node']>;
export type BatchData = ApiShape<CertificateBatchQuery['certificateBatch']>;
export type OutboxMessageData = ApiShape<OutboxQuery['outbox'][number]>;

export interface CertificateApiData {
  verifyCertificate?: VerificationData;
  myCertificates?: CertificateData[];
  myCourses?: CourseProgressData[];
  acceptAttestation?: ApiShape<AcceptAttestationMutation['acceptAttestation']>;
  eligibleLearners?: ConnectionData<EligibleLearnerData>;
  courseCertificates?: ConnectionData<CertificateData>;
  issueCertificate?: CertificateData;
  issueCertificates?: Pick<BatchData, 'id'>;
  certificateBatch?: BatchData;
  revokeCertificate?: CertificateData;
  outbox?: OutboxMessageData[];
}

export const issuerName = 'Practitioner Training Platform';
const publicUrl = 'https://training.example.org';

/** Ids derive from the code: 7KQ2-M9XD-4TRB-HW3N-F is certificate:7kq2-m9xd-4trb-hw3n-f. */
export function buildCertificate(holderName: string, code: string, overrides: Partial<CertificateData> = {}): CertificateData {
  const id = `certificate:${code.toLowerCase()}`;
  return {
    id,
    code,
    holderName,
    courseSlug: 'botox-chronic-migraine',
    courseTitle: 'Botulinum toxin for chronic migraine',
    creditHours: 1.5,
    creditClaim: null,
    issuedAt: '2026-11-03T10:00:00.000Z',
    expiresAt: '2028-11-03T10:00:00.000Z',
    status: 'VALID',
    revokedAt: null,
    revocationReason: null,
    pdfUrl: `${publicUrl}/certificates/${id}/certificate.pdf`,
    credentialUrl: `${publicUrl}/certificates/${id}/credential.json`,
    openBadgeUrl: `${publicUrl}/certificates/${id}/open-badge.json`,
    issuerName,
    verifyUrl: `${publicUrl}/verify/${code}`,
    credits: [],
    ...overrides,
  };
}

/** What anyone checking the certificate's code is told. */
export function verificationOf(certificate: CertificateData): VerificationData {
  const { status, code, holderName, courseTitle, creditHours, issuedAt, expiresAt, revokedAt } = certificate;
  return { status, code, holderName, courseTitle, creditHours, issuedAt, expiresAt, revokedAt, issuerName, ...earnedOnVersionOne };
}

/** Earned on version 1, signed off by a reviewer, still the version published. */
const earnedOnVersionOne = {
  courseVersion: 1,
  courseReviewedAt: '2026-10-01T09:00:00.000Z',
  currentCourseVersion: 1,
  quizVersions: [{ title: 'Final exam: chronic migraine', version: 1 }],
  credits: [],
  accreditationStatement: null,
  disclosuresAcknowledgedAt: null,
  creditClaim: null,
};

export const notFound: VerificationData = {
  status: 'NOT_FOUND',
  code: null,
  holderName: null,
  courseTitle: null,
  creditHours: null,
  issuedAt: null,
  expiresAt: null,
  revokedAt: null,
  issuerName: null,
  courseVersion: null,
  courseReviewedAt: null,
  currentCourseVersion: null,
  quizVersions: null,
  credits: null,
  accreditationStatement: null,
  disclosuresAcknowledgedAt: null,
  creditClaim: null,
};

/** Ids and emails derive from the name, as for accounts: "Sam Okoro" is user:sam-okoro. */
export function buildEligibleLearner(name: string): EligibleLearnerData {
  const slug = name.toLowerCase().replaceAll(' ', '-');
  return {
    id: `user:${slug}`,
    name,
    email: `${slug.replaceAll('-', '.')}@example.com`,
    completedAt: '2026-11-20T09:00:00.000Z',
    attestedAt: '2026-11-20T09:05:00.000Z',
  };
}

export function buildBatch(overrides: Partial<BatchData> = {}): BatchData {
  return { id: 'batch:1', status: 'QUEUED', total: 2, issued: 0, skipped: 0, failed: 0, ...overrides };
}

export function buildOutboxMessage(subject: string, overrides: Partial<OutboxMessageData> = {}): OutboxMessageData {
  return {
    fileName: `${subject.toLowerCase().replaceAll(' ', '-')}.eml`,
    to: 'priya.raman@example.com',
    subject,
    createdAt: '2026-11-20T09:06:00.000Z',
    text: `Dear Priya Raman,\n\n${subject}.`,
    ...overrides,
  };
}

/** A course in the learner's progress, with where they stand on its attestation and certificate. */
export function withCertificateStanding(
  progress: CourseProgressData,
  attestationAccepted: boolean,
  certificate: { id: string } | null = null,
): CourseProgressData {
  return { ...progress, attestationAccepted, certificate };
}
