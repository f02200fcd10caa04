/** As printed on every certificate: four groups of four symbols and a check symbol. */
export const exampleCode = '7KQ2-M9XD-4TRB-HW3N-F';

const SYMBOLS = 17;

/**
 * The code in its printed layout from what a person typed or pasted: any case, spaces or dashes
 * anywhere, or a whole verify link. Null when it cannot be a code because symbols are missing or
 * extra; whether it names a certificate is the server's to say.
 */
export function readTypedCode(typed: string): string | null {
  const symbols = typed
    .replace(/^.*\/verify\//i, '')
    .toUpperCase()
    .replace(/[\s-]/g, '');
  if (symbols.length !== SYMBOLS || !/^[0-9A-Z]+$/.test(symbols)) return null;
  return `${symbols.slice(0, 16).match(/.{4}/g)!.join('-')}-${symbols[16]}`;
}
