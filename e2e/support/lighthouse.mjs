// Lighthouse 12 (pinned: 13 needs Node 22) with its mobile defaults: a mid-range phone on
// simulated 4G, throttling applied to one page load traced without throttling (the "simulate"
// method), so a run takes seconds and two cores give stable figures.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Chromium for every audit of a test file; Lighthouse opens a fresh tab for each page. It loads
 * `warmUpUrl` once first: the first load of a new Chromium process runs slower than any after it
 * (its own start-up, not the page's), and would charge that to the first page audited.
 */
export async function launchChromeForLighthouse(warmUpUrl) {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  await lighthouse(warmUpUrl, { port: chrome.port, logLevel: 'error', onlyAudits: ['first-contentful-paint'] });
  return chrome;
}

/**
 * Audits one page load and answers each category's score (0-100) with the paints, in
 * milliseconds. `headers` go with every request of the page (a session cookie, say).
 */
export async function auditPage(chrome, url, headers = {}) {
  const lhr = await audit(chrome, url, headers);
  const score = (category) => Math.round(lhr.categories[category].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    firstContentfulPaint: lhr.audits['first-contentful-paint'].numericValue,
    largestContentfulPaint: lhr.audits['largest-contentful-paint'].numericValue,
    // Search audits pass or fail outright: robots.txt, a description, being allowed in indexes…
    failedSearchAudits: lhr.categories.seo.auditRefs.filter(({ id }) => lhr.audits[id].score === 0).map(({ id }) => id),
    failedAudits: Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
  };
}

// Now and then Chromium's trace misses the start of the load (NO_NAVSTART); a second run has always had it.
async function audit(chrome, url, headers, triesLeft = 2) {
  const options = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, extraHeaders: headers };
  const { lhr } = await lighthouse(url, options);
  if (!lhr.runtimeError) return lhr;
  if (triesLeft > 1) return audit(chrome, url, headers, triesLeft - 1);
  throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
}

/** The audits as a Markdown table, as the issue and the README show them. */
export function auditTable(audits) {
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const rows = audits.map(
    ({ page, performance, accessibility, bestPractices, seo, firstContentfulPaint, largestContentfulPaint }) =>
      `| ${page} | ${performance} | ${accessibility} | ${bestPractices} | ${seo} | ${seconds(firstContentfulPaint)} | ${seconds(largestContentfulPaint)} |`,
  );
  return [
    '| page | performance | accessibility | best practices | SEO | first paint | largest paint |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
