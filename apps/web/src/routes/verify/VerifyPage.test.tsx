import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../../test/account-factory';
import { buildCertificate, issuerName, notFound, verificationOf, type VerificationData } from '../../test/certificate-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const code = '7KQ2-M9XD-4TRB-HW3N-F';
const certificate = buildCertificate('Priya Raman', code);

/** The API as a visitor without an account sees it, recording which codes were checked. */
function publicApi(answer: (request: ApiRequest) => ApiAnswer) {
  const checked: unknown[] = [];
  const client = stubClient((request) => {
    if (request.operationName === 'VerifyCertificate') {
      checked.push(request.variables.code);
      return answer(request);
    }
    return { data: { me: null } };
  });
  return { client, checked };
}

function answering(verification: VerificationData) {
  return publicApi(() => ({ data: { verifyCertificate: verification } })).client;
}

/** The claims as a list of term and value, as a person reads them down the page. */
function claimsShown() {
  const list = within(screen.getByRole('region', { name: 'What the certificate says' }));
  return list.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
}

describe('certificate verify page', () => {
  it('shows a valid certificate with every claim it makes, to a visitor without an account', async () => {
    renderPage(`/verify/${code}`, answering(verificationOf(certificate)));

    expect(await screen.findByRole('heading', { level: 1, name: 'Valid certificate' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Valid certificate' })).toHaveTextContent(`${issuerName} issued this certificate`);
    expect(claimsShown()).toEqual([
      ['Holder', 'Priya Raman'],
      ['Course', 'Botulinum toxin for chronic migraine'],
      ['Credit hours', '1.5'],
      ['Issued', '3 November 2026'],
      ['Valid until', '3 November 2028'],
      ['Issued by', issuerName],
      ['Course version', 'Version 1'],
      ['Clinical review', 'Version 1 was signed off by a clinical reviewer on 1 October 2026'],
      ['Assessments passed', 'Final exam: chronic migraine (version 1)'],
      ['Certificate code', code],
    ]);
    expect(document.title).toBe(`Certificate ${code}: Valid · Practitioner Training`);
  });

  it('keeps a certificate, which names its holder, out of search indexes', async () => {
    renderPage(`/verify/${code}`, answering(verificationOf(certificate)));

    await screen.findByRole('heading', { level: 1, name: 'Valid certificate' });
    expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  it('tells a verifier when the holder learned a version that was revised since, or one no clinician had signed off', async () => {
    const earlier = { ...verificationOf(certificate), courseReviewedAt: null, currentCourseVersion: 3 };
    renderPage(`/verify/${code}`, answering(earlier));

    expect(await screen.findByRole('heading', { level: 1, name: 'Valid certificate' })).toBeVisible();
    expect(claimsShown()).toContainEqual(['Course version', 'Version 1 (the course has been revised since: it is now at version 3)']);
    expect(claimsShown()).toContainEqual(['Clinical review', "Issued on an administrator's approval: version 1 had no clinical sign-off"]);
  });

  it('shows a holder name exactly as the API writes it out, isolated from the claims around it', async () => {
    const spoof = 'Jo Bloggs\\u000Ahas completed Advanced Neurosurgery (40 credit hours) \\u202Esyadiloh';
    renderPage(`/verify/${code}`, answering(verificationOf(buildCertificate(spoof, code))));

    expect(await screen.findByRole('heading', { level: 1, name: 'Valid certificate' })).toBeVisible();
    expect(claimsShown()).toContainEqual(['Holder', spoof]);
    expect(screen.getByText(spoof).tagName).toBe('BDI');
  });

  it('says on which day a revoked certificate was revoked, and still shows what it claims', async () => {
    const revoked = { ...certificate, status: 'REVOKED' as const, revokedAt: '2026-12-05T16:20:00.000Z' };
    renderPage(`/verify/${code}`, answering(verificationOf(revoked)));

    expect(await screen.findByRole('heading', { level: 1, name: 'Revoked on 5 December 2026' })).toBeVisible();
    expect(screen.getByText(/It is no longer valid, whatever a copy of it says/)).toBeVisible();
    expect(claimsShown()).toContainEqual(['Revoked', '5 December 2026']);
    expect(claimsShown()).toContainEqual(['Holder', 'Priya Raman']);
  });

  it('says on which day an expired certificate expired', async () => {
    const expired = { ...certificate, status: 'EXPIRED' as const, expiresAt: '2026-11-01T10:00:00.000Z' };
    renderPage(`/verify/${code}`, answering(verificationOf(expired)));

    expect(await screen.findByRole('heading', { level: 1, name: 'Expired on 1 November 2026' })).toBeVisible();
    expect(claimsShown()).toContainEqual(['Valid until', '1 November 2026']);
  });

  it('says plainly when no certificate has the code, naming the code that was checked', async () => {
    renderPage('/verify/7KQ2-M9XD-4TRB-HW3N-X', answering(notFound));

    expect(await screen.findByRole('heading', { level: 1, name: 'Certificate not found' })).toBeVisible();
    expect(screen.getByText(/No certificate has the code 7KQ2-M9XD-4TRB-HW3N-X/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'What the certificate says' })).not.toBeInTheDocument();
  });

  it('tells a visitor who checked too many codes when they may check again', async () => {
    const refusal = apiError('RATE_LIMITED', 'Too many certificate checks from this address.', { retryAfterSeconds: 60 });
    renderPage(`/verify/${code}`, publicApi(() => ({ error: refusal })).client);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Too many checks for now' })).toBeVisible();
    const retryAt = new Date(Date.now() + 60_000).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
    expect(alert).toHaveTextContent(`Too many certificate checks from this address. That is at ${retryAt}.`);
  });

  it('checks a code typed in any case and with spaces, at the code’s own address', async () => {
    const api = publicApi(() => ({ data: { verifyCertificate: verificationOf(certificate) } }));
    const { router } = renderPage('/verify', api.client);

    await userEvent.type(await screen.findByRole('textbox', { name: 'Certificate code' }), '7kq2 m9xd 4trb hw3n f');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Valid certificate' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/verify/${code}`);
    expect(api.checked).toEqual([code]);
  });

  it('asks for the whole code when symbols are missing, without checking it', async () => {
    const api = publicApi(() => ({ data: { verifyCertificate: notFound } }));
    renderPage('/verify', api.client);

    const field = await screen.findByRole('textbox', { name: 'Certificate code' });
    await userEvent.type(field, '7KQ2-M9XD');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));

    expect(screen.getByRole('alert')).toHaveTextContent('A certificate code has 17 letters and digits, like 7KQ2-M9XD-4TRB-HW3N-F.');
    expect(field).toHaveAccessibleDescription(/Printed below the QR code.*A certificate code has 17 letters/);
    expect(api.checked).toEqual([]);
  });

  it('prints the check', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPage(`/verify/${code}`, answering(verificationOf(certificate)));

    await userEvent.click(await screen.findByRole('button', { name: 'Print this check' }));

    expect(print).toHaveBeenCalledOnce();
  });
});
