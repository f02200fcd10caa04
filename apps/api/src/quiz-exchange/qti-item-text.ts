import type { Element, Node } from '@xmldom/xmldom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === ELEMENT_NODE;

export function childElements(element: Element): Element[] {
  return Array.from(element.childNodes as unknown as ArrayLike<Node>).filter(isElement);
}

/** Every element below this one, itself excluded, in document order. */
export function descendants(element: Element): Element[] {
  return childElements(element).flatMap((child) => [child, ...descendants(child)]);
}

export function firstChild(element: Element, localName: string): Element | null {
  return childElements(element).find((child) => child.localName === localName) ?? null;
}

export const isInteraction = (element: Element) => /-interaction$/.test(element.localName ?? '');

/** Elements whose content questions here cannot show; a question without them would not be the same question. */
const MEDIA: Record<string, string> = {
  img: 'an image',
  picture: 'an image',
  svg: 'a drawing (SVG)',
  object: 'an embedded object',
  video: 'a video',
  audio: 'a sound',
  iframe: 'an embedded page',
  math: 'a formula (MathML)',
  'qti-printed-variable': 'a value computed when the item is shown',
  'qti-template-inline': 'text that depends on a template variable',
  'qti-template-block': 'text that depends on a template variable',
  'qti-include': 'an included file',
};

/** Feedback tied to particular responses, which the platform's one explanation per question does not hold. */
const FEEDBACK = new Set(['qti-feedback-inline', 'qti-feedback-block']);
const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'br', 'qti-prompt', 'qti-content-body']);

const BLANK = '_____';

export interface ReadText {
  text: string;
  /** What in the text cannot be shown here, such as "an image": the item is not carried over. */
  media: string[];
  /** What was left out or flattened while the item is still carried over. */
  dropped: string[];
}

/**
 * The plain text a learner reads in an element, paragraphs kept apart. Interactions are skipped
 * (their parts are read on their own); feedback is dropped and named; media is named.
 */
export function readText(element: Element, skip: (element: Element) => boolean = () => false): ReadText {
  const read: ReadText = { text: '', media: [], dropped: [] };
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) return void parts.push(node.nodeValue ?? '');
    if (!isElement(node)) return;
    const name = node.localName ?? '';
    // An answer blank inside a sentence stays visible as a gap; one on a line of its own goes.
    if (skip(node)) return void (name === 'qti-text-entry-interaction' && parts.push(BLANK));
    if (MEDIA[name]) return void read.media.push(MEDIA[name]);
    if (FEEDBACK.has(name)) return void read.dropped.push('feedback shown only for particular answers');
    if (name === 'qti-rubric-block') return void read.dropped.push('a rubric block (text for scorers or particular views)');
    if (name === 'table' || name === 'ul' || name === 'ol') read.dropped.push(`the layout of a ${name === 'table' ? 'table' : 'list'}, kept as plain text`);
    if (BLOCKS.has(name)) parts.push('\n\n');
    for (const child of Array.from(node.childNodes as unknown as ArrayLike<Node>)) walk(child);
    if (BLOCKS.has(name)) parts.push('\n\n');
  };
  for (const child of Array.from(element.childNodes as unknown as ArrayLike<Node>)) walk(child);
  read.text = plainText(parts.join(''))
    .split('\n\n')
    .filter((paragraph) => paragraph !== BLANK)
    .join('\n\n');
  return read;
}

/** Runs of spaces and line breaks become one space; paragraph breaks stay as one blank line. */
export function plainText(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
