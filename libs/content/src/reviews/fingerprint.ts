import { createHash } from 'node:crypto';
import type { Reference, SourcePassage } from '../model';

/**
 * What a lesson or question relies on when it cites a passage or a reference, as text a reviewer
 * reads, and its fingerprint. The linter, the review command and the API's importer all take
 * both from here, so a change one of them sees is a change the others see.
 *
 * A passage is shown with its appraisal because that is how lessons present it and what the
 * citation rules check questions against: a verdict turned from consistent to incorrect changes
 * what every lesson citing the passage is teaching, even when the passage itself did not change.
 */
export function passageReviewText(passage: SourcePassage): string {
  const { verdict, correction } = passage.appraisal;
  const appraisal = `Appraisal: ${verdict.toLowerCase()}.${correction ? ` ${correction}` : ''}`;
  return `${oneLine(passage.text)}\n\n${oneLine(appraisal)}`;
}

/** Every field of a reference: a new read date may mean a revised label behind the same address. */
export function referenceReviewText(reference: Reference): string {
  return [
    oneLine(reference.title),
    `${oneLine(reference.publisher)}, ${reference.year}`,
    reference.identifier ? oneLine(reference.identifier) : null,
    reference.url,
    `Read ${reference.readOn}`,
  ]
    .filter((part) => part !== null)
    .join('\n');
}

/** 16 hex digits of the text's sha256: a change is seen, a re-wrapped line is not. */
export function fingerprintOf(reviewText: string): string {
  return createHash('sha256').update(reviewText, 'utf8').digest('hex').slice(0, 16);
}

export const fingerprintPattern = /^[0-9a-f]{16}$/;

function oneLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
