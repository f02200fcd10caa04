import { StatementNames } from './request-client';

describe('StatementNames', () => {
  it('gives a statement text the same name every time, and different texts different names', () => {
    const names = new StatementNames();
    const first = names.nameOf('SELECT 1 WHERE $1::int > 0');
    expect(first).toMatch(/^s[\w-]{22}$/);
    expect(names.nameOf('SELECT 1 WHERE $1::int > 0')).toBe(first);
    expect(names.nameOf('SELECT 2 WHERE $1::int > 0')).not.toBe(first);
  });

  it('names no new text once the limit is reached, and keeps the names it gave', () => {
    const names = new StatementNames(2);
    const kept = names.nameOf('SELECT $1::int');
    names.nameOf('SELECT $1::text');
    expect(names.nameOf('SELECT $1::uuid')).toBeUndefined();
    expect(names.nameOf('SELECT $1::int')).toBe(kept);
  });
});
