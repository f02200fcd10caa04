import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Compresses answers of 1 KiB or more that the browser accepts compressed (brotli at a quality
 * quick enough per request, or gzip): GraphQL's JSON, CSV downloads, index.html. Files the build
 * already compressed, and answers that are compressed formats themselves (PDF, images), go as they are.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: '1kb' });
}
