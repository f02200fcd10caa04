import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The W3C Bitstring Status List encoding: bit i (counted from the left-most bit of the first byte)
 * is 1 when entry i is revoked; the bitstring is GZIP-compressed, base64url-encoded without padding,
 * and given the multibase prefix `u`.
 */
export const STATUS_LIST_LENGTH = 131_072;

/** A compressed list is tiny, so anything that inflates past this is refused rather than read. */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

export function encodeStatusList(length: number, setIndexes: Iterable<number>): string {
  const bits = Buffer.alloc(length / 8);
  for (const index of setIndexes) bits[index >> 3] |= 0x80 >> (index & 7);
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** Throws when the list is not a Bitstring Status List or is too short to hold the index. */
export function isStatusSet(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u') || !/^[A-Za-z0-9_-]+$/.test(encodedList.slice(1))) {
    throw new Error('the status list is not a multibase base64url string');
  }
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: MAX_DECODED_BYTES });
  if (bits.length * 8 < STATUS_LIST_LENGTH) throw new Error(`the status list has fewer than ${STATUS_LIST_LENGTH} entries`);
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new Error(`the status list has no entry ${index}`);
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
