export const verifyFormPath = '/verify';

/** The page the QR code and every verify link point to. */
export function verifyPath(code: string): string {
  return `${verifyFormPath}/${encodeURIComponent(code)}`;
}
