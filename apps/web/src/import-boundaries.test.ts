/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));
const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

interface Import {
  file: string;
  target: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(tsx?|css)$/.test(name))
    .map((name) => join(folder, name));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(importPattern)].map(([, specifier]) => ({
    file,
    target: relative(src, resolve(src, dirname(file), specifier as string)),
  }));
}

/** `routes/quiz/QuizPage.tsx` -> `routes/quiz`; `ui/Day.tsx` -> `ui`. */
function placeOf(file: string): string {
  const [top, area] = file.split('/');
  return top === 'routes' ? `routes/${area}` : (top as string);
}

const imports = ['app', 'routes', 'ui', 'paths', 'test'].flatMap(sourceFiles).flatMap(importsOf);
const describeImport = ({ file, target }: Import) => `${file} imports ${target}`;

describe('who may import whom in the web app', () => {
  it('reads the imports it judges, including the shell loading every area', () => {
    const areasRouted = imports.filter(({ file, target }) => file === 'app/app-routes.tsx' && target.startsWith('routes/'));
    expect(areasRouted.length).toBeGreaterThanOrEqual(8);
  });

  it('keeps each route area to its own files: what two areas share lives in ui/ or paths/', () => {
    const crossings = imports.filter(({ file, target }) => {
      const from = placeOf(file);
      const to = placeOf(target);
      return from.startsWith('routes/') && to.startsWith('routes/') && from !== to;
    });
    expect(crossings.map(describeImport)).toEqual([]);
  });

  it('keeps shared widgets and page addresses free of the shell and of every area', () => {
    const reachingUp = imports.filter(
      ({ file, target }) => ['ui', 'paths'].includes(placeOf(file)) && ['app', 'routes'].includes(target.split('/')[0] as string),
    );
    expect(reachingUp.map(describeImport)).toEqual([]);
  });
});
