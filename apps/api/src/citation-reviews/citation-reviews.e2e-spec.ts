import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadCoursePackage, recordItemReview, startRecord, writeReviewedCitations } from '@ptp/content';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const FLAG = `id courseVersion citingKind lessonSlug quizSlug questionKey citedKind citedKey reviewedText currentText
  clearance { clearedAt clearedBy clearedIn note }`;
const FLAGS = `query Flags($slug: String!) { citationReviews(courseSlug: $slug) { ${FLAG} } }`;
const CLEAR = `mutation Clear($id: ID!, $note: String!) { clearCitationReview(id: $id, note: $note) { ${FLAG} } }`;
const note = 'Checked the lesson against the corrected passage.';
const oldBasics2 = 'The second fact, with 31 to 39 points.';
const newBasics2 = 'The second fact, with 31 points at most.';

interface Flag {
  id: string;
  courseVersion: number;
  citingKind: string;
  lessonSlug: string | null;
  quizSlug: string | null;
  questionKey: string | null;
  citedKind: string;
  citedKey: string;
  reviewedText: string | null;
  currentText: string;
  clearance: { clearedAt: string; clearedBy: string; clearedIn: string; note: string } | null;
}

const citing = (flag: Flag) => `${flag.lessonSlug ?? `${flag.quizSlug}/${flag.questionKey}`} cites ${flag.citedKind.toLowerCase()} ${flag.citedKey}`;

