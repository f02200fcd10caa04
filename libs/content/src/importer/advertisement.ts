import type { ArticleLine } from './article-lines';

export interface Advertisement {
  lines: ArticleLine[];
  reason: string;
}

const authorBox = /^(about the author|about us|author bio(graphy)?)\b/i;
const promotion = new RegExp(
  [
    String.raw`\b(get the best|sign up|subscribe|enrol now|enroll now|register now|learn more|with us)\b`,
    String.raw`\b(book (a|an|your)|contact us|call (us|now|today)|visit (us|our))\b`,
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
  while (start > 0 && promotion.test(lines[start - 1].text)) start--;
  return start < lines.length ? { lines: lines.slice(start), reason: 'promotional text at the end' } : null;
}
