import * as path from 'node:path';
import type { ContentProblem } from './model';

export function problem(file: string, line: number, message: string): ContentProblem {
  return { file, line, message };
}

/** `file:line: message`, with the file relative to the working directory, as editors expect. */
export function formatProblem(p: ContentProblem): string {
  const file = path.relative(process.cwd(), p.file) || p.file;
  return `${file}:${p.line}: ${p.message}`;
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export interface KeyedLine {
  key: string;
  file: string;
  line: number;
}

/** One problem per repeat of a key, pointing back at its first use. */
export function duplicateProblems(entries: KeyedLine[], what: string): ContentProblem[] {
  const firsts = new Map<string, KeyedLine>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const first = firsts.get(entry.key);
    if (!first) {
      firsts.set(entry.key, entry);
      continue;
    }
    const where = first.file === entry.file ? `line ${first.line}` : `${path.basename(first.file)}:${first.line}`;
    problems.push(problem(entry.file, entry.line, `duplicate ${what} "${entry.key}" (first at ${where})`));
  }
  return problems;
}
