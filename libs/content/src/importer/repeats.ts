export type Likeness = 'identical' | 'near-identical';

export interface Resemblance {
  likeness: Likeness;
  /** Jaccard similarity of the word shingles, 0 to 1. */
  similarity: number;
}

const shingleWords = 3;
/** Different paragraphs on one topic share few three-word runs; a copy with a word or two changed shares most. */
const nearIdenticalSimilarity = 0.6;
/** Shingles of a handful of words are too coarse to tell an edit from a different sentence. */
const minimumWordsForNearMatch = 8;

export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `copy` repeats `original`, and how closely; null when it does not. */
export function resemblance(original: string, copy: string): Resemblance | null {
  const a = normaliseText(original);
  const b = normaliseText(copy);
  if (a === b) return { likeness: 'identical', similarity: 1 };
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  if (Math.min(wordsA.length, wordsB.length) < minimumWordsForNearMatch) return null;
  const similarity = jaccard(shingles(wordsA), shingles(wordsB));
  return similarity >= nearIdenticalSimilarity ? { likeness: 'near-identical', similarity } : null;
}

function shingles(words: string[]): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i + shingleWords <= words.length; i++) result.add(words.slice(i, i + shingleWords).join(' '));
  return result;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}
