/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, waitFor } from '@testing-library/react';
import { transform } from 'lightningcss';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, stubClient } from './test/render-page';

const src = dirname(fileURLToPath(import.meta.url));
const areas = readdirSync(join(src, 'routes'));

interface StyleRule {
  sheet: string;
  selector: string;
}

function sheetsIn(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(folder, name));
}

/** Splits `a, :is(b, c)` at its top-level commas only. */
function splitSelectorList(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  [...list].forEach((character, index) => {
    if ('([{'.includes(character)) depth += 1;
    else if (')]}'.includes(character)) depth -= 1;
    else if (character === ',' && depth === 0) {
      selectors.push(list.slice(start, index));
      start = index + 1;
    }
  });
  return [...selectors, list.slice(start)].map((selector) => selector.trim());
}

/** Every selector of a sheet as a browser without CSS nesting would read it. */
function rulesOf(sheet: string): StyleRule[] {
  const { code } = transform({
    filename: sheet,
    code: readFileSync(join(src, sheet)),
    // A browser without nesting: every nested rule is written out in full.
    targets: { chrome: 100 << 16 },
  });
  const headers = [...code.toString().matchAll(/(?:^|[;{}])\s*([^\s;{}@][^;{}]*)\{/g)];
  return headers.flatMap(([, header]) => splitSelectorList(header as string).map((selector) => ({ sheet, selector })));
}

const areaScope = (area: string) => `:where([data-area="${area}"])`;
const areaRules = areas.flatMap((area) => sheetsIn(`routes/${area}`)).flatMap(rulesOf);
const sharedRules = ['app', 'ui'].flatMap(sheetsIn).flatMap(rulesOf);

function areaRulesStyling(element: Element): StyleRule[] {
  return areaRules.filter(({ selector }) => {
    try {
      return element.matches(selector);
    } catch {
      // Pseudo-elements such as ::marker, which jsdom cannot match, style no element itself.
      return false;
    }
  });
}

describe('style sheets and the pages they reach', () => {
  afterEach(() => {
    document.body.replaceChildren();
    delete document.body.dataset.area;
  });

  it('reads every sheet it judges', () => {
    expect(areaRules.filter(({ sheet }) => sheet === 'routes/verify/verify.css').length).toBeGreaterThan(20);
    expect(sharedRules.filter(({ sheet }) => sheet === 'ui/controls.css').length).toBeGreaterThan(20);
  });

  it("scopes every rule of an area's sheet to the pages of that area", () => {
    const unscoped = areaRules.filter(({ sheet, selector }) => !selector.startsWith(areaScope(sheet.split('/')[1] as string)));
    expect(unscoped).toEqual([]);
  });

  it('gives each shared class one sheet that defines it', () => {
    const owners = new Map<string, Set<string>>();
    for (const { sheet, selector } of sharedRules) {
      const owned = /^\.([\w-]+)/.exec(selector)?.[1];
      if (owned) owners.set(owned, (owners.get(owned) ?? new Set()).add(sheet));
    }
    const claimedTwice = [...owners].filter(([, sheets]) => sheets.size > 1).map(([name, sheets]) => `${name}: ${[...sheets].join(', ')}`);
    expect(claimedTwice).toEqual([]);
  });

  it("styles a quiz's verdict pill and a certificate check's verdict card each by its own page's rules", () => {
    const verdict = document.createElement('p');
    verdict.className = 'verdict verdict--valid verdict--correct';
    document.body.append(verdict);

    document.body.dataset.area = 'quiz';
    expect(new Set(areaRulesStyling(verdict).map(({ sheet }) => sheet))).toEqual(new Set(['routes/quiz/quiz.css']));

    document.body.dataset.area = 'verify';
    expect(new Set(areaRulesStyling(verdict).map(({ sheet }) => sheet))).toEqual(new Set(['routes/verify/verify.css']));
  });

  it("marks the shown page's area, so that area's sheet applies there and nowhere else", async () => {
    const { router } = renderPage('/verify', stubClient('loading'));
    await waitFor(() => expect(document.body.dataset.area).toBe('verify'));

    await act(() => router.navigate('/'));
    await waitFor(() => expect(document.body.dataset.area).toBe('learn'));
  });
});
