const mb = (b) => Math.round(b / 1048576);
const show = (tag) => { const m = process.memoryUsage(); console.log(tag.padEnd(20), 'rss', mb(m.rss), 'heapTotal', mb(m.heapTotal), 'used', mb(m.heapUsed), 'ext', mb(m.external)); };
show('boot');
require('reflect-metadata');
const { readConfig } = require('../../apps/api/dist/config/app-config');
const { startPlatform } = require('../../apps/api/dist/platform');
show('required');
const { ContentImportService } = require('../../apps/api/dist/content-import/content-import.service');
const orig = ContentImportService.prototype.importRoot;
ContentImportService.prototype.importRoot = async function (...a) { show('before import'); const r = await orig.apply(this, a); show('after import'); return r; };
const app = require('../../apps/api/dist/app');
const origCreate = app.createApp;
(async () => {
  const p = await startPlatform(readConfig({ ...process.env }));
  show('ready');
  setTimeout(() => { show('ready+2s'); if (global.gc) { global.gc(); show('after gc'); } p.stop().then(() => process.exit(0)); }, 2000);
})();
