import * as path from 'node:path';
import { loadCoursePackage } from '@ptp/content';
import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { eventually, learnerBeforeFinalExam } from '../testing/sample-course-learner';
import { fixturesRoot, type TestApp } from '../testing/test-app';
import { certificateTestApp, publishedVersionOf, signOff } from './certificate-fixtures';

const VERIFY = `query Verify($code: String!) {
  verifyCertificate(code: $code) { status courseVersion courseReviewedAt currentCourseVersion quizVersions { title version } }
}`;
const MINE = `{ myCertificates { id code courseVersion courseReviewedAt currentCourseVersion quizVersions { title version } } }`;
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

describe('a certificate names the version it was earned on', () => {
  let api: TestApp;
  let reviewedAt: string;

  beforeAll(async () => {
    api = await certificateTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    const reviewId = await signOff(api.dataSource, await publishedVersionOf(api.dataSource, 'sample-course'));
    [{ reviewed_at: reviewedAt }] = await api.dataSource.query(`SELECT to_json(reviewed_at) #>> '{}' AS reviewed_at FROM course_review WHERE id = $1`, [reviewId]);
  });
  afterAll(() => api.close());

  it('on the holder’s page, the verify page and the signed credential, and tells a verifier when the course has been revised since', async () => {
    const { learner, passFinalExam } = await learnerBeforeFinalExam(api, 'Dr Vera Version');
    await passFinalExam();
    const mine = async () => (await api.graphql(MINE, {}, learner.token)).data!.myCertificates as Record<string, any>[];
    const [certificate] = await eventually(mine, (found) => found.length > 0);
    const earned = {
      courseVersion: 1,
      courseReviewedAt: new Date(reviewedAt).toISOString(),
      quizVersions: [
        { title: expect.any(String), version: 1 },
        { title: expect.any(String), version: 1 },
      ],
    };
    expect(certificate).toMatchObject({ ...earned, currentCourseVersion: 1 });

    const { package: original } = loadCoursePackage(path.join(fixturesRoot, 'courses/sample-course'));
    await new ContentImportService(api.dataSource).importPackage({ ...original!, summary: 'Revised after review.', contentHash: `${original!.contentHash}-revised` });
    const verified = (await api.graphql(VERIFY, { code: certificate.code })).data!.verifyCertificate;
    expect(verified).toMatchObject({ status: 'VALID', ...earned, currentCourseVersion: 2 });

    const file = await request(api.app.getHttpServer()).get(`/certificates/${certificate.id}/credential.json`).set('authorization', `Bearer ${learner.token}`);
    const { achievement, result } = decode(JSON.parse(file.text).compactJwsString.split('.')[1]).credentialSubject;
    expect(achievement.version).toBe('1');
    expect(achievement.criteria.narrative).toContain(`signed off by a clinical reviewer on ${reviewedAt.slice(0, 10)}`);
    expect(achievement.resultDescription.map((described: { name: string }) => described.name)).toEqual(
      certificate.quizVersions.map((quiz: { title: string; version: number }) => `${quiz.title} (version ${quiz.version})`),
    );
    expect(result.map((entry: { resultDescription: string }) => entry.resultDescription)).toEqual(
      achievement.resultDescription.map((described: { id: string }) => described.id),
    );
  });
});
