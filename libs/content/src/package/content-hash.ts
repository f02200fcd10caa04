import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reviewedCitationsFile } from '../reviews/reviewed-citations-file';
import { listPackageFiles } from './package-files';

/**
 * sha256 over each file's relative path and bytes, in path order, so an unchanged package hashes the
 * same. The record of reviewed citations is left out: recording a review changes no lesson or
 * question, so it makes no new course version (the importer reads the record on every start).
 */
export function contentHash(courseDir: string): string {
  const hash = createHash('sha256');
  for (const relative of listPackageFiles(courseDir).filter((file) => file !== reviewedCitationsFile)) {
    const bytes = fs.readFileSync(path.join(courseDir, relative));
    // Lengths keep the path/bytes boundaries unambiguous.
    hash.update(`${relative}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
