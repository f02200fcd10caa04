import MarkdownIt from 'markdown-it';
import { findCitations, type Citation } from '../citations';
import type { ContentProblem, LessonDefinition } from '../model';
import { duplicateProblems, problem } from '../problems';
import { slugPattern, slugRule } from '../slugs';

const markdown = new MarkdownIt({ html: true });
const lessonHeading = /^(.*?)\s*\{#([^}]*)\}$/;

export interface Lessons {
  lessons: LessonDefinition[];
  citations: Citation[];
  problems: ContentProblem[];
}

interface LessonStart {
  title: string;
  slug: string;
  /** Index into the body of the heading line. */
  index: number;
}

/** Splits a module body into lessons at its top-level `## Title {#slug}` headings. */
export function readLessons(file: string, body: string[], firstLine: number): Lessons {
  const tokens = markdown.parse(body.join('\n'), {});
  const problems = rawHtmlProblems(file, tokens, body, firstLine);
  const starts: LessonStart[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' || token.tag !== 'h2' || token.level !== 0 || !token.map) return;
    const index = token.map[0];
    const heading = lessonHeading.exec(tokens[i + 1].content.trim());
    if (!heading) problems.push(problem(file, firstLine + index, 'a lesson heading needs a slug: ## Title {#lesson-slug}'));
    else if (!slugPattern.test(heading[2])) problems.push(problem(file, firstLine + index, `lesson slug "${heading[2]}": ${slugRule}`));
    else starts.push({ title: heading[1], slug: heading[2], index });
  });

  const preamble = body.slice(0, starts[0]?.index ?? body.length).findIndex((line) => line.trim());
  if (preamble >= 0) {
    problems.push(problem(file, firstLine + preamble, 'text before the first lesson: start each lesson with ## Title {#lesson-slug}'));
  }
  if (starts.length === 0) problems.push(problem(file, firstLine, 'a module needs at least one lesson: ## Title {#lesson-slug}'));
  problems.push(...duplicateProblems(starts.map((s) => ({ key: s.slug, file, line: firstLine + s.index })), 'lesson slug'));

  const citations: Citation[] = [];
  const lessons = starts.map((start, position) => {
    const end = starts[position + 1]?.index ?? body.length;
    const lines = body.slice(start.index + 1, end);
    const found = findCitations(file, lines, firstLine + start.index + 1);
    citations.push(...found.citations);
    problems.push(...found.problems);
    const text = lines.join('\n').trim();
    if (!text) problems.push(problem(file, firstLine + start.index, `lesson ${start.slug} has no text`));
    const passageAnchors = [...new Set(found.citations.map((c) => c.anchor))];
    return { slug: start.slug, title: start.title, position: position + 1, markdown: text, passageAnchors };
  });
  return { lessons, citations, problems };
}

function rawHtmlProblems(file: string, tokens: MarkdownIt.Token[], body: string[], firstLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (index: number, html: string) =>
    problems.push(problem(file, firstLine + index, `raw HTML is not allowed in lessons: ${html.trim().split('\n')[0]}`));
  for (const token of tokens) {
    if (token.type === 'html_block' && token.map) report(token.map[0], token.content);
    if (token.type !== 'inline' || !token.map) continue;
    for (const child of token.children ?? []) {
      if (child.type !== 'html_inline') continue;
      const [from, to] = token.map;
      const offset = body.slice(from, to).findIndex((line) => line.includes(child.content));
      report(from + Math.max(offset, 0), child.content);
    }
  }
  return problems;
}
