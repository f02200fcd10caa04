/** One non-blank line of a plain-text article; each is a heading or a paragraph. */
export interface ArticleLine {
  line: number;
  text: string;
}

export function readArticleLines(article: string): ArticleLine[] {
  return article
    .split(/\r?\n/)
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter((entry) => entry.text.length > 0);
}
