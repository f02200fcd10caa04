// The ceiling: a bare node:http process answering every request with the same bytes the platform
// sends for a course page, read once from BODY_FILE. What the platform serves beyond this is the
// price of doing the work; run with PORT and BODY_FILE set.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.env.BODY_FILE);

createServer((request, response) => {
  if (request.url === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"status":"ok"}');
    return;
  }
  // The request body is read, as the platform reads it, before answering.
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
