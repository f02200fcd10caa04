import request from 'supertest';
import type { TestApp } from './test-app';

/** Keeps a response's body as the bytes that came, whatever its type. */
function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** A certificate's file (`certificate.pdf`, `credential.json`) as a browser downloads it, with the token's session if given. */
export function downloadCertificateFile(api: TestApp, certificateId: string, file: string, token?: string) {
  const call = request(api.app.getHttpServer()).get(`/certificates/${certificateId}/${file}`).buffer(true).parse(binary);
  return token ? call.set('authorization', `Bearer ${token}`) : call;
}
