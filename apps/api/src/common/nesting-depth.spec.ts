import { nestedDeeperThan } from './nesting-depth';

describe('nesting depth of a request', () => {
  it('counts lists and objects of JSON inside one another', () => {
    expect(nestedDeeperThan('{"a":[[1],[2]],"b":{"c":3}}', 3)).toBe(false);
    expect(nestedDeeperThan('{"a":[[[1]]]}', 3)).toBe(true);
    expect(nestedDeeperThan(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 32)).toBe(true);
  });

  it('counts selection sets and list or object values of a GraphQL document', () => {
    expect(nestedDeeperThan('{ me { id } }', 2)).toBe(false);
    expect(nestedDeeperThan('{ me { roles { id } } }', 2)).toBe(true);
    expect(nestedDeeperThan('query { verifyCertificate(code: [[["x"]]]) { status } }', 3)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes, block strings or comments', () => {
    expect(nestedDeeperThan('{"text":"[[[{{{\\"[[[","more":"\\\\"}', 1)).toBe(false);
    expect(nestedDeeperThan('{ f(text: """ [[[ \\""" {{{ """) # [[[ {{{\n }', 2)).toBe(false);
    expect(nestedDeeperThan('# {{{\n{ f(text: "[[[") }', 1)).toBe(false);
  });
});
