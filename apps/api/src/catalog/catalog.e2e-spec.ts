import * as path from 'node:path';
import { ContentImportService } from '../content-import/content-import.service';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const COURSE_PAGE = `
  query CoursePage($slug: String!) {
    course(slug: $slug) {
      slug title summary creditHours version sourceTitle attestation
      modules {
        slug title position objectives
        lessons { slug title position html sourcePassages { anchor section text } }
        quiz { title passingScore maxAttempts timeLimitSeconds questionCount }
      }
      finalQuiz { title passingScore maxAttempts timeLimitSeconds questionCount }
    }
  }`;

describe('the catalog', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
  });
  afterAll(() => api.close());

  it('lists published courses for anonymous visitors', async () => {
    const response = await api.graphql('{ courses { slug title creditHours } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.courses).toEqual([{ slug: 'sample-course', title: 'Sample course', creditHours: 1.5 }]);
  });

  it('shows a course with its modules, lessons, cited passages and quizzes in order', async () => {
    const { data, errors } = await api.graphql(COURSE_PAGE, { slug: 'sample-course' });
    expect(errors).toBeUndefined();
    const course = data!.course;
    expect(course.modules.map((m: { slug: string }) => m.slug)).toEqual(['basics', 'practice']);
    const [basics] = course.modules;
    expect(basics.objectives).toEqual(['State the first fact.', 'State the second fact.']);
    expect(basics.lessons.map((l: { slug: string }) => l.slug)).toEqual(['first-lesson', 'second-lesson']);
    expect(basics.lessons[0].sourcePassages.map((p: { anchor: string }) => p.anchor)).toEqual(['basics-1', 'basics-2']);
    expect(basics.lessons[0].html).toContain('href="#passage-basics-1"');
    expect(basics.quiz).toEqual({ title: 'The basics', passingScore: 80, maxAttempts: 3, timeLimitSeconds: null, questionCount: 2 });
    expect(course.finalQuiz).toEqual({ title: 'Final exam', passingScore: 75, maxAttempts: 2, timeLimitSeconds: 600, questionCount: 2 });
    expect(course.attestation).toBe('I completed this activity myself.');
  });

  it('answers null for a course that does not exist', async () => {
    const { data, errors } = await api.graphql(COURSE_PAGE, { slug: 'no-such-course' });
    expect(errors).toBeUndefined();
    expect(data!.course).toBeNull();
  });

  it('never offers answer keys on the quizzes learners can see', async () => {
    const { errors } = await api.graphql('{ courses { finalQuiz { questions { correct } } } }');
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('imports the repository course content without problems', async () => {
    const outcomes = await new ContentImportService(api.dataSource).importRoot(path.resolve(__dirname, '../../../../content'));
    expect(outcomes.map((o) => o.slug)).toContain('botox-chronic-migraine');
  });
});
