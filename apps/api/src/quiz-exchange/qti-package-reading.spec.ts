import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { manifestListing, zipOf } from './qti-exchange-fixtures';
import { FOREIGN_ITEMS } from './qti-foreign-fixtures';
import { PACKAGE_LIMITS, readQtiPackage } from './qti-package-reading';

const MANIFEST = manifestListing(['capital.xml']);
const ITEM = FOREIGN_ITEMS['capital.xml'];

/** The stable reason a package is refused with, or null when it is read. */
function refusal(bytes: Uint8Array): string | null {
  try {
    readQtiPackage(bytes);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    return String(error.extensions.reason);
  }
}

/** Sets the uncompressed size that the zip's central directory declares for every entry. */
function declaringSize(zip: Buffer, size: number): Buffer {
  const patched = Buffer.from(zip);
  for (let at = patched.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = patched.indexOf('PK\x01\x02', at + 4, 'latin1')) patched.writeUInt32LE(size, at + 24);
  return patched;
}

describe('reading an uploaded QTI package', () => {
  it('reads the manifest and each item it lists', () => {
    const read = readQtiPackage(zipOf({ 'imsmanifest.xml': MANIFEST, 'capital.xml': ITEM }));
    expect(read.items.map((item) => [item.resource, item.file, item.root?.getAttribute('identifier'), item.problem])).toEqual([
      ['resource-1', 'capital.xml', 'Capital-TE', null],
    ]);
  });

  it('refuses what is not a zip, or is larger than allowed', () => {
    expect(refusal(Buffer.from('%PDF-1.7 not a package at all, just some text'))).toBe('PACKAGE_NOT_A_ZIP');
    expect(refusal(Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(400)]))).toBe('PACKAGE_NOT_A_ZIP');
    expect(refusal(Buffer.alloc(PACKAGE_LIMITS.bytes + 1))).toBe('PACKAGE_TOO_LARGE');
  });

  it('refuses a zip bomb by the sizes it declares, before inflating anything', () => {
    expect(refusal(zipOf({ 'imsmanifest.xml': MANIFEST, 'big.xml': new Uint8Array(PACKAGE_LIMITS.fileBytes + 1) }))).toBe('PACKAGE_EXPANDS_TOO_FAR');
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`part-${index}.xml`, new Uint8Array(PACKAGE_LIMITS.fileBytes)]));
    expect(refusal(zipOf({ 'imsmanifest.xml': MANIFEST, ...many }))).toBe('PACKAGE_EXPANDS_TOO_FAR');
    const files = Object.fromEntries(Array.from({ length: PACKAGE_LIMITS.files + 1 }, (_, index) => [`file-${index}.txt`, 'x']));
    expect(refusal(zipOf(files))).toBe('PACKAGE_TOO_MANY_FILES');
  });

  it('inflates an entry that understates its size no further than the size it declares', () => {
    const understated = declaringSize(zipOf({ 'imsmanifest.xml': `${MANIFEST}${' '.repeat(1024 * 1024)}<!-- end -->` }), 64);
    expect(refusal(understated)).toBe('PACKAGE_XML_MALFORMED');
  });

  it('refuses paths that leave the package, in the zip or in the manifest', () => {
    for (const name of ['../outside.xml', '/etc/passwd.xml', 'items\\..\\..\\outside.xml', 'C:/outside.xml', 'items/../../outside.xml']) {
      expect(refusal(zipOf({ 'imsmanifest.xml': MANIFEST, [name]: ITEM }))).toBe('PACKAGE_UNSAFE_PATH');
    }
    expect(refusal(zipOf({ 'imsmanifest.xml': manifestListing(['items/../../capital.xml']), 'capital.xml': ITEM }))).toBe('PACKAGE_UNSAFE_PATH');
  });

  it('refuses DTDs and entities (external entities, billion laughs) in any file, and XML that is not well-formed', () => {
    const external = MANIFEST.replace('<manifest', '<!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<manifest');
    expect(refusal(zipOf({ 'imsmanifest.xml': external, 'capital.xml': ITEM }))).toBe('PACKAGE_XML_DOCTYPE');
    const laughs = ITEM.replace('<qti-assessment-item', '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<qti-assessment-item');
    expect(refusal(zipOf({ 'imsmanifest.xml': MANIFEST, 'capital.xml': laughs }))).toBe('PACKAGE_XML_DOCTYPE');
    expect(refusal(zipOf({ 'imsmanifest.xml': MANIFEST, 'capital.xml': '<qti-assessment-item><qti-item-body></qti-assessment-item>' }))).toBe('PACKAGE_XML_MALFORMED');
    expect(refusal(zipOf({ 'imsmanifest.xml': MANIFEST, 'capital.xml': new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]) }))).toBe('PACKAGE_XML_MALFORMED');
  });

  it('refuses a package without a manifest, without items, or with more items than one import takes', () => {
    expect(refusal(zipOf({ 'capital.xml': ITEM }))).toBe('PACKAGE_NO_MANIFEST');
    expect(refusal(zipOf({ 'imsmanifest.xml': '<notes>nothing here</notes>' }))).toBe('PACKAGE_NO_MANIFEST');
    expect(refusal(zipOf({ 'imsmanifest.xml': manifestListing([]) }))).toBe('PACKAGE_NO_ITEMS');
    const files = Array.from({ length: PACKAGE_LIMITS.items + 1 }, (_, index) => `item-${index}.xml`);
    expect(refusal(zipOf({ 'imsmanifest.xml': manifestListing(files) }))).toBe('PACKAGE_TOO_MANY_ITEMS');
  });

  it('reports, without refusing the package, an item whose file is missing or outside it', () => {
    const read = readQtiPackage(zipOf({ 'imsmanifest.xml': manifestListing(['missing.xml', 'https://example.org/item.xml', 'capital.xml']), 'capital.xml': ITEM }));
    expect(read.items.map((item) => item.problem)).toEqual([
      'Its file missing.xml is not in the package.',
      'Its file is outside the package (https://example.org/item.xml).',
      null,
    ]);
  });
});
