import { existsSync } from 'node:fs';
import * as path from 'node:path';
import express, { type Express } from 'express';

// The pages /reports/..., /certificates/... and /transcript stay the web app's; only the files under them are the API's.
const API_PATHS =
  /^\/((graphql|health|metrics|credentials|\.well-known)(\/|$)|reports\/.+\.csv$|certificates\/[^/]+\/(certificate\.pdf|credential\.json)$|transcript\.pdf$)/;

/**
 * Serves the built web app from the API's own port: hashed assets are cached for a year, and
 * every other page address gets index.html so the app's router can show it.
 */
export function serveWebApp(server: Express, webRoot: string): void {
  const indexFile = path.join(webRoot, 'index.html');
  server.use('/assets', express.static(path.join(webRoot, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  server.use(express.static(webRoot, { index: false }));
  server.use((request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(request.path)) return next();
    if (!existsSync(indexFile)) {
      response.status(503).type('text').send('The web app is not built yet: run npm run build.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}
