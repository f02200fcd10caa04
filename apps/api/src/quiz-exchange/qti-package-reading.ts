import { posix } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { PlatformError } from '../common/errors';
import type { ItemCitations } from './qti-item-import';
import { childElements, descendants } from './qti-item-text';
import { ITEM_RESOURCE_TYPE, PASSAGE_CATALOG, REFERENCE_CATALOG } from './qti-vocabulary';

/** How much a package may hold: far more than a quiz's text needs, far less than hurts a server. */
export const PACKAGE_LIMITS = {
  bytes: 700 * 1024,
  files: 500,
  fileBytes: 2 * 1024 * 1024,
  unpackedBytes: 20 * 1024 * 1024,
  items: 200,
};

/** Why a package is refused as a whole; each is a stable `reason` beside the code BAD_USER_INPUT. */
export type PackageProblem =
  | 'PACKAGE_TOO_LARGE'
  | 'PACKAGE_NOT_A_ZIP'
  | 'PACKAGE_TOO_MANY_FILES'
  | 'PACKAGE_EXPANDS_TOO_FAR'
  | 'PACKAGE_UNSAFE_PATH'
  | 'PACKAGE_NO_MANIFEST'
  | 'PACKAGE_XML_DOCTYPE'
  | 'PACKAGE_XML_MALFORMED'
  | 'PACKAGE_NO_ITEMS'
  | 'PACKAGE_TOO_MANY_ITEMS';

export const refusePackage = (reason: PackageProblem, message: string) => new PlatformError('BAD_USER_INPUT', message, { reason });

/** An item resource of the manifest: its parsed file, or why it could not be read, and what it cites. */
export interface PackagedItem {
  resource: string;
  file: string;
  root: Element | null;
  problem: string | null;
  citations: ItemCitations;
}

export interface ReadPackage {
  items: PackagedItem[];
  /** QTI resources other than items and tests (shared stimuli, for instance), which are not carried over. */
  otherResources: { resource: string; type: string }[];
}

/** A name that stays inside the package: relative, forward slashes, no `..`, nothing a file system would read as a drive or device. */
function isSafePath(name: string): boolean {
  if (name === '' || name.startsWith('/') || /[\\\0:]/.test(name)) return false;
  return !name.split('/').some((segment) => segment === '..');
}

function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.length > PACKAGE_LIMITS.bytes) throw refusePackage('PACKAGE_TOO_LARGE', `The package is larger than ${PACKAGE_LIMITS.bytes / 1024} KB.`);
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw refusePackage('PACKAGE_NOT_A_ZIP', 'The file is not a zip archive; a QTI package is a .zip with imsmanifest.xml at its top.');
  let files = 0;
  let unpacked = 0;
  // Sizes are checked as the archive declares them, before anything is inflated; fflate inflates
  // each entry into a buffer of its declared size, so an entry that lies cannot grow past it.
  const accept = (file: UnzipFileInfo) => {
    files += 1;
    unpacked += file.originalSize;
    if (files > PACKAGE_LIMITS.files) throw refusePackage('PACKAGE_TOO_MANY_FILES', `The package holds more than ${PACKAGE_LIMITS.files} files.`);
    if (!isSafePath(file.name)) throw refusePackage('PACKAGE_UNSAFE_PATH', `The package names a file outside itself ("${file.name.slice(0, 100)}").`);
    if (file.originalSize > PACKAGE_LIMITS.fileBytes || unpacked > PACKAGE_LIMITS.unpackedBytes) {
      throw refusePackage('PACKAGE_EXPANDS_TOO_FAR', `Unpacked, the package would exceed ${PACKAGE_LIMITS.fileBytes / 1024 / 1024} MB for one file or ${PACKAGE_LIMITS.unpackedBytes / 1024 / 1024} MB in all.`);
    }
    return /\.xml$/i.test(file.name);
  };
  try {
    return unzipSync(bytes, { filter: accept });
  } catch (error) {
    if (error instanceof PlatformError) throw error;
    throw refusePackage('PACKAGE_NOT_A_ZIP', 'The zip archive could not be read; it may be damaged or use a compression other than deflate.');
  }
}

