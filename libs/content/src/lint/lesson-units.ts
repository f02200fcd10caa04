import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt();
const sentenceEnd = /(?<=[.!?])\s+(?=[\p{Lu}\d[*_(])/u;
const leadingCitations = /^(?:\s*\[(?:§|ref:)[^\]]*\])+/;

/** A sentence, or a whole list item: the unit a citation covers. */
export interface LessonUnit {
  text: string;
  line: number;
}

/** Whether the sentence or list item carries a `[ref:id]`, so its claims say where they come from. */
export function citesReference(unit: LessonUnit): boolean {
  return /\[ref:[^\]]+\]/.test(unit.text);
}

/** The sentences and list items of a lesson's Markdown, each with its file line. */
export function lessonUnits(lessonMarkdown: string, firstLine: number): LessonUnit[] {
  const tokens = markdown.parse(lessonMarkdown, {});
  const units: LessonUnit[] = [];
  let listDepth = 0;
  for (const token of tokens) {
    if (token.type === 'list_item_open') listDepth++;
    if (token.type === 'list_item_close') listDepth--;
    if (token.type !== 'inline' || !token.map) continue;
    const line = firstLine + token.map[0];
    if (listDepth > 0) units.push({ text: token.content, line });
    else units.push(...sentencesOf(token.content, line));
  }
  return units;
}

/** Splits at sentence ends; citations written after a full stop stay with the sentence before. */
function sentencesOf(paragraph: string, firstLine: number): LessonUnit[] {
  const sentences: LessonUnit[] = [];
  let offset = 0;
  for (const piece of paragraph.split(sentenceEnd)) {
    const start = paragraph.indexOf(piece, offset);
    offset = start + piece.length;
    const carried = leadingCitations.exec(piece)?.[0] ?? '';
    const previous = sentences[sentences.length - 1];
    if (carried && previous) previous.text += ` ${carried.trim()}`;
    const text = piece.slice(previous ? carried.length : 0).trim();
    if (!text) continue;
    const line = firstLine + (paragraph.slice(0, start + (previous ? carried.length : 0)).match(/\n/g)?.length ?? 0);
    sentences.push({ text, line });
  }
  return sentences;
}
