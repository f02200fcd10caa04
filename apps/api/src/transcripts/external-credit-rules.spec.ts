import { CreditType } from '../catalog/accreditation.types';
import { latestToday, readExternalCredit, type ExternalCreditChange } from './external-credit-rules';

const NOON_7_DECEMBER = new Date('2026-12-07T12:00:00Z');
const CREDIT: ExternalCreditChange = {
  activityTitle: 'Regional anaesthesia update',
  provider: 'Royal College of Anaesthetists',
  creditType: CreditType.AMA_PRA_CATEGORY_1,
  amount: 1.75,
  completedOn: '2026-12-07',
};

describe('reading a credit earned elsewhere', () => {
  it('keeps a whole credit, its texts trimmed and composed', () => {
    expect(readExternalCredit({ ...CREDIT, activityTitle: '  Cafe\u0301 rounds ' }, NOON_7_DECEMBER).values).toEqual({ ...CREDIT, activityTitle: 'Café rounds' });
  });

  it('accepts tomorrow in UTC while it is already tomorrow east of UTC, never the day after', () => {
    expect(latestToday(NOON_7_DECEMBER)).toBe('2026-12-08');
    expect(readExternalCredit({ ...CREDIT, completedOn: '2026-12-08' }, NOON_7_DECEMBER).values).toBeDefined();
    expect(readExternalCredit({ ...CREDIT, completedOn: '2026-12-09' }, NOON_7_DECEMBER).problems).toEqual({ completedOn: expect.stringContaining('future') });
  });

  it.each([
    ['a blank title', { activityTitle: ' ' }, 'activityTitle', 'Enter'],
    ['a provider of 201 characters', { provider: 'P'.repeat(201) }, 'provider', 'at most 200'],
    ['a provider with a zero-width space', { provider: 'Royal\u200bCollege' }, 'provider', 'invisible'],
    ['1.1 hours', { amount: 1.1 }, 'amount', 'quarter hours'],
    ['no hours', { amount: 0 }, 'amount', 'above 0'],
    ['1000 hours', { amount: 1000 }, 'amount', 'at most 999'],
    ['29 February of a common year', { completedOn: '2026-02-29' }, 'completedOn', 'YYYY-MM-DD'],
    ['a date with a time', { completedOn: '2026-03-01T10:00' }, 'completedOn', 'YYYY-MM-DD'],
  ])('refuses %s under its field', (_case, change, field, words) => {
    expect(readExternalCredit({ ...CREDIT, ...change }, NOON_7_DECEMBER).problems).toEqual({ [field]: expect.stringContaining(words) });
  });

  it('names every field at fault at once', () => {
    const { problems } = readExternalCredit({ ...CREDIT, activityTitle: '', provider: '', amount: 0.1, completedOn: 'soon' }, NOON_7_DECEMBER);
    expect(Object.keys(problems!).sort()).toEqual(['activityTitle', 'amount', 'completedOn', 'provider']);
  });
});
