import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { startTestLms, type LaunchOf, type TestLms } from './test-lms-fixtures';

const SAVE = `mutation($input: LtiPlatformInput!) { saveLtiPlatform(input: $input) { id } }`;

export interface LtiWorld {
  api: TestApp;
  lms: TestLms;
  publicUrl: string;
  /** The launch as the browser makes it: login at the tool, authentication at the LMS, the post back; answers the tool's reply. */
  launch(launch: LaunchOf): Promise<request.Response>;
  /** The login and the LMS's answer, stopping before the post back. */
  prepare(launch: LaunchOf): Promise<{ fields: Record<string, string>; cookie: string }>;
  post(fields: Record<string, string>, cookie: string | null): Promise<request.Response>;
  close(): Promise<void>;
}

/** The tool listening on a port of its own (the LMS fetches its keys), the sample course published, and an LMS registered with it. */
export async function startLtiWorld(): Promise<LtiWorld> {
  const port = await freePort();
  const publicUrl = `http://localhost:${port}`;
  const api = await createTestApp({ publicUrl });
  await api.app.listen(port, '127.0.0.1');
  await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
  const lms = await startTestLms({ keySetUrl: `${publicUrl}/lti/jwks`, launchUrl: `${publicUrl}/lti/launch` });
  const admin = await createAccount(api.dataSource, ['ADMIN']);
  const saved = await api.graphql(
    SAVE,
    {
      input: {
        name: 'Trust Moodle',
        issuer: lms.issuer,
        clientId: lms.clientId,
        loginUrl: lms.loginUrl,
        accessTokenUrl: lms.accessTokenUrl,
        keySetUrl: lms.keySetUrl,
        deploymentIds: [lms.deploymentId],
      },
    },
    admin.token,
  );
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  const http = () => request(api.app.getHttpServer());

  const world: LtiWorld = {
    api,
    lms,
    publicUrl,
    async prepare(launch) {
      const login = await http().get('/lti/login').query(lms.initiate(launch));
      if (login.status !== 303) throw new Error(`The login was refused: ${login.text}`);
      const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((value) => value.startsWith('ptp_lti_state'))!.split(';')[0];
      const { fields } = await lms.authorize(login.headers.location);
      return { fields, cookie };
    },
    post(fields, cookie) {
      const post = http().post('/lti/launch').type('form').send(fields);
      return cookie ? post.set('cookie', cookie) : post;
    },
    async launch(launch) {
      const { fields, cookie } = await world.prepare(launch);
      return world.post(fields, cookie);
    },
    async close() {
      await lms.close();
      await api.close();
    },
  };
  return world;
}

/** The session token the launch's cookie carries, for API calls as the launched person. */
export function sessionOf(response: request.Response): string | undefined {
  const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((value) => value.startsWith('ptp_session='));
  return cookie?.split(';')[0].slice('ptp_session='.length);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
