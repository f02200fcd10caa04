import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { buildCertificate, withCertificateStanding, type CertificateData } from '../../test/certificate-factory';
import { buildCourse, buildQuiz } from '../../test/course-factory';
import { buildCourseProgress, type CourseProgressData } from '../../test/progress-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const priya = buildUser('Priya Raman');
const botox = buildCertificate('Priya Raman', '7KQ2-M9XD-4TRB-HW3N-F');
const revoked = buildCertificate('Priya Raman', 'Q3WE-RT5Y-8UPA-SD2F-G', {
  courseTitle: 'Headache red flags',
  status: 'REVOKED',
  revokedAt: '2026-11-10T12:00:00.000Z',
  revocationReason: 'Issued for the wrong course.',
});
const finished = buildCourse('red-flags', {
  title: 'Headache red flags',
  finalQuiz: buildQuiz('Final exam'),
  attestation: 'I completed this activity myself, without assistance on the quizzes or final exam.',
});
const completedProgress = buildCourseProgress(finished, {
  read: finished.modules.flatMap((module) => module.lessons.map(({ slug }) => slug)),
  scores: { final: 90 },
});

interface WalletOptions {
  certificates?: CertificateData[];
  courses?: CourseProgressData[];
  mutation?: (request: ApiRequest) => ApiAnswer;
}

/** The API as Priya sees it; the wallet's answer can change, as after accepting an attestation. */
function walletApi({ certificates = [botox], courses = [], mutation = () => ({}) }: WalletOptions = {}) {
  const answer = { certificates, courses };
  const sendMutation = vi.fn(mutation);
  const client = stubClient(
    () => ({ data: { me: priya, myCertificates: answer.certificates, myCourses: answer.courses } }),
    sendMutation,
  );
  return { client, sendMutation, answer };
}

function certificateCard(courseTitle: string) {
  return within(screen.getByRole('article', { name: courseTitle }));
}

describe('my certificates', () => {
  it('shows each certificate with its status in words, its dates and its code', async () => {
    renderPage('/my-certificates', walletApi({ certificates: [botox, revoked] }).client);

    expect(await screen.findByRole('heading', { level: 1, name: 'My certificates' })).toBeVisible();
    const valid = certificateCard('Botulinum toxin for chronic migraine');
    expect(valid.getByText('Valid')).toBeVisible();
    expect(valid.getByText('3 November 2026')).toBeVisible();
    expect(valid.getByText('3 November 2028')).toBeVisible();
    expect(valid.getByText('7KQ2-M9XD-4TRB-HW3N-F')).toBeVisible();
    const withdrawn = certificateCard('Headache red flags');
    expect(withdrawn.getByText('Revoked on 10 November 2026')).toBeVisible();
    expect(withdrawn.getByText('Reason for revoking: Issued for the wrong course.')).toBeVisible();
  });

  it('offers the PDF and the signed credential as downloads from this site', async () => {
    renderPage('/my-certificates', walletApi().client);

    const card = within(await screen.findByRole('article', { name: 'Botulinum toxin for chronic migraine' }));
    const pdf = card.getByRole('link', { name: 'Download PDF of the Botulinum toxin for chronic migraine certificate' });
    expect(pdf).toHaveAttribute('href', `/certificates/${botox.id}/certificate.pdf`);
    expect(pdf).toHaveAttribute('download');
    const credential = card.getByRole('link', { name: /^Download credential \(JSON\)/ });
    expect(credential).toHaveAttribute('href', `/certificates/${botox.id}/credential.json`);
    expect(card.getByRole('link', { name: /^Open verify page/ })).toHaveAttribute('href', '/verify/7KQ2-M9XD-4TRB-HW3N-F');
  });

  it('copies the public verify link and says it did', async () => {
    const user = userEvent.setup();
    renderPage('/my-certificates', walletApi().client);

    const card = within(await screen.findByRole('article', { name: 'Botulinum toxin for chronic migraine' }));
    await user.click(card.getByRole('button', { name: /^Copy verify link/ }));

    expect(await card.findByText('Link copied')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe('https://training.example.org/verify/7KQ2-M9XD-4TRB-HW3N-F');
  });

  it('shows the link to copy by hand when the browser does not allow copying', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    renderPage('/my-certificates', walletApi().client);

    await user.click(await screen.findByRole('button', { name: /^Copy verify link/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This browser did not allow copying.');
    expect(within(alert).getByRole('link')).toHaveAttribute('href', botox.verifyUrl);
  });

  it('asks a learner who completed a course to confirm the attestation, then shows the certificate issued', async () => {
    const statement = finished.attestation;
    const api = walletApi({
      certificates: [],
      courses: [withCertificateStanding(completedProgress, false)],
      mutation: () => {
        const issued = buildCertificate('Priya Raman', 'Q3WE-RT5Y-8UPA-SD2F-G', { courseTitle: 'Headache red flags' });
        api.answer.certificates = [issued];
        api.answer.courses = [withCertificateStanding(completedProgress, true, issued)];
        return { data: { acceptAttestation: { courseSlug: 'red-flags', statement } } };
      },
    });
    renderPage('/my-certificates', api.client);

    const prompt = within(await screen.findByRole('region', { name: 'Confirm your work for Headache red flags' }));
    expect(prompt.getByText(statement)).toBeVisible();
    await userEvent.click(prompt.getByRole('button', { name: 'I confirm this statement' }));

    expect(api.sendMutation).toHaveBeenCalledWith({ operationName: 'AcceptAttestation', variables: { courseSlug: 'red-flags', statement } });
    expect(await screen.findByRole('article', { name: 'Headache red flags' })).toBeVisible();
    expect(screen.getByText(`Thank you. For Headache red flags you confirmed: “${statement}”`)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('region', { name: /^Confirm your work/ })).not.toBeInTheDocument();
  });

  it('tells a learner who has confirmed that their certificate waits for an admin', async () => {
    const started = buildCourseProgress(buildCourse('botox-chronic-migraine'));
    const courses = [withCertificateStanding(completedProgress, true), withCertificateStanding(started, false)];
    renderPage('/my-certificates', walletApi({ certificates: [], courses }).client);

    const waiting = await screen.findByRole('heading', { name: 'Waiting to be issued' });
    expect(waiting.parentElement).toHaveTextContent('an admin issues their certificates');
    expect(screen.getByRole('link', { name: 'Headache red flags' })).toHaveAttribute('href', '/courses/red-flags');
    expect(screen.getByRole('heading', { name: 'No certificates yet' })).toBeVisible();
    expect(screen.queryByRole('region', { name: /^Confirm your work/ })).not.toBeInTheDocument();
  });
});
