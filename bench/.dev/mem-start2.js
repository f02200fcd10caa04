const mb = (b) => Math.round(b / 1048576);
let peak = 0;
const show = (tag) => { const m = process.memoryUsage(); peak = Math.max(peak, m.rss); console.log(tag.padEnd(24), 'rss', mb(m.rss), 'heapTotal', mb(m.heapTotal), 'used', mb(m.heapUsed), 'ext', mb(m.external)); };
require('reflect-metadata');
const core = require('@nestjs/core');
const origCreate = core.NestFactory.create.bind(core.NestFactory);
core.NestFactory.create = async (...a) => { show('before NestFactory.create'); const app = await origCreate(...a); show('after NestFactory.create'); const init = app.init.bind(app); app.init = async () => { show('before init'); const r = await init(); show('after init'); return r; }; return app; };
const { readConfig } = require('../../apps/api/dist/config/app-config');
const { startPlatform } = require('../../apps/api/dist/platform');
(async () => {
  const p = await startPlatform(readConfig({ ...process.env }));
  show('ready');
  const fs = require('fs');
  const maps = fs.readFileSync('/proc/self/smaps', 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/);
  const rows = maps.map((m) => { const head = m.split('\n')[0]; const rss = Number((m.match(/^Rss:\s+(\d+)/m) || [0, 0])[1]); return [rss, head.slice(0, 120)]; }).sort((a, b) => b[0] - a[0]).slice(0, 15);
  for (const [rss, head] of rows) console.log(String(Math.round(rss / 1024)).padStart(5), 'MB', head);
  p.stop().then(() => process.exit(0));
})();
