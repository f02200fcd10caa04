import { ContentImportService } from '../content-import/content-import.service';
import { createAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const REFERENCE = 'key number title publisher year identifier url readOn';

const COURSE_WITH_EVIDENCE = `
  query CourseWithEvidence($slug: String!) {
    course(slug: $slug) {
      audience scope estimatedMinutes
      sourceProvenance { publisher type date }
      references { ${REFERENCE} }
      modules {
        lessons {
          slug html
          references { key number }
          sourcePassages { anchor text appraisal { verdict correctionHtml references { key number } } }
        }
      }
    }
  }`;

describe('a course shows what the evidence says of its source', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
  });
  afterAll(() => api.close());

  async function courseWithEvidence() {
    const { data, errors } = await api.graphql(COURSE_WITH_EVIDENCE, { slug: 'sample-course' });
    expect(errors).toBeUndefined();
    return data!.course;
  }

  it('states its audience, its scope, its source and every reference, numbered as the files list them', async () => {
    const course = await courseWithEvidence();
    expect(course).toMatchObject({
      audience: 'Testers of the platform.',
      scope: 'It qualifies nobody to do anything.',
      sourceProvenance: { publisher: 'Not stated (a sample website)', type: 'promotional article', date: 'undated' },
    });
    expect(course.estimatedMinutes).toBeGreaterThan(0);
    expect(course.references).toEqual([
      {
        key: 'sample-label',
        number: 1,
        title: 'Sample product label',
        publisher: 'Sample Regulator',
        year: 2023,
        identifier: null,
        url: 'https://example.org/label',
        readOn: '2026-12-01',
      },
      {
        key: 'sample-guideline',
        number: 2,
        title: 'A sample guideline',
        publisher: 'Journal of Samples',
        year: 2021,
        identifier: 'doi:10.0000/sample',
        url: null,
        readOn: '2026-12-02',
      },
    ]);
  });

  it('puts the appraisal beside every cited passage, with its correction and the references it rests on', async () => {
    const [basics] = (await courseWithEvidence()).modules;
    const [first, second] = basics.lessons;
    expect(first.sourcePassages.map((passage: { appraisal: { verdict: string } }) => passage.appraisal.verdict)).toEqual([
      'CONSISTENT',
      'OUTDATED',
    ]);
    const outdated = second.sourcePassages[0];
    expect(outdated).toMatchObject({ anchor: 'basics-2', text: 'The second fact, with 31 to 39 points.' });
    expect(outdated.appraisal.references).toEqual([{ key: 'sample-label', number: 1 }]);
    expect(outdated.appraisal.correctionHtml).toBe(
      '<p>The sample label now gives 31 points <a class="reference-ref" href="#reference-sample-label" aria-label="Reference 1">[1]</a>.</p>\n',
    );
    expect(first.sourcePassages[0].appraisal.correctionHtml).toBeNull();
  });

  it('links a lesson\'s reference citations to the course\'s numbered list and lists what the lesson cites', async () => {
    const [basics] = (await courseWithEvidence()).modules;
    const second = basics.lessons[1];
    expect(second.references).toEqual([{ key: 'sample-label', number: 1 }]);
    expect(second.html).toContain('<a class="reference-ref" href="#reference-sample-label" aria-label="Reference 1">[1]</a>');
    expect(basics.lessons[0].references).toEqual([]);
  });

  it("sends a learner who missed a question to the passage's appraisal and the references behind the answer", async () => {
    const learner = await createAccount(api.dataSource);
    const [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
    const started = await api.graphql(`mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id } } }`, { quizId }, learner.token);
    const attempt = started.data!.startQuizAttempt;
    const submitted = await api.graphql(
      `mutation ($id: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $id, answers: $answers) {
         feedback { correct passage { anchor appraisal { verdict } } references { key title } } } }`,
      { id: attempt.id, answers: [{ questionId: attempt.questions[1].id, number: 50 }] },
      learner.token,
    );
    expect(submitted.errors).toBeUndefined();
    const [firstFact, points] = submitted.data!.submitQuizAttempt.feedback;
    expect(points).toEqual({
      correct: false,
      passage: { anchor: 'basics-2', appraisal: { verdict: 'OUTDATED' } },
      references: [{ key: 'sample-label', title: 'Sample product label' }],
    });
    expect(firstFact.references).toEqual([]);
  });

  it('shows a version published before passages were appraised without appraisals or references', async () => {
    const [{ id: courseId }] = await api.dataSource.query(`INSERT INTO course (slug) VALUES ('older-course') RETURNING id`);
    const [{ id: versionId }] = await api.dataSource.query(
      `INSERT INTO course_version (course_id, version, content_hash, title, summary, credit_hours, source_title, completion_rules, certificate_policy)
       VALUES ($1, 1, 'older', 'Older course', 'Summary', 1, 'Source', '{}', '{"attestation": "I did it."}') RETURNING id`,
      [courseId],
    );
    const [{ id: moduleId }] = await api.dataSource.query(
      `INSERT INTO course_module (course_version_id, slug, title, position, objectives) VALUES ($1, 'm', 'Module', 1, '{}') RETURNING id`,
      [versionId],
    );
    const [{ id: lessonId }] = await api.dataSource.query(
      `INSERT INTO lesson (course_version_id, module_id, slug, title, position, markdown, html)
       VALUES ($1, $2, 'l', 'Lesson', 1, 'text', '<p>text</p>') RETURNING id`,
      [versionId, moduleId],
    );
    const [{ id: passageId }] = await api.dataSource.query(
      `INSERT INTO source_passage (course_version_id, anchor, section, text, position) VALUES ($1, 'p-1', 'S', 'Old text', 1) RETURNING id`,
      [versionId],
    );
    await api.dataSource.query(`INSERT INTO lesson_passage (lesson_id, passage_id, position) VALUES ($1, $2, 1)`, [lessonId, passageId]);
    await api.dataSource.query(`UPDATE course SET published_version_id = $2 WHERE id = $1`, [courseId, versionId]);

    const { data, errors } = await api.graphql(COURSE_WITH_EVIDENCE, { slug: 'older-course' });
    expect(errors).toBeUndefined();
    expect(data!.course).toMatchObject({ audience: null, scope: null, sourceProvenance: null, estimatedMinutes: null, references: [] });
    expect(data!.course.modules[0].lessons[0]).toMatchObject({
      references: [],
      sourcePassages: [{ anchor: 'p-1', text: 'Old text', appraisal: null }],
    });
  });
});
