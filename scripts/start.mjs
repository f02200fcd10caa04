// `npm start`: build whatever is missing or older than its sources, then run the API, which
// serves the web app, /graphql and /health on one port.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const workspaces = [
  { name: '@ptp/content', dir: 'libs/content', inputs: ['src', 'package.json', 'tsconfig.json'], output: 'dist' },
  { name: '@ptp/api', dir: 'apps/api', inputs: ['src', 'package.json', 'tsconfig.json'], output: 'dist' },
  { name: '@ptp/web', dir: 'apps/web', inputs: ['src', 'index.html', 'public', 'vite.config.ts', 'package.json'], output: 'dist' },
];

function newestModification(target, skip = () => false) {
  if (!existsSync(target) || skip(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestModification(path.join(target, entry), skip)),
    stats.mtimeMs,
  );
}

const isTest = (file) => /\.(spec|e2e-spec|test)\.tsx?$/.test(file) || file.endsWith(`${path.sep}testing`);

for (const workspace of workspaces) {
  const dir = path.join(root, workspace.dir);
  const built = newestModification(path.join(dir, workspace.output));
  const changed = Math.max(...workspace.inputs.map((input) => newestModification(path.join(dir, input), isTest)));
  if (built > 0 && built >= changed) continue;
  console.log(`Building ${workspace.dir}...`);
  const result = spawnSync('npm', ['run', 'build', '--workspace', workspace.name, '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Cannot start: building ${workspace.dir} failed (see above).`);
    process.exit(1);
  }
}

process.env.SEED_DEMO ??= 'true';
await import(pathToFileURL(path.join(root, 'apps/api/dist/main.js')).href);
