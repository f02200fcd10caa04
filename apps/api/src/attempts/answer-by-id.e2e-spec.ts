import { listCourseDirs, loadCoursePackage, type QuizDefinition } from '@ptp/content';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount } from '../testing/factories';
import { chanceScore, GUESSING_STRATEGIES, type GuessingStrategy, type ShownChoiceQuestion } from '../testing/guessing';
import { createTestApp, type TestApp } from '../testing/test-app';

const START = `mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id type options { id text } } } }`;
const SUBMIT = `mutation($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { score } }`;

/** Attempts per quiz and strategy, each by a new learner so that attempt limits never stop the play. */
const ROUNDS = 20;
/** Attempts played at once. */
const TOGETHER = 6;
/**
 * Standard errors above chance that still count as chance. Guessing goes past it about once in
 * 30,000 checks; answering by the authored ids went past it by more than ten.
 */
const BOUND = 4;

interface ShippedQuiz {
  course: string;
  definition: QuizDefinition;
}

interface Play {
  quiz: ShippedQuiz;
  strategy: GuessingStrategy;
}

/** Mean and standard error of a sample. */
function meanAndError(values: number[]) {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, error: Math.sqrt(variance / values.length) };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Every quiz of every course in content/, as the package in the repository has it now. */
function shippedQuizzes(contentRoot: string): ShippedQuiz[] {
  return listCourseDirs(contentRoot).flatMap((dir) => {
    const { package: course } = loadCoursePackage(dir);
    if (!course) throw new Error(`The course in ${dir} does not load; run npm run content:check.`);
    const quizzes = [...course.modules.flatMap((module) => (module.quiz ? [module.quiz] : [])), ...(course.finalExam ? [course.finalExam] : [])];
    return quizzes.map((definition) => ({ course: course.slug, definition }));
  });
}

describe('answering the shipped course by option id, without reading', () => {
  let api: TestApp;
  let quizzes: ShippedQuiz[];
  const scores = new Map<Play, number[]>();

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(api.config.contentRoot);
    quizzes = shippedQuizzes(api.config.contentRoot);
    const plays = quizzes.flatMap((quiz) => GUESSING_STRATEGIES.map((strategy) => ({ quiz, strategy })));
    const rounds = plays.flatMap((play) => Array<Play>(ROUNDS).fill(play));
    for (let next = 0; next < rounds.length; next += TOGETHER) {
      await Promise.all(rounds.slice(next, next + TOGETHER).map(async (played) => {
        const score = await play(played);
        scores.set(played, [...(scores.get(played) ?? []), score]);
      }));
    }
  }, 600_000);
  afterAll(() => api.close());

  async function quizIdOf({ course, definition }: ShippedQuiz): Promise<string> {
    const [{ id }] = await api.dataSource.query(`SELECT q.id FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.slug = $1 AND q.slug = $2`, [
      course,
      definition.slug,
    ]);
    return id;
  }

  async function play({ quiz, strategy }: Play): Promise<number> {
    const learner = await createAccount(api.dataSource);
    const started = await api.graphql(START, { quizId: await quizIdOf(quiz) }, learner.token);
    expect(started.errors).toBeUndefined();
    const attempt = started.data!.startQuizAttempt;
    const answers = attempt.questions.flatMap((question: ShownChoiceQuestion) => {
      const optionIds = strategy.choose(question);
      return optionIds ? [{ questionId: question.id, optionIds }] : [];
    });
    const submitted = await api.graphql(SUBMIT, { attemptId: attempt.id, answers }, learner.token);
    expect(submitted.errors).toBeUndefined();
    return submitted.data!.submitQuizAttempt.score;
  }

  const scoresOf = (matches: (play: Play) => boolean) => [...scores].filter(([played]) => matches(played)).flatMap(([played, list]) => list.map((score) => ({ played, score })));

  it('plays every quiz of the course with every strategy', () => {
    expect(quizzes.length).toBeGreaterThan(1);
    for (const quiz of quizzes) expect(scoresOf((played) => played.quiz === quiz)).toHaveLength(ROUNDS * GUESSING_STRATEGIES.length);
  });

  it.each(GUESSING_STRATEGIES.map((strategy) => [strategy.name, strategy]))('scores no better than blind guessing choosing %s', (_name, strategy) => {
    const aboveChance = scoresOf((played) => played.strategy === strategy).map(({ played, score }) => score - chanceScore(played.quiz.definition));
    const { mean, error } = meanAndError(aboveChance);
    const result = { strategy: strategy.name, pointsAboveChance: round(mean), bound: round(BOUND * error) };
    expect([result].filter(({ pointsAboveChance, bound }) => pointsAboveChance > bound)).toEqual([]);
  });

  it('stays on every quiz near the score of blind guessing, far below its passing score', () => {
    const summary = quizzes.map((quiz) => {
      const { mean, error } = meanAndError(scoresOf((played) => played.quiz === quiz).map(({ score }) => score));
      const chance = chanceScore(quiz.definition);
      return { quiz: quiz.definition.slug, mean: round(mean), chance: round(chance), bound: round(chance + BOUND * error), passingScore: quiz.definition.passingScore };
    });
    expect(summary.filter((quiz) => quiz.mean > quiz.bound || quiz.bound >= quiz.passingScore - 10)).toEqual([]);
  });
});
