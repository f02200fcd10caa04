import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { dayOf } from '../common/dates';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { certificateTestApp, createCourse, issueToNewLearner, REVOKE, type TestCourse } from './certificate-fixtures';
import { CertificateMailService } from './certificate-mail.service';

const OUTBOX = `{ outbox { fileName to subject createdAt text } }`;

interface Message {
  fileName: string;
  to: string;
  subject: string;
  text: string;
}

describe('telling holders about their certificates', () => {
  let api: TestApp;
  let admin: TestAccount;
  let course: TestCourse;

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
  });
  beforeEach(async () => {
    course = await createCourse(api.dataSource, { validityMonths: 24 });
  });
  afterAll(() => api.close());

  const issuedTo = (name: string) => issueToNewLearner(api, admin, course, name);

  /** Background jobs poll every two seconds; wait for the outbox to show what the test expects. */
  async function outboxWhere(matches: (message: Message) => boolean): Promise<Message[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { data, errors } = await api.graphql(OUTBOX, {}, admin.token);
      expect(errors).toBeUndefined();
      const found = (data!.outbox as Message[]).filter(matches);
      if (found.length > 0 || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('writes the issue message to the outbox when no SMTP server is set, and admins can read it', async () => {
    const { learner, certificate } = await issuedTo('Zoë Ünal');
    const [message] = await outboxWhere((candidate) => candidate.to.includes(learner.email));
    expect(message).toMatchObject({ to: `Zoë Ünal <${learner.email}>`, subject: `Your certificate for ${course.title}` });
    expect(message.fileName).toMatch(/\.eml$/);
    for (const line of [
      'Hello Zoë Ünal,',
      `was issued on ${dayOf(new Date(certificate.issuedAt))}. It is valid until ${dayOf(new Date(certificate.expiresAt))}.`,
      `Certificate code: ${certificate.code}`,
      `Anyone can check it at ${certificate.verifyUrl}`,
    ]) {
      expect(message.text).toContain(line);
    }
    expect(readdirSync(path.join(api.config.dataDir, 'outbox'))).toContain(message.fileName);
  });

  it('reminds a holder once, a month before the certificate expires', async () => {
    const soon = await issuedTo('Dr Soon Expiring');
    const later = await issuedTo('Dr Later Expiring');
    const revoked = await issuedTo('Dr Revoked Soon');
    await api.dataSource.query(`UPDATE certificate SET expires_at = now() + interval '10 days' WHERE id = ANY($1)`, [
      [soon.certificate.id, revoked.certificate.id],
    ]);
    await api.dataSource.query(`UPDATE certificate SET expires_at = now() + interval '60 days' WHERE id = $1`, [later.certificate.id]);
    await api.graphql(REVOKE, { certificateId: revoked.certificate.id, reason: 'Issued to the wrong learner by mistake.' }, admin.token);

    const mail = api.app.get(CertificateMailService);
    await mail.queueExpiryReminders();
    await mail.queueExpiryReminders();
    const [queued] = await api.dataSource.query(
      `SELECT count(*)::int AS reminders FROM pgboss.job WHERE name = 'certificate-email' AND data->>'kind' = 'EXPIRING'`,
    );
    expect(queued.reminders).toBe(1);
    const reminders = await outboxWhere((message) => message.subject.includes(' expires on '));
    expect(reminders.map((message) => message.to)).toEqual([`Dr Soon Expiring <${soon.learner.email}>`]);
    expect(reminders[0].text).toContain(`Your certificate ${soon.certificate.code} for ${course.title} expires on`);
  });
});
