const slugBody = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Slugs, ids and passage anchors: lowercase letters and digits in words joined by single hyphens. */
export const slugPattern = new RegExp(`^${slugBody}$`);

/**
 * A citation of a source passage, `[§anchor]`; group 1 is the anchor.
 * Global, so use it with `matchAll` or `replace`, which do not share its `lastIndex`.
 */
export const citationPattern = new RegExp(`\\[§(${slugBody})\\]`, 'g');

/** A citation of a reference, `[ref:id]`; group 1 is the id. Global, like `citationPattern`. */
export const referenceCitationPattern = new RegExp(`\\[ref:(${slugBody})\\]`, 'g');

export const slugRule = 'use lowercase letters, digits and single hyphens';

export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
