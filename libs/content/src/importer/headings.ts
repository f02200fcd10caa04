import type { ArticleLine } from './article-lines';

const maxHeadingWords = 10;
const maxHeadingLength = 80;

/** Short, capitalised, and not ending like a sentence; a question such as "Any risks?" counts. */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(/\s+/).length;
  return (
    words <= maxHeadingWords &&
    text.length <= maxHeadingLength &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    (text.endsWith('?') || !/[.!:;,…]$/.test(text))
  );
}

/** A heading also needs body text after it; a short last line or a run of short lines is text. */
export function isHeadingAt(lines: ArticleLine[], index: number): boolean {
  const next = lines[index + 1];
  return looksLikeHeading(lines[index].text) && next !== undefined && !looksLikeHeading(next.text);
}
