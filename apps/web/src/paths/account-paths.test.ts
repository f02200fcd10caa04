import { describe, expect, it } from 'vitest';
import { returnPathFrom, safeReturnPath, withReturnPath } from './account-paths';

describe('returning after sign-in', () => {
  it.each([
    ['/admin/users', '/admin/users'],
    ['/courses/botox?tab=outline#module-2', '/courses/botox?tab=outline#module-2'],
  ])('goes back to %s, a page of this site', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['another site', 'https://evil.example/phish'],
    ['another site without a scheme', '//evil.example/phish'],
    ['another site behind a backslash', '/\\evil.example'],
    ['another site behind a tab', '/\t/evil.example'],
    ['a path that normalises to another site', '/.//evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['a relative path', 'admin/users'],
    ['the sign-in page itself', '/sign-in?next=/admin/users'],
    ['a confirmation link, which works once', '/account/confirm?token=abc'],
  ])('goes to the catalog when `next` is %s', (_, next) => {
    expect(safeReturnPath(next)).toBe('/');
  });

  it('names the page to come back to in the sign-in address, unless it is the catalog', () => {
    expect(withReturnPath('/sign-in', '/admin/users')).toBe('/sign-in?next=%2Fadmin%2Fusers');
    expect(withReturnPath('/sign-in', '/')).toBe('/sign-in');
  });

  it('passes on the page to come back to when moving between sign-in and sign-up', () => {
    expect(returnPathFrom({ pathname: '/sign-in', search: '?next=%2Fadmin%2Fusers', hash: '' })).toBe('/admin/users');
    expect(returnPathFrom({ pathname: '/courses/botox', search: '', hash: '#passage-1' })).toBe('/courses/botox#passage-1');
  });
});
