// Start-up on data already there, and what a learner's browser downloads before the first page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, root } from '../platform.mjs';

/** Stops the platform and starts it again on the same data directory and port: the time until /health answers. */
export async function restart(platform, env) {
  await platform.stop();
  return launch({ env: { ...env, PORT: String(platform.port) } });
}

/** The JavaScript index.html loads before anything renders: its module script and every modulepreload, gzipped as served. */
export async function firstPageJavaScript(webRoot = path.join(root, 'apps/web/dist')) {
  const html = await readFile(path.join(webRoot, 'index.html'), 'utf8').catch(() => {
    throw new Error(`${webRoot}/index.html is missing: build the web app first (npm run build).`);
  });
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files = tags
    .filter((tag) => tag.startsWith('<script') || /\brel="modulepreload"/.test(tag))
    .map((tag) => tag.match(/\b(?:src|href)="([^"]+\.js)"/)?.[1])
    .filter(Boolean);
  const sizes = await Promise.all(
    files.map(async (file) => ({ file, gzipBytes: gzipSync(await readFile(path.join(webRoot, file))).length })),
  );
  return { files: sizes, kilobytes: sizes.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) / 1024 };
}
