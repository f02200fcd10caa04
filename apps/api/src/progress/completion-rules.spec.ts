import { assessCourse, percentOf, type CourseOutline, type LearnerRecord, type QuizRecord } from './completion-rules';

function lesson(slug: string, position: number) {
  return { id: `id-${slug}`, slug, title: slug, position };
}

/** Two modules of two and one lessons; the first has a quiz; a final exam. */
function outline(rules = { requireModuleQuizzes: true, requireFinalExam: true }): CourseOutline {
  return {
    modules: [
      { id: 'm1', slug: 'basics', title: 'Basics', position: 1, quizId: 'basics-quiz', lessons: [lesson('a', 1), lesson('b', 2)] },
      { id: 'm2', slug: 'practice', title: 'Practice', position: 2, quizId: null, lessons: [lesson('c', 1)] },
    ],
    finalQuizId: 'final',
    rules,
    maxAttempts: { 'basics-quiz': 3, final: null },
  };
}

function record(lessons: string[], quizzes: Record<string, QuizRecord> = {}): LearnerRecord {
  return { completedLessonSlugs: new Set(lessons), quizzes: new Map(Object.entries(quizzes)) };
}

const passed = (bestScore: number, attemptsUsed = 1): QuizRecord => ({ bestScore, passed: true, attemptsUsed });
const failed = (bestScore: number, attemptsUsed = 1): QuizRecord => ({ bestScore, passed: false, attemptsUsed });

describe('completion rules', () => {
  it('counts lessons, required module quizzes and the final exam as steps', () => {
    const standing = assessCourse(outline(), record([]));
    expect(standing).toMatchObject({ completedSteps: 0, totalSteps: 5, totalLessons: 3, percent: 0, status: 'NOT_STARTED' });
  });

  it('gives a percent a person would agree with, rounded down so that only a finished course shows 100', () => {
    expect(assessCourse(outline(), record(['a'])).percent).toBe(20);
    expect(assessCourse(outline(), record(['a', 'b', 'c'])).percent).toBe(60);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.6);
    expect(percentOf(1999, 2000)).toBe(99.9);
    expect(percentOf(0, 0)).toBe(100);
  });

  it('does not complete a module whose lessons are read until its quiz is passed', () => {
    const [basics] = assessCourse(outline(), record(['a', 'b'], { 'basics-quiz': failed(50) })).modules;
    expect(basics).toMatchObject({ completedLessons: 2, complete: false, status: 'IN_PROGRESS' });
    expect(basics.quiz).toEqual({ quizId: 'basics-quiz', required: true, passed: false, bestScore: 50, attemptsUsed: 1, attemptsLeft: 2 });

    const [done] = assessCourse(outline(), record(['a', 'b'], { 'basics-quiz': passed(90, 2) })).modules;
    expect(done).toMatchObject({ complete: true, status: 'COMPLETE' });
  });

  it('completes a module without its quiz when the course does not require module quizzes', () => {
    const standing = assessCourse(outline({ requireModuleQuizzes: false, requireFinalExam: true }), record(['a', 'b']));
    expect(standing.modules[0]).toMatchObject({ complete: true, quiz: { required: false, passed: false } });
    expect(standing.totalSteps).toBe(4);
  });

  it('completes the course only when every module is complete and the final exam is passed', () => {
    const allModules = { 'basics-quiz': passed(80) };
    const beforeExam = assessCourse(outline(), record(['a', 'b', 'c'], allModules));
    expect(beforeExam).toMatchObject({ status: 'IN_PROGRESS', percent: 80, eligibleForCertificate: false });

    const finished = assessCourse(outline(), record(['a', 'b', 'c'], { ...allModules, final: passed(75) }));
    expect(finished).toMatchObject({ status: 'COMPLETE', percent: 100, eligibleForCertificate: true, nextStep: null });
  });

  it('completes the course without a final exam when the rules do not require one', () => {
    const standing = assessCourse(outline({ requireModuleQuizzes: true, requireFinalExam: false }), record(['a', 'b', 'c'], { 'basics-quiz': passed(80) }));
    expect(standing).toMatchObject({ status: 'COMPLETE', percent: 100, totalSteps: 4 });
  });

  it('passes the final exam without the lessons and is still not complete', () => {
    const standing = assessCourse(outline(), record([], { final: passed(100) }));
    expect(standing).toMatchObject({ status: 'IN_PROGRESS', percent: 20, eligibleForCertificate: false });
  });

  it('counts a started quiz as starting the course', () => {
    expect(assessCourse(outline(), record([], { final: { bestScore: null, passed: false, attemptsUsed: 1 } })).status).toBe('IN_PROGRESS');
  });

  it('ignores completed lessons the current version no longer has', () => {
    const standing = assessCourse(outline(), record(['a', 'removed-lesson']));
    expect(standing).toMatchObject({ completedLessons: 1, completedSteps: 1 });
  });

  it('never leaves fewer than zero attempts, and has no limit when the quiz has none', () => {
    const standing = assessCourse(outline(), record([], { 'basics-quiz': failed(10, 5), final: failed(10, 9) }));
    expect(standing.modules[0].quiz!.attemptsLeft).toBe(0);
    expect(standing.finalExam!.attemptsLeft).toBeNull();
  });

  describe('the next step', () => {
    it('is the first unread lesson, in course order', () => {
      expect(assessCourse(outline(), record(['a', 'c'])).nextStep).toMatchObject({ kind: 'READ_LESSON', lesson: { slug: 'b' } });
    });

    it('is the module quiz once its lessons are read', () => {
      expect(assessCourse(outline(), record(['a', 'b'])).nextStep).toMatchObject({ kind: 'TAKE_MODULE_QUIZ', quizId: 'basics-quiz' });
    });

    it('skips a module quiz the rules do not require', () => {
      const standing = assessCourse(outline({ requireModuleQuizzes: false, requireFinalExam: true }), record(['a', 'b']));
      expect(standing.nextStep).toMatchObject({ kind: 'READ_LESSON', lesson: { slug: 'c' } });
    });

    it('is the final exam when everything else is done', () => {
      const standing = assessCourse(outline(), record(['a', 'b', 'c'], { 'basics-quiz': passed(80) }));
      expect(standing.nextStep).toEqual({ kind: 'TAKE_FINAL_EXAM', quizId: 'final' });
    });
  });
});
