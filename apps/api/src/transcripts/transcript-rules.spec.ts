import { CreditType } from '../catalog/accreditation.types';
import { rangeProblems, totalsOf } from './transcript-rules';

describe('a transcript range', () => {
  it.each([
    [null, null],
    ['2026-03-01', null],
    [null, '2026-03-31'],
    ['2026-03-01', '2026-03-01'],
  ])('accepts from %s to %s', (from, to) => {
    expect(rangeProblems({ from, to })).toBeNull();
  });

  it('refuses an end before the start, under `to`', () => {
    expect(rangeProblems({ from: '2026-03-02', to: '2026-03-01' })).toEqual({ to: expect.stringContaining('before its start') });
  });

  it('refuses days that do not exist, each under its bound', () => {
    expect(rangeProblems({ from: '2026-13-01', to: 'today' })).toEqual({ from: expect.stringContaining('start'), to: expect.stringContaining('end') });
  });
});

describe('transcript totals', () => {
  it('adds each credit type apart, platform and self-reported separately and combined, in the declared order of types', () => {
    expect(
      totalsOf([
        { source: 'SELF_REPORTED', creditType: CreditType.PARTICIPATION, amount: 0.25 },
        { source: 'PLATFORM', creditType: CreditType.AMA_PRA_CATEGORY_1, amount: 1.5 },
        { source: 'SELF_REPORTED', creditType: CreditType.AMA_PRA_CATEGORY_1, amount: 2.25 },
        { source: 'PLATFORM', creditType: CreditType.AMA_PRA_CATEGORY_1, amount: 0.75 },
      ]),
    ).toEqual([
      { creditType: CreditType.AMA_PRA_CATEGORY_1, platform: 2.25, selfReported: 2.25, combined: 4.5 },
      { creditType: CreditType.PARTICIPATION, platform: 0, selfReported: 0.25, combined: 0.25 },
    ]);
  });

  it('is empty for no entries', () => {
    expect(totalsOf([])).toEqual([]);
  });
});
