import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { calculateJwkThumbprint, CompactSign, type JWK } from 'jose';
import { CredentialRejected, jwkThumbprint, signCompactJws, verifyCompactJws, type PublishedKey } from './vc-jwt';

/** RFC 7515, appendix A.2: the published RS256 example, its key and its token. */
const RFC7515_A2_KEY: PublishedKey = {
  kty: 'RSA',
  e: 'AQAB',
  n:
    'ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b3269' +
    '0r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aG' +
    'hyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ',
};
const RFC7515_A2_TOKEN =
  'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.' +
  'cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAyn' +
  'RFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6I' +
  'eYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw';

/** RFC 7638, section 3.1: a key and its thumbprint. */
const RFC7638_KEY = {
  kty: 'RSA',
  e: 'AQAB',
  n:
    '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9' +
    'yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6We' +
    'Zu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
};

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('VC-JWT signatures (RS256)', () => {
  it('accept the RS256 example of RFC 7515 with its published key', async () => {
    await expect(verifyCompactJws(RFC7515_A2_TOKEN, [RFC7515_A2_KEY])).resolves.toEqual({ iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true });
  });

  it('refuse that example with any one character of its signature changed', async () => {
    const [header, payload, signature] = RFC7515_A2_TOKEN.split('.');
    for (let index = 0; index < signature.length; index++) {
      const changed = signature.slice(0, index) + (signature[index] === 'A' ? 'B' : 'A') + signature.slice(index + 1);
      await expect(verifyCompactJws(`${header}.${payload}.${changed}`, [RFC7515_A2_KEY])).rejects.toThrow(CredentialRejected);
    }
  });

  it('name keys by their RFC 7638 thumbprint, as jose computes it', async () => {
    expect(jwkThumbprint(RFC7638_KEY)).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
    expect(await calculateJwkThumbprint(RFC7638_KEY)).toBe(jwkThumbprint(RFC7638_KEY));
  });

  it('check a token only with the published keys, never with a key the token carries', async () => {
    const forger = generateKeyPairSync('rsa', { modulusLength: 3072 });
    const token = await new CompactSign(Buffer.from('{"iss":"joe"}'))
      .setProtectedHeader({ alg: 'RS256', jwk: forger.publicKey.export({ format: 'jwk' }) as JWK })
      .sign(forger.privateKey);
    await expect(verifyCompactJws(token, [RFC7515_A2_KEY])).rejects.toThrow(/signature does not match/);
  });

  it('round-trip what we sign, with the key named in the header', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
    const jwk = publicKey.export({ format: 'jwk' });
    const token = await signCompactJws({ sub: 'someone' }, { kid: jwkThumbprint(jwk), privateKey });
    await expect(verifyCompactJws(token, [RFC7515_A2_KEY, { ...jwk, kid: jwkThumbprint(jwk) }])).resolves.toEqual({ sub: 'someone' });
    await expect(verifyCompactJws(token, [RFC7515_A2_KEY])).rejects.toThrow(/which the issuer does not publish/);
  });

  it.each([
    ['alg none', `${encode({ alg: 'none' })}.${RFC7515_A2_TOKEN.split('.')[1]}.`, /"none" is not accepted/],
    ['a missing alg', `${encode({})}.${RFC7515_A2_TOKEN.split('.').slice(1).join('.')}`, /undefined is not accepted/],
    ['PS256', `${encode({ alg: 'PS256' })}.${RFC7515_A2_TOKEN.split('.').slice(1).join('.')}`, /"PS256" is not accepted/],
    ['a critical extension', `${encode({ alg: 'RS256', crit: ['exp'] })}.${RFC7515_A2_TOKEN.split('.').slice(1).join('.')}`, /critical/],
    ['two parts', RFC7515_A2_TOKEN.split('.').slice(0, 2).join('.'), /three base64url parts/],
  ])('refuse %s', async (_case, token, reason) => {
    await expect(verifyCompactJws(token, [RFC7515_A2_KEY])).rejects.toThrow(reason);
  });

  it('refuse an HMAC keyed with the public key, the classic algorithm confusion', async () => {
    const input = `${encode({ alg: 'HS256' })}.${RFC7515_A2_TOKEN.split('.')[1]}`;
    const forged = `${input}.${createHmac('sha256', JSON.stringify(RFC7515_A2_KEY)).update(input).digest('base64url')}`;
    await expect(verifyCompactJws(forged, [RFC7515_A2_KEY])).rejects.toThrow(/"HS256" is not accepted/);
  });

  it('refuse keys shorter than 2048 bits even when the signature is genuine', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const input = `${encode({ alg: 'RS256' })}.${encode({ iss: 'weak' })}`;
    const token = `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    await expect(verifyCompactJws(token, [publicKey.export({ format: 'jwk' })])).rejects.toThrow(/shorter than 2048 bits/);
  });

  it('refuse a token naming no key when the issuer publishes several', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
    await expect(verifyCompactJws(RFC7515_A2_TOKEN, [RFC7515_A2_KEY, other])).rejects.toThrow(/names no key/);
  });
});