describe('flagging what cites a changed passage or reference', () => {
  let api: TestApp;
  let instructor: TestAccount;
  let reviewer: TestAccount;
  let copies = 0;

  beforeAll(async () => {
    api = await createTestApp();
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    reviewer = await createAccount(api.dataSource, ['REVIEWER'], 'Dr Ada Reviewer');
  });
  afterAll(() => api.close());

  /** A copy of the sample course under its own slug, so each test has a course of its own. */
  function courseCopy() {
    const slug = `citing-course-${++copies}`;
    const courseDir = path.join(mkdtempSync(path.join(tmpdir(), 'citations-')), slug);
    cpSync(path.join(fixturesRoot, 'courses/sample-course'), courseDir, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const target = path.join(courseDir, file);
      const text = readFileSync(target, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
      writeFileSync(target, text.replace(from, to));
    };
    edit('course.yaml', 'slug: sample-course', `slug: ${slug}`);
    const importer = new ContentImportService(api.dataSource);
    const importNow = async () => (await importer.importPackage(loadCoursePackage(courseDir).package!)).version;
    const flags = async (token = instructor.token) => {
      const response = await api.graphql<{ citationReviews: Flag[] }>(FLAGS, { slug }, token);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.citationReviews;
    };
    const record = () => {
      const loaded = loadCoursePackage(courseDir).package!;
      return { loaded, write: (text: string) => writeFileSync(path.join(courseDir, 'reviewed-citations.yaml'), text) };
    };
    return { slug, edit, importNow, flags, record };
  }

  it('flags exactly the lessons and questions citing a changed passage or reference, with old and new text', async () => {
    const course = courseCopy();
    await course.importNow();
    expect(await course.flags()).toEqual([]);
    course.edit('source.md', oldBasics2, newBasics2);
    course.edit('references.yaml', 'year: 2023', 'year: 2024');

    expect(await course.importNow()).toBe(2);

    const flags = await course.flags();
    expect(flags.map(citing).sort()).toEqual([
      'basics-quiz/points cites passage basics-2',
      'basics-quiz/points cites reference sample-label',
      'final-exam/facts cites passage basics-2',
      'first-lesson cites passage basics-2',
      'second-lesson cites passage basics-2',
      'second-lesson cites reference sample-label',
    ]);
    const passage = flags.find((flag) => flag.lessonSlug === 'first-lesson')!;
    expect(passage).toMatchObject({ courseVersion: 2, citingKind: 'LESSON', citedKind: 'PASSAGE', clearance: null });
    expect(passage.reviewedText).toBe(`${oldBasics2}\n\nAppraisal: outdated. The sample label now gives 31 points [ref:sample-label].`);
    expect(passage.currentText).toBe(`${newBasics2}\n\nAppraisal: outdated. The sample label now gives 31 points [ref:sample-label].`);
    const reference = flags.find((flag) => flag.citedKind === 'REFERENCE')!;
    expect([reference.reviewedText, reference.currentText]).toEqual([
      'Sample product label\nSample Regulator, 2023\nhttps://example.org/label\nRead 2026-12-01',
      'Sample product label\nSample Regulator, 2024\nhttps://example.org/label\nRead 2026-12-01',
    ]);
  });

  it('clears a flag for a reviewer, once, recording who, when and why in the flag and the audit log', async () => {
    const course = courseCopy();
    await course.importNow();
    course.edit('source.md', oldBasics2, newBasics2);
    await course.importNow();
    const [flag] = await course.flags();

    const cleared = await api.graphql<{ clearCitationReview: Flag }>(CLEAR, { id: flag.id, note }, reviewer.token);

    expect(cleared.data!.clearCitationReview.clearance).toEqual({ clearedAt: expect.any(String), clearedBy: 'Dr Ada Reviewer', clearedIn: 'PLATFORM', note });
    const [audit] = await api.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = 'CITATION_REVIEW_CLEARED' AND details->>'citationReviewId' = $1`, [flag.id]);
    expect(audit).toEqual({ actor_id: reviewer.id, details: expect.objectContaining({ courseSlug: course.slug, courseVersion: 2, cited: 'passage basics-2', note }) });
    const again = await api.graphql(CLEAR, { id: flag.id, note: 'A second opinion that should not replace the first.' }, reviewer.token);
    expect(again.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Dr Ada Reviewer already cleared this on \d{4}-\d\d-\d\d/), extensions: { code: 'BAD_USER_INPUT' } });
    expect((await course.flags()).find((shown) => shown.id === flag.id)!.clearance!.note).toBe(note);
  });

  it('refuses to clear without the reviewer or admin role, or without a note, and changes nothing', async () => {
    const course = courseCopy();
    await course.importNow();
    course.edit('source.md', oldBasics2, newBasics2);
    await course.importNow();
    const [flag] = await course.flags();
    const learner = await createAccount(api.dataSource, ['LEARNER']);

    for (const token of [learner.token, instructor.token, undefined]) {
      const refused = await api.graphql(CLEAR, { id: flag.id, note }, token);
      expect(refused.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    }
    expect((await api.graphql(FLAGS, { slug: course.slug }, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noNote = await api.graphql(CLEAR, { id: flag.id, note: '  fine  ' }, reviewer.token);
    expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: expect.any(String) } });
    const admin = await createAccount(api.dataSource, ['ADMIN']);
    expect((await api.graphql(CLEAR, { id: '00000000-0000-4000-8000-000000000000', note }, admin.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await course.flags()).every((shown) => shown.clearance === null)).toBe(true);
  });

  it('lets exactly one of two reviewers clearing the same flag at once succeed', async () => {
    const course = courseCopy();
    await course.importNow();
    course.edit('source.md', oldBasics2, newBasics2);
    await course.importNow();
    const [flag] = await course.flags();
    const second = await createAccount(api.dataSource, ['ADMIN']);

    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) => api.graphql(CLEAR, { id: flag.id, note: `${note} (${i})` }, i % 2 ? second.token : reviewer.token)),
    );

    expect(outcomes.filter((outcome) => outcome.data?.clearCitationReview)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.errors?.[0].extensions?.code === 'BAD_USER_INPUT')).toHaveLength(5);
  });

  it('has the database refuse to edit, redo or delete a clearance, and a clearance by an account without the role', async () => {
    const course = courseCopy();
    await course.importNow();
    course.edit('source.md', oldBasics2, newBasics2);
    await course.importNow();
    const [cleared, open] = await course.flags();
    await api.graphql(CLEAR, { id: cleared.id, note }, reviewer.token);

    await expect(api.dataSource.query(`UPDATE citation_review SET clearance_note = 'Something else entirely.' WHERE id = $1`, [cleared.id])).rejects.toThrow(/cannot be cleared again or edited/);
    await expect(api.dataSource.query(`DELETE FROM citation_review WHERE id = $1`, [cleared.id])).rejects.toThrow(/cannot be deleted/);
    await expect(api.dataSource.query(`UPDATE citation_review SET reviewed_text = 'rewritten' WHERE id = $1`, [open.id])).rejects.toThrow(/can only be cleared/);
    await expect(
      api.dataSource.query(
        `UPDATE citation_review SET cleared_at = now(), cleared_in = 'PLATFORM', cleared_by_id = $2, clearance_note = 'Cleared by an instructor.' WHERE id = $1`,
        [open.id, instructor.id],
      ),
    ).rejects.toThrow(/Only an account with the REVIEWER or ADMIN role/);
  });

  it('carries an open flag to the next version and does not bring back a cleared one', async () => {
    const course = courseCopy();
    await course.importNow();
    course.edit('source.md', oldBasics2, newBasics2);
    await course.importNow();
    const flagsOfTwo = await course.flags();
    const cleared = flagsOfTwo.find((flag) => flag.lessonSlug === 'first-lesson')!;
    await api.graphql(CLEAR, { id: cleared.id, note }, reviewer.token);
    course.edit('modules/02-practice.md', 'See the third fact', 'Now see the third fact');

    expect(await course.importNow()).toBe(3);

    const flagsOfThree = await course.flags();
    expect(flagsOfThree.map(citing).sort()).toEqual(flagsOfTwo.filter((flag) => flag !== cleared).map(citing).sort());
    expect(flagsOfThree.every((flag) => flag.courseVersion === 3 && flag.reviewedText!.startsWith(oldBasics2) && !flag.clearance)).toBe(true);
  });

  it("clears flags from reviews recorded in the package on its next import, naming the package's reviewer", async () => {
    const course = courseCopy();
    const first = course.record();
    first.write(writeReviewedCitations(startRecord(first.loaded, { by: 'Course team', on: '2026-12-01', note: 'As the course first shipped.' })));
    await course.importNow();
    course.edit('source.md', oldBasics2, newBasics2);
    await course.importNow();
    const changed = course.record();
    const reviewed = recordItemReview(changed.loaded, changed.loaded.reviewedCitations!, { kind: 'LESSON', slug: 'second-lesson' }, { by: 'Dr Grace Package', on: '2026-12-08', note });
    if ('refused' in reviewed) throw new Error(reviewed.refused);
    changed.write(writeReviewedCitations(reviewed.record));

    expect(await course.importNow()).toBe(2);

    const flags = await course.flags();
    expect(flags.filter((flag) => flag.clearance).map((flag) => [citing(flag), flag.clearance])).toEqual([
      ['second-lesson cites passage basics-2', { clearedAt: '2026-12-08T00:00:00.000Z', clearedBy: 'Dr Grace Package', clearedIn: 'PACKAGE', note }],
    ]);
    expect(flags.filter((flag) => !flag.clearance)).toHaveLength(3);
  });

  it("flags on a first import what the package's record says still needs review", async () => {
    const course = courseCopy();
    const first = course.record();
    first.write(writeReviewedCitations(startRecord(first.loaded, { by: 'Course team', on: '2026-12-01', note: 'As the course first shipped.' })));
    course.edit('source.md', oldBasics2, newBasics2);

    await course.importNow();

    const flags = await course.flags();
    expect(flags.map(citing).sort()).toEqual([
      'basics-quiz/points cites passage basics-2',
      'final-exam/facts cites passage basics-2',
      'first-lesson cites passage basics-2',
      'second-lesson cites passage basics-2',
    ]);
    expect(flags.every((flag) => flag.reviewedText === null && flag.currentText.startsWith(newBasics2))).toBe(true);
  });

  it("shows the quiz editor its questions' open flags", async () => {
    const course = courseCopy();
    await course.importNow();
    course.edit('source.md', oldBasics2, newBasics2);
    await course.importNow();
    const [{ id: quizId }] = await api.dataSource.query(`SELECT q.id FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.slug = $1 AND q.slug = 'final-exam'`, [course.slug]);

    const authored = await api.graphql<{ quizForAuthoring: { citationReviews: Flag[] } }>(
      `query Authored($id: ID!) { quizForAuthoring(id: $id) { citationReviews { ${FLAG} } } }`,
      { id: quizId },
      instructor.token,
    );

    expect(authored.data!.quizForAuthoring.citationReviews.map(citing)).toEqual(['final-exam/facts cites passage basics-2']);
  });
});
