import { callToAction } from '../promotional-phrases';
import type { ArticleLine } from './article-lines';

export interface Advertisement {
  lines: ArticleLine[];
  reason: string;
}

const authorBox = /^(about the author|about us|author bio(graphy)?)\b/i;
/** A web page's own calls to action (sign up, subscribe); the sales ones are shared with the lesson rules. */
const pagePromotion = new RegExp(
  [
    String.raw`\b(get the best|sign up|subscribe|enrol now|enroll now|register now|learn more|with us)\b`,
    String.raw`\b(book (a|an|your)|contact us|call (us|today)|visit (us|our))\b`,
    String.raw`https?://|www\.`,
  ].join('|'),
  'i',
);
/** An author box is a few lines at the very end; the same words earlier are the article's own text. */
const authorBoxMaxLines = 5;

/** The author box or promotional text that ends an article copied from a web page, if any. */
export function findAdvertisement(lines: ArticleLine[]): Advertisement | null {
  const tailStart = Math.max(0, lines.length - authorBoxMaxLines);
  const box = lines.findIndex((entry, index) => index >= tailStart && authorBox.test(entry.text));
  if (box >= 0) {
    return { lines: lines.slice(box), reason: `author box "${lines[box].text}" and what follows` };
  }
  let start = lines.length;
  while (start > 0 && isPromotion(lines[start - 1].text)) start--;
  return start < lines.length ? { lines: lines.slice(start), reason: 'promotional text at the end' } : null;
}

function isPromotion(text: string): boolean {
  return pagePromotion.test(text) || callToAction.test(text);
}
