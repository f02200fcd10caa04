import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { buildCertificate, issuerName, type CertificateData } from '../../test/certificate-factory';
import { renderPage, stubClient } from '../../test/render-page';
import { addToLinkedInUrl } from './add-to-linkedin';

const priya = buildUser('Priya Raman');
const botox = buildCertificate('Priya Raman', '7KQ2-M9XD-4TRB-HW3N-F');
const lifelong = buildCertificate('Priya Raman', 'M4TR-9XKD-2QWE-7YUP-K', { courseTitle: 'Headache red flags', expiresAt: null });
const revoked = buildCertificate('Priya Raman', 'Q3WE-RT5Y-8UPA-SD2F-G', { courseTitle: 'Headache red flags', status: 'REVOKED', revokedAt: '2026-11-10T12:00:00.000Z' });

function showWallet(certificates: CertificateData[]) {
  renderPage('/my-certificates', stubClient(() => ({ data: { me: priya, myCertificates: certificates, myCourses: [] } })));
}

const formOf = (link: HTMLElement) => new URL(link.getAttribute('href')!);

describe('Add to LinkedIn', () => {
  it("opens LinkedIn's certification form filled in with the course, the issuer, the dates, the verify page and the code", async () => {
    showWallet([botox]);
    const card = within(await screen.findByRole('article', { name: 'Botulinum toxin for chronic migraine' }));
    const link = card.getByRole('link', { name: /^Add to LinkedIn/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const form = formOf(link);
    expect(`${form.origin}${form.pathname}`).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(form.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Botulinum toxin for chronic migraine',
      organizationName: issuerName,
      issueYear: '2026',
      issueMonth: '11',
      expirationYear: '2028',
      expirationMonth: '11',
      certUrl: 'https://training.example.org/verify/7KQ2-M9XD-4TRB-HW3N-F',
      certId: '7KQ2-M9XD-4TRB-HW3N-F',
    });
  });

  it('leaves the expiry out for a certificate that does not expire, and counts months in UTC', () => {
    const form = new URL(addToLinkedInUrl({ ...lifelong, issuedAt: '2026-12-31T23:30:00.000Z', expiresAt: null }));
    expect(form.searchParams.get('issueYear')).toBe('2026');
    expect(form.searchParams.get('issueMonth')).toBe('12');
    expect(form.searchParams.has('expirationYear')).toBe(false);
    expect(form.searchParams.has('expirationMonth')).toBe(false);
  });

  it('is not offered for a revoked certificate', async () => {
    showWallet([revoked]);
    const card = within(await screen.findByRole('article', { name: 'Headache red flags' }));
    expect(card.queryByRole('link', { name: /^Add to LinkedIn/ })).toBeNull();
  });
});

describe('the signed downloads', () => {
  it('offers the Open Badge with its Data Integrity proof, and the learner record of every valid certificate', async () => {
    showWallet([botox, revoked]);
    const card = within(await screen.findByRole('article', { name: 'Botulinum toxin for chronic migraine' }));
    const badge = card.getByRole('link', { name: /^Download Open Badge \(Data Integrity\)/ });
    expect(badge).toHaveAttribute('href', `/certificates/${botox.id}/open-badge.json`);
    expect(badge).toHaveAttribute('download');
    const record = screen.getByRole('link', { name: 'Download my learner record (CLR 2.0)' });
    expect(record).toHaveAttribute('href', '/learner-record.json');
    expect(record).toHaveAttribute('download');
  });

  it('offers no learner record while no certificate is valid', async () => {
    showWallet([revoked]);
    await screen.findByRole('article', { name: 'Headache red flags' });
    expect(screen.queryByRole('link', { name: /learner record/ })).toBeNull();
  });
});
