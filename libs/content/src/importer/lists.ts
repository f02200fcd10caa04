import type { ArticleLine } from './article-lines';

const leadIn = /:\s*$/;
const listMarker = /^(?:[-*•–]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;
/** How plain-text articles enumerate without markers: "Number one would be...", "After that, ...". */
const sequenceWord =
  /^(?:number (?:one|two|three|four|five|six|\d+)|(?:first|second|third|fourth|fifth)(?:ly)?|next|then|after that|finally|lastly)\b/i;
/** An enumerated item is one sentence; a longer paragraph starting "Then" is the article moving on. */
const maxItemWords = 40;
const sentenceBreak = /[.!?]\s+\p{Lu}/u;

function isListItem(text: string): boolean {
  if (listMarker.test(text)) return true;
  const words = text.split(/\s+/).length;
  return sequenceWord.test(text) && words <= maxItemWords && !sentenceBreak.test(text);
}

/**
 * Groups paragraphs into passages. A paragraph ending with ':' keeps the list items that follow it
 * (marked with a bullet or number, or enumerated in words), up to the first paragraph that is not
 * one, so a hedge in the lead-in ("the theories so far:") stays with the claims it qualifies.
 */
export function groupListItems(paragraphs: ArticleLine[]): ArticleLine[][] {
  const groups: ArticleLine[][] = [];
  let open: ArticleLine[] | null = null;
  for (const paragraph of paragraphs) {
    if (open && isListItem(paragraph.text)) {
      open.push(paragraph);
      continue;
    }
    const group = [paragraph];
    groups.push(group);
    open = leadIn.test(paragraph.text) ? group : null;
  }
  return groups;
}
