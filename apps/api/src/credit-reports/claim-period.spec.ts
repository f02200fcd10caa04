import { periodProblems } from './claim-period';

describe('a period of claims', () => {
  it.each([
    [null, null],
    ['2026-03-01', null],
    [null, '2026-03-31'],
    ['2026-03-01', '2026-03-31'],
    ['2026-03-31', '2026-03-31'],
    ['2028-02-29', '2028-02-29'],
  ])('from %s to %s can be reported on', (from, to) => {
    expect(periodProblems({ from, to })).toBeNull();
  });

  it('refuses days that do not exist or are not written YYYY-MM-DD, under the bound to change', () => {
    expect(periodProblems({ from: '2026-02-29', to: null })).toEqual({ from: expect.stringContaining('YYYY-MM-DD') });
    expect(periodProblems({ from: null, to: '31/03/2026' })).toEqual({ to: expect.stringContaining('YYYY-MM-DD') });
  });

  it('refuses an end before the start', () => {
    expect(periodProblems({ from: '2026-04-01', to: '2026-03-31' })).toEqual({ to: 'The end is before the start: choose an end on or after it.' });
  });
});
