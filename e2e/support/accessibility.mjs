import assert from 'node:assert/strict';
import axe from 'axe-core';

// WCAG 2.0 and 2.1 at levels A and AA, and Deque's best practices (landmarks, headings, nesting).
const standards = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
// False positive: react-aria's announcer keeps a spent message 7 s, and one naming a removed button looks unnamed.
const context = { exclude: [['[data-live-announcer]']] };
// What keeps someone from using the page; moderate and minor findings are left to a person's judgement.
const blocking = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page as it is now, dialogs and all, and fails on any serious or critical
 * violation, naming the rule, its impact, what it asks for and each element that breaks it.
 */
export async function checkAccessibility(page, name) {
  // A single-page app keeps its window across its own navigations, so axe is injected once per load.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { violations } = await page.evaluate(
    ({ context, values }) => window.axe.run(context, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
    { context, values: standards },
  );
  const serious = violations.filter((violation) => blocking.has(violation.impact));
  if (serious.length === 0) return;
  assert.fail(`${name}: ${serious.length} serious or critical accessibility violations\n${serious.map(describe).join('\n')}`);
}

function describe({ id, impact, help, nodes }) {
  const elements = nodes.map(({ target, failureSummary }) => {
    const reason = failureSummary
      ?.split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('Fix '))
      .join('; ');
    return `    ${target.join(' ')}${reason ? ` — ${reason}` : ''}`;
  });
  return `  ${id} (${impact}): ${help}\n${elements.join('\n')}`;
}
