import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
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
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
  },
});
