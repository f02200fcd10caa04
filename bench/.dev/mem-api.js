require('reflect-metadata');
const { readConfig } = require('../../apps/api/dist/config/app-config');
const { startPlatform } = require('../../apps/api/dist/platform');
(async () => {
  const p = await startPlatform(readConfig({ ...process.env }));
  const mb = (b) => Math.round(b / 1048576);
  const show = (tag) => { const m = process.memoryUsage(); const h = require('v8').getHeapSpaceStatistics().map(s => `${s.space_name.replace('_space','')}:${mb(s.space_size)}/${mb(s.space_used_size)}`).join(' '); console.log(tag, 'rss', mb(m.rss), 'heapTotal', mb(m.heapTotal), 'used', mb(m.heapUsed), 'ext', mb(m.external), 'ab', mb(m.arrayBuffers), '|', h); };
  show('ready');
  setInterval(() => { show('tick'); if (global.gc) { global.gc(); show('after gc'); } }, 4000);
  process.on('SIGTERM', async () => { show('stopping'); await p.stop(); show('stopped'); process.exit(0); });
})();
