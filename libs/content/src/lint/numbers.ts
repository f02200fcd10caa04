const citation = /\[(?:§|ref:)[^\]]*\]/g;
/**
 * A figure: 155, 4.3, 1,000. Digits that are part of a name (ICHD-3, PREEMPT 2 is still a figure)
 * are skipped when a letter, or a letter and a hyphen, come right before them.
 */
const figure = /(?<![\p{L}\d.,])(?<!\p{L}[-‐])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)/gu;

/** Citations removed, so the digits of `[§section-2]` or `[ref:smith-2019]` are not read as figures. */
export function withoutCitations(text: string): string {
  return text.replace(citation, ' ');
}

/** The figures in a text, as numbers, in order. */
export function numbersIn(text: string): number[] {
  return [...withoutCitations(text).matchAll(figure)].map((match) => Number(match[0].replace(/,/g, '')));
}

export function describeNumbers(numbers: number[]): string {
  return [...new Set(numbers)].join(', ');
}
