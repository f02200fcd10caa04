/**
 * The name printed on certificates and shown on the public verify page. A name can only be
 * trusted there if what it shows is all it contains: a line break, a text-direction override or
 * an invisible character lets a name rewrite the sentence around it ("Jo⏎has completed Advanced
 * Neurosurgery"), so such names are refused on every write and escaped wherever an older one is read.
 */
export const DISPLAY_NAME_MAX_LENGTH = 100;

/** Code points that change how the text around them reads or that show nothing, by the problem they cause. */
const HIDDEN_CHARACTERS: [RegExp, string][] = [
  [/[\p{Cc}\p{Zl}\p{Zp}]/u, 'line breaks, tabs or other control characters'],
  [/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u, 'characters that change the direction of the text'],
  [/[\u200b-\u200d\u2060\ufeff]/u, 'invisible (zero-width) characters'],
  [/\p{Cf}/u, 'invisible formatting characters'],
  [/[\p{Co}\p{Cn}\p{Cs}]/u, 'private-use, unassigned or broken characters'],
];

const ESCAPED = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/gu;

export type DisplayNameReading = { name: string; problem?: never } | { problem: string; name?: never };

/** The name as it will be stored (trimmed, NFC), or what is wrong with it in words a person can act on. */
export function readDisplayName(raw: string): DisplayNameReading {
  const name = raw.trim().normalize('NFC');
  const length = [...name].length;
  if (length === 0) return { problem: 'Enter your name as it should appear on certificates.' };
  if (length > DISPLAY_NAME_MAX_LENGTH) return { problem: `A name has at most ${DISPLAY_NAME_MAX_LENGTH} characters.` };
  const hidden = HIDDEN_CHARACTERS.find(([pattern]) => pattern.test(name));
  if (hidden) return { problem: `A name cannot contain ${hidden[1]}; type it as it should be printed.` };
  return { name };
}

/**
 * A stored name as it may be shown to someone who relies on it: every character a new name may
 * not contain is written out as its code (`\u202E`, `\u000A`), so an older name can neither
 * break a line nor reorder or hide text. The same on the verify page and in the PDF, so the two compare.
 */
export function printableName(stored: string): string {
  return stored.normalize('NFC').replace(ESCAPED, (character) => {
    const code = character.codePointAt(0)!.toString(16).toUpperCase();
    return code.length <= 4 ? `\\u${code.padStart(4, '0')}` : `\\u{${code}}`;
  });
}
