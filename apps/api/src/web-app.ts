import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Express } from 'express';
import servePrecompressed, { type ExpressStaticGzipOptions } from 'express-static-gzip';

const PRECOMPRESSED: ExpressStaticGzipOptions = { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false };

// The pages /reports/..., /certificates/... and /transcript stay the web app's; only the files under them are the API's.
const API_PATHS =
  /^\/((graphql|health|metrics|credentials|\.well-known|auth\/sso|lti)(\/|$)|reports\/.+\.csv$|certificates\/[^/]+\/(certificate\.pdf|credential\.json|open-badge\.json)$|learner-record\.json$|did\.json$|transcript\.pdf$|quizzes\/[^/]+\/qti-package\.zip$)/;

// A certificate's page names its holder, so search engines are asked to leave it out of their indexes.
const CERTIFICATE_PAGE = /^\/verify\/[^/]+/;

/**
 * Serves the built web app from the API's own port: hashed assets are cached for a year, and
 * every other page address gets index.html so the app's router can show it. The build writes a
 * brotli and a gzip copy beside each text file; the copy the browser accepts is sent, and the
 * plain file to a browser that accepts neither.
 */
export function serveWebApp(server: Express, webRoot: string): void {
  const indexFile = path.join(webRoot, 'index.html');
  server.use(
    '/assets',
    servePrecompressed(path.join(webRoot, 'assets'), { ...PRECOMPRESSED, serveStatic: { immutable: true, maxAge: '365d', index: false } }),
  );
  server.use(servePrecompressed(webRoot, PRECOMPRESSED));
  server.use((request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(request.path)) return next();
    if (!existsSync(indexFile)) {
      response.status(503).type('text').send('The web app is not built yet: run npm run build.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    if (CERTIFICATE_PAGE.test(request.path)) response.setHeader('X-Robots-Tag', 'noindex');
    response.sendFile(indexFile);
  });
}
