import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checkAccessibility } from './accessibility.mjs';
import { checkTabOrder } from './keyboard.mjs';

const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A new tab that records what the page reports as broken: script errors and console errors. */
export async function openPage(browser, viewport) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { page, problems };
}

/** Full-page screenshots for a person to look at; e2e/artifacts/ is git-ignored. */
export async function saveScreenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/**
 * A page of a journey as it stands: a screenshot to look at, axe-core's check, which fails on serious
 * problems, and a pass over it with Tab and Shift+Tab, which must reach every control and show focus.
 */
export async function checkpoint(page, name) {
  await saveScreenshot(page, name);
  await checkAccessibility(page, name);
  await checkTabOrder(page);
}
