import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Verdict } from '../certificates/credential-verifier';
import { verifyCredentialFile, type FileVerdict } from '../credentials/credential-files';
import type { TrustedDidIssuer } from '../credentials/data-integrity-verifier';
import { printableName } from '../users/display-name';

const USAGE = `Usage: npm run verify-credential -- <file> [--issuer <url>] [--jwks <url-or-file>] [--did <url-or-file>] [--status <url-or-file>]

Checks a certificate's signed credential (credential.json, a VC-JWT; open-badge.json, with an
eddsa-rdfc-2022 proof) or a learner record (learner-record.json, a CLR 2.0 with every credential
inside it) against the platform you trust, never against whatever issuer the file names: each
signature with that platform's published keys, the validity dates, and whether it was revoked.

  --issuer <url>         the platform's address (default: PUBLIC_URL); the credential must name it,
                         and its keys are read from <url>/.well-known/jwks.json
  --jwks <url-or-file>   trust this key set instead; the credential must still name --issuer if given
  --did <url-or-file>    trust this DID document for Data Integrity proofs instead of
                         <url>/.well-known/did.json; a credential must name did:web of --issuer
  --status <url-or-file> read the status list from here instead of the address the credential names

Exit code: 0 valid; 1 not valid (forged, altered, another issuer's, expired or revoked);
2 could not check (keys or status list out of reach or out of date, no status entry): not verified;
3 wrong arguments.`;

const EXIT = { valid: 0, invalid: 1, unchecked: 2, usage: 3 };

class UsageError extends Error {}

/** A URL is fetched; anything else is read as a file. */
async function load(source: string): Promise<string> {
  if (!/^https?:\/\//.test(source)) return readFile(source, 'utf8');
  const response = await fetch(source, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return response.text();
}

/** The issuer as credentials name it: an http(s) address without a trailing slash. */
function issuerAddress(value: string, from: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new UsageError(`${from} must be the issuer's web address, like https://training.example.org, not ${JSON.stringify(value)}`);
  }
  return url.toString().replace(/\/+$/, '');
}

interface Trust extends TrustedDidIssuer {
  /** Said in every answer, so the reader knows whose word the verdict rests on. */
  description: string;
}

function trustFrom(options: { issuer?: string; jwks?: string; did?: string; status?: string }, env: NodeJS.ProcessEnv): Trust {
  const named = options.issuer ?? (options.jwks === undefined ? env.PUBLIC_URL || undefined : undefined);
  if (named === undefined && options.jwks === undefined) {
    throw new UsageError('Say which issuer to trust: --issuer <the platform address> (or set PUBLIC_URL), or --jwks <its key set>');
  }
  const id = named === undefined ? null : issuerAddress(named, options.issuer === undefined ? 'PUBLIC_URL' : '--issuer');
  const keysAt = options.jwks ?? `${id}/.well-known/jwks.json`;
  return {
    id,
    description: id === null ? `the key set ${keysAt} (any issuer it signs for)` : `the issuer ${id}, with the keys at ${keysAt}`,
    keySet: async () => {
      const keySet = JSON.parse(await load(keysAt));
      if (!Array.isArray(keySet?.keys)) throw new Error(`${keysAt} is not a JWK set`);
      return keySet;
    },
    didDocument: async () => {
      const didAt = options.did ?? (id === null ? null : `${id}/.well-known/did.json`);
      if (didAt === null) throw new Error('no DID document to trust: give --issuer or --did');
      return JSON.parse(await load(didAt));
    },
    statusList: (url) => load(options.status ?? url),
  };
}

function describe(verdict: FileVerdict, trust: Trust): string {
  const headline = verdict.valid
    ? 'VALID: the credential is authentic, in date and not revoked.'
    : verdict.checked
      ? `NOT VALID: ${verdict.reason}.`
      : `COULD NOT CHECK: ${verdict.reason}. The credential is not verified.`;
  const lines = [headline, `  Trusted:      ${trust.description}`, ...claimLines(verdict)];
  for (const [index, inside] of (verdict.inside ?? []).entries()) {
    lines.push(`  Inside, credential ${index + 1}: ${inside.valid ? 'VALID' : inside.checked ? `NOT VALID: ${inside.reason}` : `COULD NOT CHECK: ${inside.reason}`}`);
    lines.push(...claimLines(inside).map((line) => `  ${line}`));
  }
  return lines.join('\n');
}

function claimLines(verdict: Verdict): string[] {
  const lines: string[] = [];
  const claims = verdict.credential;
  if (claims) {
    lines.push(
      // Written out like names on the verify page: a credential's text cannot add or reorder lines here.
      `  Holder:       ${claims.holderName === null ? '(not named)' : printableName(claims.holderName)}`,
      `  Achievement:  ${claims.achievement === null ? '(not named)' : printableName(claims.achievement)}${claims.creditHours === null ? '' : ` (${claims.creditHours} credit hours)`}`,
      `  Issuer:       ${claims.issuer}`,
      `  Valid from:   ${claims.validFrom}`,
      `  Valid until:  ${claims.validUntil ?? 'no expiry'}`,
    );
  }
  return lines;
}

async function main(): Promise<number> {
  let file: string;
  let trust: Trust;
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      options: { issuer: { type: 'string' }, jwks: { type: 'string' }, did: { type: 'string' }, status: { type: 'string' }, help: { type: 'boolean' } },
    });
    if (parsed.values.help || parsed.positionals.length !== 1) {
      console.error(USAGE);
      return EXIT.usage;
    }
    [file] = parsed.positionals;
    trust = trustFrom(parsed.values, process.env);
  } catch (error) {
    console.error(`${(error as Error).message}.\n\n${USAGE}`);
    return EXIT.usage;
  }
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`COULD NOT CHECK: ${file} cannot be read: ${(error as Error).message}.`);
    return EXIT.unchecked;
  }
  const verdict = await verifyCredentialFile(content, trust);
  console.log(describe(verdict, trust));
  if (verdict.valid) return EXIT.valid;
  return verdict.checked ? EXIT.invalid : EXIT.unchecked;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`COULD NOT CHECK: ${error.message}. The credential is not verified.`);
    process.exitCode = EXIT.unchecked;
  },
);
