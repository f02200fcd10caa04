import { gzipSync } from 'node:zlib';
import { encodeStatusList, isStatusSet, STATUS_LIST_LENGTH } from './bitstring-status-list';

describe('bitstring status lists', () => {
  it('set exactly the revoked entries, counting from the left-most bit', () => {
    const encoded = encodeStatusList(STATUS_LIST_LENGTH, [0, 9, STATUS_LIST_LENGTH - 1]);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const set = [0, 1, 8, 9, 10, STATUS_LIST_LENGTH - 2, STATUS_LIST_LENGTH - 1].filter((index) => isStatusSet(encoded, index));
    expect(set).toEqual([0, 9, STATUS_LIST_LENGTH - 1]);
  });

  it('put entry 0 in the high bit of the first byte, as the W3C specification lays it out', () => {
    const bits = Buffer.alloc(STATUS_LIST_LENGTH / 8);
    bits[0] = 0b1000_0000;
    bits[1] = 0b0100_0000;
    const byHand = `u${gzipSync(bits).toString('base64url')}`;
    expect(isStatusSet(byHand, 0)).toBe(true);
    expect(isStatusSet(byHand, 9)).toBe(true);
    expect(isStatusSet(byHand, 7)).toBe(false);
  });

  it('compress an empty list of 131,072 entries to a few hundred characters', () => {
    expect(encodeStatusList(STATUS_LIST_LENGTH, []).length).toBeLessThan(300);
  });

  it.each([
    ['a list without the multibase prefix', encodeStatusList(STATUS_LIST_LENGTH, []).slice(1), 0],
    ['an index past the end', encodeStatusList(STATUS_LIST_LENGTH, []), STATUS_LIST_LENGTH],
    ['a list shorter than the minimum', `u${gzipSync(Buffer.alloc(1024)).toString('base64url')}`, 0],
    ['data that is not gzip', 'uAAAA', 0],
  ])('refuse %s', (_case, encoded, index) => {
    expect(() => isStatusSet(encoded, index)).toThrow();
  });
});
