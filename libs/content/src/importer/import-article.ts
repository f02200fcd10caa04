import { toSlug } from '../slugs';
import { findAdvertisement, type Advertisement } from './advertisement';
import { readArticleLines, type ArticleLine } from './article-lines';
import { isHeadingAt } from './headings';
import { groupListItems } from './lists';
import { normaliseText, resemblance, type Likeness } from './repeats';

export interface ImportedPassage {
  anchor: string;
  line: number;
  /** A lead-in and its list are one passage over several article lines. */
  lastLine: number;
  /** The article's lines joined by spaces, otherwise verbatim. */
  text: string;
}

export interface ImportedSection {
  heading: string;
  /** null for the introduction, which has no heading of its own. */
  line: number | null;
  slug: string;
  passages: ImportedPassage[];
}

export interface DroppedRepeat {
  kind: 'heading' | 'passage';
  line: number;
  text: string;
  /** The line it repeats, which is kept. */
  firstLine: number;
  likeness: Likeness;
  similarity: number;
}

export interface ArticleImport {
  sections: ImportedSection[];
  /** Sections left with no passages once repeats were dropped; source.md cannot hold them. */
  emptySections: ImportedSection[];
  repeats: DroppedRepeat[];
  advertisement: Advertisement | null;
}

const introductionHeading = 'Introduction';

interface SectionDraft {
  heading: string;
  line: number | null;
  paragraphs: ArticleLine[];
}

/** Splits a plain-text article into sections and anchored passages, dropping repeats and advertising. */
export function importArticle(article: string): ArticleImport {
  const lines = readArticleLines(article);
  const advertisement = findAdvertisement(lines);
  const body = lines.slice(0, lines.length - (advertisement?.lines.length ?? 0));
  const drafts: SectionDraft[] = [];
  const kept: ArticleLine[] = [];
  const repeats: DroppedRepeat[] = [];
  let current: SectionDraft | null = null;

  body.forEach((entry, index) => {
    if (isHeadingAt(body, index)) {
      const earlier = drafts.find((d) => d.line !== null && normaliseText(d.heading) === normaliseText(entry.text));
      if (earlier && earlier.line !== null) {
        repeats.push({ kind: 'heading', ...entry, firstLine: earlier.line, likeness: 'identical', similarity: 1 });
      } else {
        drafts.push({ heading: entry.text, line: entry.line, paragraphs: [] });
      }
      current = earlier ?? drafts[drafts.length - 1];
      return;
    }
    const repeat = findRepeat(kept, entry);
    if (repeat) {
      repeats.push(repeat);
      return;
    }
    if (!current) drafts.push((current = { heading: introductionHeading, line: null, paragraphs: [] }));
    current.paragraphs.push(entry);
    kept.push(entry);
  });

  const sections = anchorSections(drafts);
  return {
    sections: sections.filter((s) => s.passages.length > 0),
    emptySections: sections.filter((s) => s.passages.length === 0),
    repeats,
    advertisement,
  };
}

function findRepeat(kept: ArticleLine[], entry: ArticleLine): DroppedRepeat | null {
  for (const original of kept) {
    const alike = resemblance(original.text, entry.text);
    if (alike) return { kind: 'passage', ...entry, firstLine: original.line, ...alike };
  }
  return null;
}

/** Anchors are the section's slug and the passage's place in it, e.g. `botox-in-migraine-3`. */
function anchorSections(drafts: SectionDraft[]): ImportedSection[] {
  const usedSlugs = new Set<string>();
  return drafts.map((draft) => {
    const base = toSlug(draft.heading) || 'section';
    let slug = base;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    usedSlugs.add(slug);
    const passages = groupListItems(draft.paragraphs).map((group, index) => ({
      anchor: `${slug}-${index + 1}`,
      line: group[0].line,
      lastLine: group[group.length - 1].line,
      text: group.map((paragraph) => paragraph.text).join(' '),
    }));
    return { heading: draft.heading, line: draft.line, slug, passages };
  });
}
