import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../app';
import { ContentImportService } from '../content-import/content-import.service';
import { LtiPlatformsService } from '../lti/lti-platforms.service';
import { eventually } from '../testing/sample-course-learner';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { ChangeNotifications } from './change-notifications';
import { dataSourceOptions } from './data-source';

const SLUG = 'sample-course';
const COURSE_TITLE = `query { course(slug: "${SLUG}") { title version } }`;

describe('what each API process keeps of rows any process may change', () => {
  let api: TestApp;
  let replica: NestExpressApplication;
  let replicaDatabase: DataSource;

  const courseOn = async (app: NestExpressApplication) =>
    (await request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: COURSE_TITLE })).body.data.course;
  const publishedVersionId = async () => (await api.dataSource.query(`SELECT published_version_id AS id FROM course WHERE slug = $1`, [SLUG]))[0].id;
  const setPublished = (versionId: string | null) => api.dataSource.query(`UPDATE course SET published_version_id = $2 WHERE slug = $1`, [SLUG, versionId]);
  const listenerPids = async () =>
    (await api.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'platform-change-notifications' AND datname = current_database()`)).map(
      (row: { pid: number }) => row.pid,
    );

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    // A second application on the same database, with its own connections: another replica.
    replicaDatabase = await new DataSource(dataSourceOptions((api.dataSource.options as { url: string }).url)).initialize();
    replica = await createApp(api.config, replicaDatabase);
  });

  afterAll(async () => {
    await replica.close();
    await replicaDatabase.destroy();
    await api.close();
  });

  it('a course unpublished and published again through one process is seen so by every process at once', async () => {
    const versionId = await publishedVersionId();
    expect(await courseOn(replica)).toMatchObject({ version: 1 });
    expect(await courseOn(api.app)).toMatchObject({ version: 1 });

    await setPublished(null);
    expect(await eventually(() => courseOn(replica), (course) => course === null)).toBeNull();
    expect(await eventually(() => courseOn(api.app), (course) => course === null)).toBeNull();

    await setPublished(versionId);
    expect(await eventually(() => courseOn(replica), (course) => course !== null)).toMatchObject({ version: 1 });
  });

  it('has heard every change committed before it asked once caughtUp resolves', async () => {
    const versionId = await publishedVersionId();
    for (let round = 0; round < 20; round++) {
      expect(await courseOn(replica)).not.toBeNull();
      await setPublished(null);
      await replica.get(ChangeNotifications).caughtUp();
      expect(await courseOn(replica)).toBeNull();
      await setPublished(versionId);
      await replica.get(ChangeNotifications).caughtUp();
    }
  });

  it('keeps nothing while the connection that hears changes is down, and hears them again once it is back', async () => {
    const versionId = await publishedVersionId();
    const notifications = replica.get(ChangeNotifications);
    expect(notifications.listening).toBe(true);
    expect(await courseOn(replica)).not.toBeNull();

    const pids = await listenerPids();
    expect(pids).toHaveLength(2);
    await api.dataSource.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) pid`, [pids]);
    await eventually(async () => notifications.listening, (listening) => !listening);
    expect(notifications.listening).toBe(false);
    // A change no process can hear now is still seen, since nothing is kept meanwhile.
    await setPublished(null);
    expect(await courseOn(replica)).toBeNull();
    await setPublished(versionId);
    expect(await courseOn(replica)).not.toBeNull();

    expect(await eventually(async () => notifications.listening, (listening) => listening)).toBe(true);
    expect(await courseOn(replica)).not.toBeNull();
    await setPublished(null);
    expect(await eventually(() => courseOn(replica), (course) => course === null)).toBeNull();
    await setPublished(versionId);
  }, 30_000);

  it('an LMS registered through one process makes every process pass grades on at once, and none once it is removed', async () => {
    const platforms = replica.get(LtiPlatformsService);
    await eventually(async () => platforms.anyRegistered(), (any) => !any);
    expect(platforms.anyRegistered()).toBe(false);

    const [{ id }] = await api.dataSource.query(
      `INSERT INTO lti_platform (name, issuer, client_id, login_url, access_token_url, key_set_url, deployment_ids)
       VALUES ('Hospital LMS', 'https://lms.example', 'tool', 'https://lms.example/login', 'https://lms.example/token', 'https://lms.example/jwks', ARRAY['1'])
       RETURNING id`,
    );
    expect(await eventually(async () => platforms.anyRegistered(), (any) => any)).toBe(true);

    await api.dataSource.query(`DELETE FROM lti_platform WHERE id = $1`, [id]);
    expect(await eventually(async () => platforms.anyRegistered(), (any) => !any)).toBe(false);
  });
});
