import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from './testing/test-app';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire, not decompressed. */
  body: Buffer;
}

/** A request with exactly these headers: node:http adds no Accept-Encoding of its own, as fetch would. */
function send(port: number, pathname: string, headers: Record<string, string> = {}, body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const call = httpRequest({ host: '127.0.0.1', port, path: pathname, method: body ? 'POST' : 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    call.on('error', reject);
    call.end(body);
  });
}

/** A built web app as Vite writes it: each hashed asset with its brotli and gzip copies. */
function writeBuiltWebApp(script: string): string {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'ptp-web-root-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Practitioner Training</title>');
  const asset = path.join(webRoot, 'assets', 'index-4f2a9c1b.js');
  writeFileSync(asset, script);
  writeFileSync(`${asset}.br`, brotliCompressSync(script));
  writeFileSync(`${asset}.gz`, gzipSync(script));
  return webRoot;
}

describe('compressed answers', () => {
  const script = `export const lessons = ${JSON.stringify(Array.from({ length: 400 }, (_, n) => `Lesson ${n}`))};\n`;
  const assetPath = '/assets/index-4f2a9c1b.js';
  const graphqlHeaders = { 'content-type': 'application/json' };
  const largeQuery = JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' });
  let api: TestApp;
  let webRoot: string;
  let port: number;

  beforeAll(async () => {
    webRoot = writeBuiltWebApp(script);
    api = await createTestApp({ webRoot });
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(async () => {
    await api.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends a hashed script as its brotli copy to a browser that takes brotli, cached for a year as immutable', async () => {
    const answer = await send(port, assetPath, { 'accept-encoding': 'gzip, deflate, br' });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript; charset=utf-8$/i);
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
    expect(answer.body.length).toBeLessThan(script.length / 4);
  });

  it('sends the gzip copy to a client that takes only gzip', async () => {
    const answer = await send(port, assetPath, { 'accept-encoding': 'gzip' });

    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString()).toBe(script);
  });

  it('sends the plain bytes to a client that sends no Accept-Encoding', async () => {
    const answer = await send(port, assetPath);

    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(script);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('asks search engines to leave a certificate check out of their indexes, and only that page', async () => {
    const certificatePage = await send(port, '/verify/7KQ4-M2XP-9D3T');
    const coursePage = await send(port, '/courses/botox-chronic-migraine');

    expect(certificatePage.status).toBe(200);
    expect(certificatePage.headers['x-robots-tag']).toBe('noindex');
    expect(coursePage.status).toBe(200);
    expect(coursePage.headers['x-robots-tag']).toBeUndefined();
  });

  it('compresses a large GraphQL answer for a client that takes brotli', async () => {
    const answer = await send(port, '/graphql', { ...graphqlHeaders, 'accept-encoding': 'br' }, largeQuery);

    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    const json = brotliDecompressSync(answer.body).toString();
    expect(JSON.parse(json).data.__schema.types.length).toBeGreaterThan(10);
    expect(answer.body.length).toBeLessThan(json.length / 3);
  });

  it('leaves a GraphQL answer too small to gain from it uncompressed', async () => {
    const answer = await send(port, '/graphql', { ...graphqlHeaders, 'accept-encoding': 'br' }, JSON.stringify({ query: '{ __typename }' }));

    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers GraphQL in plain JSON to a client that sends no Accept-Encoding', async () => {
    const answer = await send(port, '/graphql', graphqlHeaders, largeQuery);

    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString()).data.__schema.types.length).toBeGreaterThan(10);
  });
});
