import { certificateStatus, describeIneligibility, eligibilityOf, type EligibilityFacts } from './eligibility';

const NOW = new Date('2026-06-01T12:00:00Z');
const days = (count: number) => new Date(NOW.getTime() + count * 86_400_000);
const ready: EligibilityFacts = { courseComplete: true, attestationAcceptedAt: days(-1), certificates: [] };

describe('certificate status', () => {
  it('is valid until the expiry instant, expired from it on, and revoked whatever the dates', () => {
    expect(certificateStatus({ revokedAt: null, expiresAt: null }, NOW)).toBe('VALID');
    expect(certificateStatus({ revokedAt: null, expiresAt: new Date(NOW.getTime() + 1) }, NOW)).toBe('VALID');
    expect(certificateStatus({ revokedAt: null, expiresAt: NOW }, NOW)).toBe('EXPIRED');
    expect(certificateStatus({ revokedAt: days(-3), expiresAt: days(-1) }, NOW)).toBe('REVOKED');
    expect(certificateStatus({ revokedAt: days(-3), expiresAt: days(300) }, NOW)).toBe('REVOKED');
  });
});

describe('eligibility for a certificate', () => {
  it('needs a completed course and an accepted attestation', () => {
    expect(eligibilityOf(ready, NOW)).toEqual({ eligible: true, reasons: [] });
    expect(eligibilityOf({ ...ready, courseComplete: false }, NOW)).toEqual({ eligible: false, reasons: ['COURSE_NOT_COMPLETE'] });
    expect(eligibilityOf({ ...ready, attestationAcceptedAt: null }, NOW)).toEqual({
      eligible: false,
      reasons: ['ATTESTATION_NOT_ACCEPTED'],
    });
  });

  it('gives every reason at once, so an admin sees all that is missing', () => {
    const facts = { courseComplete: false, attestationAcceptedAt: null, certificates: [{ revokedAt: null, expiresAt: null }] };
    expect(eligibilityOf(facts, NOW).reasons).toEqual(['COURSE_NOT_COMPLETE', 'ATTESTATION_NOT_ACCEPTED', 'ALREADY_CERTIFIED']);
    expect(describeIneligibility(['COURSE_NOT_COMPLETE', 'ATTESTATION_NOT_ACCEPTED'])).toBe(
      'has not completed the course and has not accepted the attestation',
    );
  });

  it('is refused while a valid certificate is held, with or without an expiry date', () => {
    for (const expiresAt of [null, days(30)]) {
      expect(eligibilityOf({ ...ready, certificates: [{ revokedAt: null, expiresAt }] }, NOW).reasons).toEqual(['ALREADY_CERTIFIED']);
    }
  });

  it('returns once the certificate has expired, so the practitioner can recertify', () => {
    const expired = { revokedAt: null, expiresAt: days(-1) };
    expect(eligibilityOf({ ...ready, certificates: [expired] }, NOW).eligible).toBe(true);
  });

  it('returns once the certificate is revoked, so a corrected one can be issued', () => {
    const revoked = { revokedAt: days(-1), expiresAt: null };
    expect(eligibilityOf({ ...ready, certificates: [revoked] }, NOW).eligible).toBe(true);
  });
});
