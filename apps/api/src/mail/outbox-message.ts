/**
 * Reads back the plain-text messages the platform writes to its outbox (RFC 5322 with MIME
 * encoded words and a quoted-printable or base64 body), enough for an admin to see what was sent.
 */
export interface ReadMessage {
  to: string;
  subject: string;
  date: Date;
  text: string;
}

export function readOutboxMessage(eml: string): ReadMessage {
  const normalised = eml.replace(/\r\n/g, '\n');
  const split = normalised.indexOf('\n\n');
  const head = split === -1 ? normalised : normalised.slice(0, split);
  const body = split === -1 ? '' : normalised.slice(split + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\?=\n[ \t]+=\?/g, '?==?').replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return {
    to: headers.get('to') ?? '',
    subject: headers.get('subject') ?? '',
    date: new Date(headers.get('date') ?? 0),
    text: decodeBody(body, (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()),
  };
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_word, encoding: string, encoded: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(encoded, 'base64').toString('utf8')
      : decodeQuotedPrintable(encoded.replace(/_/g, ' ')),
  );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body.replace(/=\n/g, ''));
  return body;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
