import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { dataIntegrityProblem, signWithDataIntegrity } from './data-integrity';
import { documentLoaderFor } from './document-loader';

/** W3C's published vectors for eddsa-rdfc-2022 (vendor/vc-di-eddsa): the suite as configured here must reproduce them exactly. */
const vectors = path.resolve(__dirname, '../../../../vendor/vc-di-eddsa');
const read = (file: string) => JSON.parse(readFileSync(path.join(vectors, file), 'utf8'));
const keyPair = read('keyPair.json') as { publicKeyMultibase: string; privateKeyMultibase: string };
const signed = read('signedDataInt.json');
const examples = new Map([['https://www.w3.org/ns/credentials/examples/v2', read('credentials-examples-v2-context.json')]]);
const loader = documentLoaderFor([], examples);
const did = `did:key:${keyPair.publicKeyMultibase}`;

describe('the eddsa-rdfc-2022 suite against the W3C test vectors', () => {
  it('signs the unsigned example into exactly the published proof', async () => {
    const key = { did, publicKeyMultibase: keyPair.publicKeyMultibase, secretKeyMultibase: keyPair.privateKeyMultibase };
    const result = await signWithDataIntegrity(read('unsigned.json'), key, loader, signed.proof.created);
    expect(result.proof).toEqual(signed.proof);
    const { '@context': _context, ...proofOptions } = read('proofConfigDataInt.json');
    expect(result.proof).toMatchObject(proofOptions);
  });

  it('verifies what it signs with the vector key under that key\'s DID, and rejects it with one word changed', async () => {
    const method = signed.proof.verificationMethod as string;
    const didDocument = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      alsoKnownAs: [],
      verificationMethod: [{ id: method, type: 'Multikey' as const, controller: did, publicKeyMultibase: keyPair.publicKeyMultibase }],
      assertionMethod: [method],
    };
    const withDid = documentLoaderFor([didDocument], examples);
    const noStatus = async () => undefined;
    // The VC library accepts a proof only from a key of the credential's issuer, so the example is issued by the key's own DID here.
    const key = { did, publicKeyMultibase: keyPair.publicKeyMultibase, secretKeyMultibase: keyPair.privateKeyMultibase };
    const selfIssued = await signWithDataIntegrity({ ...read('unsigned.json'), issuer: did }, key, withDid);
    expect(await dataIntegrityProblem(selfIssued, withDid, noStatus, new Date())).toBeNull();
    const altered = { ...selfIssued, credentialSubject: { ...selfIssued.credentialSubject, alumniOf: 'The School of Forgeries' } };
    expect((await dataIntegrityProblem(altered, withDid, noStatus, new Date()))?.message).toMatch(/signature/i);
  });
});
