import { didDocument, didWebOf } from './issuer-did';

describe("the platform's did:web", () => {
  it.each([
    ['https://training.example.org', 'did:web:training.example.org'],
    ['http://localhost:3000', 'did:web:localhost%3A3000'],
    ['https://example.org/clinical/training', 'did:web:example.org:clinical:training'],
  ])('names %s as %s', (publicUrl, did) => {
    expect(didWebOf(publicUrl)).toBe(did);
  });

  it('lists every key, retired ones too, for issuing credentials, and says it is also the web address', () => {
    const document = didDocument('https://training.example.org', ['z6MkNewest', 'z6MkRetired']);
    expect(document.assertionMethod).toEqual(['did:web:training.example.org#z6MkNewest', 'did:web:training.example.org#z6MkRetired']);
    expect(document.verificationMethod.map(({ controller, type }) => [controller, type])).toEqual([
      ['did:web:training.example.org', 'Multikey'],
      ['did:web:training.example.org', 'Multikey'],
    ]);
    expect(document.alsoKnownAs).toEqual(['https://training.example.org']);
  });
});