/** Parses one XML file of the package; DTDs, and so entity declarations of any kind, are refused before parsing. */
export function parseXml(file: string, bytes: Uint8Array): Element {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refusePackage('PACKAGE_XML_MALFORMED', `${file} is not UTF-8 text.`);
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw refusePackage('PACKAGE_XML_DOCTYPE', `${file} declares a DTD or entities; QTI 3.0 files need neither, and they are refused.`);
  }
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
    const root = parser.parseFromString(text, 'text/xml').documentElement;
    if (!root) throw new Error('no root element');
    return root;
  } catch (error) {
    const detail = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    throw refusePackage('PACKAGE_XML_MALFORMED', `${file} is not well-formed XML (${detail}).`);
  }
}

function citationsOf(resource: Element): ItemCitations {
  const citations: ItemCitations = { passageAnchor: null, referenceKeys: [] };
  for (const identifier of descendants(resource).filter((element) => element.localName === 'identifier')) {
    const part = (name: string) => (childElements(identifier).find((child) => child.localName === name)?.textContent ?? '').trim();
    const [catalog, entry] = [part('catalog'), part('entry')];
    if (entry === '') continue;
    if (catalog === PASSAGE_CATALOG) citations.passageAnchor ??= entry;
    if (catalog === REFERENCE_CATALOG) citations.referenceKeys.push(entry);
  }
  return citations;
}

/** Unpacks a QTI 3.0 content package and reads its manifest's item resources, in the manifest's order. */
export function readQtiPackage(bytes: Uint8Array): ReadPackage {
  const files = unpack(bytes);
  if (!files['imsmanifest.xml']) throw refusePackage('PACKAGE_NO_MANIFEST', 'The package has no imsmanifest.xml at its top.');
  const manifest = parseXml('imsmanifest.xml', files['imsmanifest.xml']);
  if (manifest.localName !== 'manifest') throw refusePackage('PACKAGE_NO_MANIFEST', 'imsmanifest.xml is not a content package manifest.');
  const resources = descendants(manifest).filter((element) => element.localName === 'resource');
  const itemResources = resources.filter((resource) => resource.getAttribute('type') === ITEM_RESOURCE_TYPE);
  if (itemResources.length === 0) throw refusePackage('PACKAGE_NO_ITEMS', 'The manifest lists no QTI 3.0 items (resources of type imsqti_item_xmlv3p0).');
  if (itemResources.length > PACKAGE_LIMITS.items) throw refusePackage('PACKAGE_TOO_MANY_ITEMS', `The manifest lists more than ${PACKAGE_LIMITS.items} items; split the package.`);
  const otherResources = resources
    .map((resource) => ({ resource: resource.getAttribute('identifier') ?? '', type: resource.getAttribute('type') ?? '' }))
    .filter(({ type }) => type.startsWith('imsqti_') && type !== ITEM_RESOURCE_TYPE && !type.startsWith('imsqti_test_'));
  return { items: itemResources.map((resource) => packagedItem(resource, files)), otherResources };
}

function packagedItem(resource: Element, files: Record<string, Uint8Array>): PackagedItem {
  const identifier = resource.getAttribute('identifier') ?? '';
  const href = (resource.getAttribute('href') ?? '').trim();
  const file = posix.normalize(href);
  const item = { resource: identifier, file: href, root: null, citations: citationsOf(resource) };
  if (href === '') return { ...item, problem: 'Its manifest entry names no file.' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return { ...item, problem: `Its file is outside the package (${href.slice(0, 100)}).` };
  if (!isSafePath(file)) throw refusePackage('PACKAGE_UNSAFE_PATH', `The manifest names a file outside the package ("${href.slice(0, 100)}").`);
  if (!files[file]) return { ...item, problem: `Its file ${href} is not in the package.` };
  return { ...item, root: parseXml(file, files[file]), problem: null };
}
