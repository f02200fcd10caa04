import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

/** The operations graphql-codegen persisted, beside index.html, where the API reads which ids it may run over GET. */
function persistedOperations(): Plugin {
  return {
    name: 'persisted-operations',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'persisted-operations.json', source: readFileSync('src/gql/persisted-documents.json', 'utf8') });
    },
  };
}

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    persistedOperations(),
    earlyScriptFirst(),
    // Each text file is also written as .br and .gz, so the API sends them compressed at no cost per request.
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css|html|svg|json|webmanifest|txt)$/ }),
  ],
  server: {
    // CSV downloads are the API's; the report pages beside them under /reports are the app's.
    proxy: {
      '/graphql': api,
      '/health': api,
      '^/reports/.*\\.csv$': api,
      // Certificate files are the API's; every other address under /certificates is the app's.
      '^/certificates/[^/]+/(certificate\\.pdf|credential\\.json)$': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The service worker reads which files the app has, to keep them all for offline use.
    manifest: 'asset-manifest.json',
    // src/early.ts is an entry of its own, so that it runs before the app has loaded (app/early-answers.ts).
    rollupOptions: { input: { index: 'index.html', early: 'src/early.ts' } },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
  },
});

/** Puts the early entry's script, with its imports as module preloads, ahead of the app's in index.html. */
function earlyScriptFirst(): Plugin {
  return {
    name: 'early-script-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const early = Object.values(bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'early');
        if (early?.type !== 'chunk') throw new Error('The build has no early entry.');
        const tags = [
          `<script type="module" crossorigin src="/${early.fileName}"></script>`,
          ...early.imports.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
        ];
        return html.replace('<script type="module"', `${tags.join('\n    ')}\n    <script type="module"`);
      },
    },
  };
}
