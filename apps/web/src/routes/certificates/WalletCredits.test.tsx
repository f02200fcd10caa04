import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { buildCertificate } from '../../test/certificate-factory';
import { renderPage, stubClient } from '../../test/render-page';

const designation = 'Learners who complete the activity receive a certificate of participation.';

describe('my certificates, for a course that states its credit', () => {
  it('names the credit type and its designation statement instead of bare credit hours', async () => {
    const certificate = buildCertificate('Priya Raman', '7KQ2-M9XD-4TRB-HW3N-F', {
      credits: [{ type: 'PARTICIPATION', maximum: 2, designation }],
    });
    renderPage('/my-certificates', stubClient({ data: { me: buildUser('Priya Raman'), myCertificates: [certificate], myCourses: [] } }));

    const card = within(await screen.findByRole('article', { name: 'Botulinum toxin for chronic migraine' }));
    expect(card.getByText('Certificate of participation: up to 2 hours')).toBeVisible();
    expect(card.getByText(designation)).toBeVisible();
    expect(card.queryByText('Credit hours')).toBeNull();
  });
});
