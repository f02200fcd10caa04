import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCertificate, verificationOf } from '../../test/certificate-factory';
import { renderPage, stubClient } from '../../test/render-page';

const code = '7KQ2-M9XD-4TRB-HW3N-F';
const designation = 'Learners who complete the activity receive a certificate of participation.';

describe('certificate verify page, for a course that states its credit', () => {
  it('names the credit type with its designation statement, the accreditation statement and when the holder acknowledged the disclosures', async () => {
    const verification = {
      ...verificationOf(buildCertificate('Priya Raman', code)),
      credits: [{ type: 'PARTICIPATION' as const, maximum: 2, designation }],
      accreditationStatement: 'The provider is not an accredited provider of continuing education.',
      disclosuresAcknowledgedAt: '2026-11-01T09:00:00.000Z',
    };
    renderPage(`/verify/${code}`, stubClient((request) => (request.operationName === 'VerifyCertificate' ? { data: { verifyCertificate: verification } } : { data: { me: null } })));

    const claims = within(await screen.findByRole('region', { name: 'What the certificate says' }));
    const terms = claims.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(terms).toContainEqual(['Certificate of participation: up to 2 hours', designation]);
    expect(terms).toContainEqual(['Accreditation', 'The provider is not an accredited provider of continuing education.']);
    expect(terms).toContainEqual(['Disclosures', 'The holder acknowledged this version’s disclosures on 1 November 2026']);
    expect(terms.map(([term]) => term)).not.toContain('Credit hours');
  });
});

describe('certificate verify page, once the holder claimed credit', () => {
  it('states the credit claimed, its date and designation, in place of the offers', async () => {
    const verification = {
      ...verificationOf(buildCertificate('Priya Raman', code)),
      credits: [{ type: 'PARTICIPATION' as const, maximum: 2, designation }],
      creditClaim: { creditType: 'PARTICIPATION' as const, amount: 1.75, designation, claimedAt: '2026-11-04T09:00:00.000Z' },
    };
    renderPage(`/verify/${code}`, stubClient((request) => (request.operationName === 'VerifyCertificate' ? { data: { verifyCertificate: verification } } : { data: { me: null } })));

    const claims = within(await screen.findByRole('region', { name: 'What the certificate says' }));
    const terms = claims.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(terms).toContainEqual(['1.75 hours of participation claimed', `On 4 November 2026. ${designation}`]);
    expect(terms.map(([term]) => term)).not.toContain('Certificate of participation: up to 2 hours');
  });
});
