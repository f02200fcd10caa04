import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyCredential, type Verdict, type VerificationSources } from '../certificates/credential-verifier';

const USAGE = `Usage: npm run verify-credential -- <credential.json> [--jwks <url-or-file>] [--status <url-or-file>]

Checks a certificate's signed credential: the signature against the issuer's public keys, the
validity dates, and whether the issuer has revoked it. Without --jwks the keys are fetched from
<issuer>/.well-known/jwks.json; without --status the status list is fetched from the address the
credential names. Give both as files to check with no network at all.
Exit code: 0 valid, 1 not valid or not checkable, 2 wrong arguments.`;

/** A URL is fetched; anything else is read as a file. */
async function load(source: string): Promise<string> {
  if (!/^https?:\/\//.test(source)) return readFile(source, 'utf8');
  const response = await fetch(source, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return response.text();
}

function sourcesFrom(jwks: string | undefined, status: string | undefined): VerificationSources {
  return {
    keySet: async (issuerId) => {
      const where = jwks ?? `${issuerId}/.well-known/jwks.json`;
      const keySet = JSON.parse(await load(where));
      if (!Array.isArray(keySet?.keys)) throw new Error(`${where} is not a JWK set`);
      return keySet;
    },
    statusList: (url) => load(status ?? url),
  };
}

function describe(verdict: Verdict): string {
  const lines = [verdict.valid ? 'VALID: the credential is authentic, in date and not revoked.' : `NOT VALID: ${verdict.reason}.`];
  const claims = verdict.credential;
  if (claims) {
    lines.push(
      `  Holder:       ${claims.holderName ?? '(not named)'}`,
      `  Achievement:  ${claims.achievement ?? '(not named)'}${claims.creditHours === null ? '' : ` (${claims.creditHours} credit hours)`}`,
      `  Issuer:       ${claims.issuer}`,
      `  Valid from:   ${claims.validFrom}`,
      `  Valid until:  ${claims.validUntil ?? 'no expiry'}`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  let file: string;
  let options: { jwks?: string; status?: string };
  try {
    const parsed = parseArgs({ allowPositionals: true, options: { jwks: { type: 'string' }, status: { type: 'string' }, help: { type: 'boolean' } } });
    if (parsed.values.help || parsed.positionals.length !== 1) {
      console.error(USAGE);
      return 2;
    }
    [file] = parsed.positionals;
    options = parsed.values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
    const verdict = await verifyCredential(await readFile(file, 'utf8'), sourcesFrom(options.jwks, options.status));
    console.log(describe(verdict));
    return verdict.valid ? 0 : 1;
  } catch (error) {
    console.error(`NOT VALID: cannot check ${file}: ${(error as Error).message}.`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
