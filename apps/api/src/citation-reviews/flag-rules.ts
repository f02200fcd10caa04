import { reviewPairKey, type CitationReviewState, type CitingItem } from '@ptp/content';
import type { FlaggedCitation, NewFlag } from './citation-flags.records';
import type { SourceAsCited } from './source-fingerprints.records';

/** What a new version's flags are decided from. */
export interface FlagInputs {
  /** Every citation of the new version, with what its package's record says was last reviewed. */
  citations: CitationReviewState[];
  /** The passages and references of the version published before it. */
  previous: SourceAsCited[];
  /** The flags of that version still open. */
  openBefore: (FlaggedCitation & { reviewedFingerprint: string; reviewedText: string | null })[];
  /** Every cleared flag of the course, with the fingerprint it was cleared against. */
  cleared: (FlaggedCitation & { clearedFingerprint: string })[];
}

/**
 * A citation of the new version is flagged when what it cites differs from what was last reviewed:
 * a flag still open on the previous version carries over (with the text reviewed before it); else a
 * passage or reference changed since the previous version; else the package's record says it needs
 * review (on a first import, say). A clearance already given against exactly this text, on the
 * platform or from the package, is honoured, so a reviewer never clears the same change twice.
 */
export function flagsForNewVersion(inputs: FlagInputs): NewFlag[] {
  const previous = new Map(inputs.previous.map((source) => [`${source.kind} ${source.key}`, source]));
  const openBefore = new Map(inputs.openBefore.map((flag) => [pairKey(flag), flag]));
  const cleared = new Set(inputs.cleared.map((flag) => `${pairKey(flag)} at ${flag.clearedFingerprint}`));
  const textOf = (kind: string, key: string, fingerprint: string) => {
    const before = previous.get(`${kind} ${key}`);
    return before?.fingerprint === fingerprint ? before.reviewText : null;
  };
  return inputs.citations.flatMap((state) => {
    const citation = asFlaggedCitation(state);
    const now = state.cited.fingerprint;
    if (cleared.has(`${pairKey(citation)} at ${now}`)) return [];
    const open = openBefore.get(pairKey(citation));
    const before = previous.get(`${state.cited.kind} ${state.cited.key}`);
    const reviewed = open
      ? { fingerprint: open.reviewedFingerprint, text: open.reviewedText }
      : before && before.fingerprint !== now
        ? { fingerprint: before.fingerprint, text: before.reviewText }
        : state.needsReview
          ? { fingerprint: state.reviewed!.fingerprint, text: textOf(state.cited.kind, state.cited.key, state.reviewed!.fingerprint) }
          : null;
    if (!reviewed || reviewed.fingerprint === now) return [];
    return [{ ...citation, reviewedFingerprint: reviewed.fingerprint, reviewedText: reviewed.text }];
  });
}

export function asFlaggedCitation(state: Pick<CitationReviewState, 'item' | 'cited'>): FlaggedCitation {
  const item = state.item;
  return {
    citingKind: item.kind,
    citingSlug: item.kind === 'LESSON' ? item.slug : item.quizSlug,
    questionKey: item.kind === 'QUESTION' ? item.key : null,
    citedKind: state.cited.kind,
    citedKey: state.cited.key,
  };
}

export function citingItemOf(flag: FlaggedCitation): CitingItem {
  return flag.citingKind === 'LESSON'
    ? { kind: 'LESSON', slug: flag.citingSlug }
    : { kind: 'QUESTION', quizSlug: flag.citingSlug, key: flag.questionKey! };
}

/** The same key the package's record uses for a citation. */
export function pairKey(flag: FlaggedCitation): string {
  return reviewPairKey({ item: citingItemOf(flag), cited: { kind: flag.citedKind, key: flag.citedKey } });
}
