import MarkdownIt from 'markdown-it';
import { findCitations, firstCited, type Citation, type ReferenceCitation } from '../citations';
import type { ContentProblem, LessonDefinition } from '../model';
import { problem, type KeyedLine } from '../problems';
import { slugPattern, slugRule } from '../slugs';

const markdown = new MarkdownIt({ html: true });
const lessonHeading = /^(.*?)\s*\{#([^}]*)\}$/;
const headingForm = '## Title {#lesson-slug}';

export interface Lessons {
  lessons: LessonDefinition[];
  /** Checked for duplicates across the whole course: lesson addresses are per course. */
  slugs: KeyedLine[];
  /** The file line each lesson's Markdown starts on. */
  firstLines: number[];
  citations: Citation[];
  references: ReferenceCitation[];
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
  const problems: ContentProblem[] = [];
  const report = (index: number, message: string) => problems.push(problem(file, firstLine + index, message));
  const tokens = markdown.parse(body.join('\n'), {});
  reportRawHtml(tokens, body, report);

  const starts: LessonStart[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' || token.tag !== 'h2' || token.level !== 0 || !token.map) return;
    const index = token.map[0];
    const heading = lessonHeading.exec(tokens[i + 1].content.trim());
    if (!heading) report(index, `a lesson heading needs a slug: ${headingForm}`);
    else if (!slugPattern.test(heading[2])) report(index, `lesson slug "${heading[2]}": ${slugRule}`);
    else starts.push({ title: heading[1], slug: heading[2], index });
  });
  const preamble = body.slice(0, starts[0]?.index ?? body.length).findIndex((line) => line.trim());
  if (preamble >= 0) report(preamble, `text before the first lesson: start each lesson with ${headingForm}`);
  if (starts.length === 0) report(0, `a module needs at least one lesson: ${headingForm}`);
  const slugs = starts.map((start) => ({ key: start.slug, file, line: firstLine + start.index }));

  const citations: Citation[] = [];
  const references: ReferenceCitation[] = [];
  const firstLines: number[] = [];
  const lessons = starts.map((start, position) => {
    const lines = body.slice(start.index + 1, starts[position + 1]?.index ?? body.length);
    const found = findCitations(file, lines, firstLine + start.index + 1);
    citations.push(...found.citations);
    references.push(...found.references);
    problems.push(...found.problems);
    const text = lines.join('\n').trim();
    firstLines.push(firstLine + start.index + 1 + Math.max(0, lines.findIndex((line) => line.trim())));
    if (!text) report(start.index, `lesson ${start.slug} has no text`);
    const passageAnchors = firstCited(found.citations.map((c) => c.anchor));
    const referenceIds = firstCited(found.references.map((r) => r.id));
    const lesson = { slug: start.slug, title: start.title, position: position + 1, markdown: text };
    return { ...lesson, passageAnchors, referenceIds };
  });
  return { lessons, slugs, firstLines, citations, references, problems };
}

function reportRawHtml(tokens: MarkdownIt.Token[], body: string[], report: (index: number, message: string) => void) {
  const reportHtml = (index: number, html: string) =>
    report(index, `raw HTML is not allowed in lessons: ${html.trim().split('\n')[0]}`);
  for (const token of tokens) {
    if (token.type === 'html_block' && token.map) reportHtml(token.map[0], token.content);
    if (token.type !== 'inline' || !token.map) continue;
    const [from, to] = token.map;
    for (const child of token.children ?? []) {
      if (child.type !== 'html_inline') continue;
      const offset = body.slice(from, to).findIndex((line) => line.includes(child.content));
      reportHtml(from + Math.max(offset, 0), child.content);
    }
  }
}
