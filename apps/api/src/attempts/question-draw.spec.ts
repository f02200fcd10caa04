import { drawQuestions, type DrawRules, type PoolQuestion } from './question-draw';

const pool: PoolQuestion[] = Array.from({ length: 12 }, (_, index) => ({
  id: `q${index + 1}`,
  type: 'SINGLE_CHOICE',
  optionIds: ['a', 'b', 'c', 'd', 'e'],
}));
const everything: DrawRules = { drawCount: null, shuffleQuestions: true, shuffleOptions: true };
const ids = (seed: string, rules: DrawRules, questions = pool) => drawQuestions(seed, questions, rules).map((q) => q.questionId);

describe('drawing the questions of an attempt', () => {
  it('draws the same questions in the same order, options included, for the same attempt', () => {
    expect(drawQuestions('attempt-1', pool, everything)).toEqual(drawQuestions('attempt-1', pool, everything));
  });

  it('orders questions and options differently for different attempts', () => {
    const seeds = Array.from({ length: 10 }, (_, index) => `attempt-${index}`);
    expect(new Set(seeds.map((seed) => ids(seed, everything).join())).size).toBeGreaterThan(5);
    const firstOptions = seeds.map((seed) => drawQuestions(seed, pool, everything)[0].optionIds.join());
    expect(new Set(firstOptions).size).toBeGreaterThan(5);
  });

  it('shows every question once, in quiz order, when nothing is shuffled or drawn', () => {
    const plain = drawQuestions('attempt-1', pool, { drawCount: null, shuffleQuestions: false, shuffleOptions: false });
    expect(plain.map((q) => q.questionId)).toEqual(pool.map((q) => q.id));
    expect(plain.every((q) => q.optionIds.join() === 'a,b,c,d,e')).toBe(true);
  });

  it('draws N distinct questions of the pool, kept in quiz order unless shuffled', () => {
    const drawn = ids('attempt-7', { drawCount: 4, shuffleQuestions: false, shuffleOptions: false });
    expect(drawn).toHaveLength(4);
    expect(new Set(drawn).size).toBe(4);
    expect(drawn).toEqual([...drawn].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
  });

  it('draws different subsets for different attempts, over time every question', () => {
    const seen = new Set(Array.from({ length: 30 }, (_, index) => ids(`attempt-${index}`, { ...everything, drawCount: 3 })).flat());
    expect(seen.size).toBe(pool.length);
  });

  it('shows the whole pool when asked to draw more than it holds', () => {
    expect(ids('attempt-1', { ...everything, drawCount: 50 }).sort()).toEqual(pool.map((q) => q.id).sort());
  });

  it('shuffles options as a permutation and keeps true before false', () => {
    const mixed: PoolQuestion[] = [
      { id: 'choice', type: 'MULTIPLE_CHOICE', optionIds: ['a', 'b', 'c', 'd'] },
      { id: 'true-false', type: 'TRUE_FALSE', optionIds: ['true', 'false'] },
    ];
    for (const seed of ['s1', 's2', 's3', 's4']) {
      const [choice, trueFalse] = drawQuestions(seed, mixed, { ...everything, shuffleQuestions: false });
      expect([...choice.optionIds].sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(trueFalse.optionIds).toEqual(['true', 'false']);
    }
  });
});
