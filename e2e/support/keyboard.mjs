// Moving through a page with Tab and Shift+Tab, as someone without a mouse does, checking that each
// place focus lands shows a focus ring.
import assert from 'node:assert/strict';

/**
 * Runs in the page. With 'focused': the tab stop keyboard focus is on, or null when focus has left
 * the page's controls. With 'controls': every tab stop the page offers, in document order.
 */
function readTabStops(what) {
  const registry = (window.__tabStops ??= { numbers: new WeakMap(), count: 0 });
  // A radio group, a toolbar and a tab list are one stop each: Tab enters them once, arrow keys move
  // inside. A button beside a combobox or a search field, out of the tab order, is for a pointer: the
  // keyboard opens the list from the field with the arrow keys, and Escape clears the search.
  const stopOf = (element) => {
    const composite = element.closest('[role="radiogroup"], [role="toolbar"], [role="tablist"]');
    const field = element.localName === 'button' && element.tabIndex < 0 && element.parentElement?.querySelector('[role="combobox"], input[type="search"]');
    return composite ?? (field || element);
  };
  const textOf = (element) => {
    const labelledBy = element
      .getAttribute('aria-labelledby')
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const text = element.getAttribute('aria-label') || labelledBy || element.labels?.[0]?.textContent || element.textContent;
    return text.replace(/\s+/g, ' ').trim().slice(0, 60);
  };
  const describe = (element) => {
    const stop = stopOf(element);
    if (!registry.numbers.has(stop)) registry.numbers.set(stop, ++registry.count);
    const kind = stop.getAttribute('role') ?? (stop.localName === 'input' ? `input[${stop.type}]` : stop.localName);
    return `${kind} “${textOf(stop)}” #${registry.numbers.get(stop)}`;
  };
  const drawsOutline = (element) => {
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
  };
  const ancestorsOf = (element) => {
    const ancestors = [];
    for (let around = element.parentElement; around && around !== document.body; around = around.parentElement) ancestors.push(around);
    return ancestors;
  };
  // Visually hidden: clipped to a pixel by itself or by what holds it, as react-aria hides a styled choice's input.
  const isHidden = (element) =>
    [element, ...ancestorsOf(element)].some((part) => {
      const box = part.getBoundingClientRect();
      const style = getComputedStyle(part);
      return (box.width <= 1 || box.height <= 1) && (style.overflow !== 'visible' || style.clipPath !== 'none');
    });
  // A ring on the element itself, or an outline around it: a styled radio or checkbox hides its input
  // and rings what its label shows, and a course card rings the whole card around its one link.
  const showsRing = (element) => {
    if (!isHidden(element) && (drawsOutline(element) || getComputedStyle(element).boxShadow !== 'none')) return true;
    const label = element.closest('label');
    const shown = isHidden(element) && label ? [...label.querySelectorAll('*')] : [];
    return [...shown, ...ancestorsOf(element)].filter((part) => !isHidden(part)).some(drawsOutline);
  };

  if (what === 'focused') {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    return { stop: describe(element), ring: showsRing(element) };
  }
  // A control taken out of the tab order still counts, as Tab skipping it is what is being looked for,
  // unless it is visually hidden too: that is for a screen reader's cursor, as a dialog's Dismiss button.
  const interactive = 'a[href], button, input, select, textarea, summary';
  const controls = [...document.querySelectorAll(`${interactive}, [tabindex]`)].filter(
    (element) =>
      (element.tabIndex >= 0 || (element.matches(interactive) && !isHidden(element))) &&
      !element.disabled &&
      !element.closest('[inert], [aria-hidden="true"]') &&
      element.checkVisibility(),
  );
  return [...new Set(controls.map(describe))];
}

function focusedStop(page) {
  return page.evaluate(readTabStops, 'focused');
}

/** Every control a keyboard should reach, radio groups, toolbars and tab lists counted once, top to bottom. */
function tabStopsOf(page) {
  return page.evaluate(readTabStops, 'controls');
}

/** One press of Tab or Shift+Tab; wherever focus lands must show it. Gives the stop, or null off the page. */
async function step(page, key) {
  await page.keyboard.press(key);
  const landed = await focusedStop(page);
  if (landed) assert.ok(landed.ring, `${landed.stop} has keyboard focus but no visible focus ring`);
  return landed?.stop ?? null;
}

/** Presses `key` until `target` (or a control inside it) has focus, failing if it never does. */
export async function pressUntilFocused(page, target, key = 'Tab', limit = 60) {
  // Pressing before the page shows the target would race the focus its arrival moves.
  await target.waitFor();
  const passed = [];
  for (let presses = 0; presses < limit; presses++) {
    passed.push(await step(page, key));
    if (await target.evaluate((element) => element.contains(document.activeElement))) return;
  }
  assert.fail(`${key} never reached ${target}; it went through ${passed.join(', ')}`);
}

/**
 * The stops `key` (Tab or Shift+Tab) goes through from `first` round to `first` again, off-page moments
 * left out. Not coming round within `limit` presses means focus is trapped somewhere on the way.
 */
async function walkRound(page, key, first, limit) {
  const passed = [];
  let round = null;
  for (let presses = 0; presses < limit; presses++) {
    const stop = await step(page, key);
    if (stop === null) continue;
    passed.push(stop);
    if (stop === first && round) return round;
    if (stop === first) round = [];
    round?.push(stop);
  }
  assert.fail(`${key} did not go round the page from ${first} within ${limit} presses; it went through ${passed.slice(-12).join(', ')}`);
}

/**
 * Tab reaches every control of the page once, top to bottom, and Shift+Tab the same controls bottom
 * to top, each showing where focus is: none is skipped and none keeps focus from moving on.
 */
export async function checkTabOrder(page, limit = 150) {
  const controls = await tabStopsOf(page);
  assert.deepEqual(await walkRound(page, 'Tab', controls[0], limit), controls, 'Tab goes through every control in order');
  const backwards = controls.toReversed();
  assert.deepEqual(await walkRound(page, 'Shift+Tab', backwards[0], limit), backwards, 'Shift+Tab goes back through them');
}
