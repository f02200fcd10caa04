// A Learning Record Store for tests: the statement resource of xAPI 1.0.3 (PUT, POST and GET of
// /statements), with the specification's rules for version headers, Basic authentication, ids
// and conflicts, and every statement checked by Learning Locker's validator. It keeps
// statements in memory. Journeys import it; API tests run it as its own process (see the end).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import validation from '@learninglocker/xapi-validation';

const validate = validation.default ?? validation;
const VERSION = '1.0.3';
const IGNORED_WHEN_COMPARING = new Set(['stored', 'authority', 'version']);

/** The statement as JSON with its keys in order, leaving out what the LRS itself sets. */
function canonical(value, top = true) {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, false)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const keys = Object.keys(value).filter((key) => !(top && IGNORED_WHEN_COMPARING.has(key))).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key], false)}`).join(',')}}`;
}

function problemsOf(statement) {
  return validate(statement).map((warning) => `${warning.path.join('.')}: ${warning.name}`);
}

class Refusal extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Starts the LRS on `port` (0: any free one). Answers its xAPI endpoint, the statements it holds
 * by id, how many times each id was received, and ways to make it fail, stop and start again.
 */
export async function startLearningRecordStore({ key, secret, port = 0 }) {
  const statements = new Map();
  const receipts = new Map();
  const failures = { status: 0, times: 0 };
  const expectedAuth = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

  function stored(statement) {
    const id = statement.id ?? randomUUID();
    receipts.set(id, (receipts.get(id) ?? 0) + 1);
    const held = statements.get(id);
    if (held) {
      if (canonical(held) !== canonical({ ...statement, id })) throw new Refusal(409, `A different statement has the id ${id}.`);
      return { id, isNew: false };
    }
    return { id, isNew: true };
  }

  function check(statement) {
    const problems = problemsOf(statement);
    if (problems.length) throw new Refusal(400, `Invalid statement: ${problems.join('; ')}`);
  }

  function keep(statement, id) {
    statements.set(id, { ...statement, id, stored: new Date().toISOString(), authority: { objectType: 'Agent', account: { homePage: 'http://lrs.test', name: key } } });
  }

  const handlers = {
    PUT(url, body) {
      const id = url.searchParams.get('statementId');
      if (!id) throw new Refusal(400, 'PUT needs a statementId.');
      if (body.id !== undefined && body.id !== id) throw new Refusal(400, 'The statement id differs from statementId.');
      const statement = { ...body, id };
      check(statement);
      const { isNew } = stored(statement);
      if (isNew) keep(statement, id);
      return [204];
    },
    POST(_url, body) {
      const batch = (Array.isArray(body) ? body : [body]).map((statement) => ({ ...statement, id: statement.id ?? randomUUID() }));
      batch.forEach(check);
      const ids = batch.map((statement) => statement.id);
      if (new Set(ids).size !== ids.length) throw new Refusal(400, 'A batch holds the same statement id twice.');
      // All or nothing: a conflict anywhere stores none of the batch.
      const outcomes = batch.map(stored);
      outcomes.forEach(({ id, isNew }, index) => isNew && keep(batch[index], id));
      return [200, ids];
    },
    GET(url) {
      const id = url.searchParams.get('statementId');
      if (!id) return [200, { statements: [...statements.values()], more: '' }];
      const statement = statements.get(id);
      if (!statement) throw new Refusal(404, 'No statement has that id.');
      return [200, statement];
    },
  };

  async function answer(request) {
    const url = new URL(request.url, 'http://lrs.test');
    const body = await new Promise((resolve) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
    });
    if (url.pathname === '/control/receipts') return [200, Object.fromEntries(receipts)];
    if (url.pathname === '/control/failures' && request.method === 'POST') {
      Object.assign(failures, JSON.parse(body));
      return [204];
    }
    if (url.pathname !== '/xapi/statements') throw new Refusal(404, 'Only the statement resource is served here.');
    if (!/^1\.0(\.\d+)?$/.test(request.headers['x-experience-api-version'] ?? '')) throw new Refusal(400, 'Send X-Experience-API-Version: 1.0.3.');
    if (request.headers.authorization !== expectedAuth) throw new Refusal(401, 'Unknown key or secret.');
    if (failures.times > 0) {
      failures.times -= 1;
      throw new Refusal(failures.status, 'Failing on purpose.');
    }
    const handler = handlers[request.method];
    if (!handler) throw new Refusal(405, 'Not allowed.');
    let parsed = null;
    if (request.method !== 'GET') {
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new Refusal(400, 'The body is not JSON.');
      }
    }
    return handler(url, parsed);
  }

  const server = createServer((request, response) => {
    answer(request)
      .catch((error) => [error.status ?? 500, { message: error.message }])
      .then(([status, content]) => {
        const headers = { 'x-experience-api-version': VERSION, ...(status === 401 && { 'www-authenticate': 'Basic realm="lrs"' }) };
        if (content === undefined) return response.writeHead(status, headers).end();
        response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(content));
      });
  });
  const listen = (onPort) => new Promise((resolve) => server.listen(onPort, '127.0.0.1', resolve));
  await listen(port);
  const boundPort = server.address().port;
  return {
    endpoint: `http://127.0.0.1:${boundPort}/xapi/`,
    statements,
    receipts,
    /** The next `times` requests for statements get `status`. */
    failNext(status, times = 1) {
      Object.assign(failures, { status, times });
    },
    stop: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
    start: () => listen(boundPort),
  };
}

// As a process of its own (API tests): LRS_KEY, LRS_SECRET and LRS_PORT; prints its endpoint as one JSON line.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const store = await startLearningRecordStore({ key: process.env.LRS_KEY, secret: process.env.LRS_SECRET, port: Number(process.env.LRS_PORT ?? 0) });
  process.stdout.write(`${JSON.stringify({ endpoint: store.endpoint })}\n`);
  process.on('SIGTERM', () => store.stop().then(() => process.exit(0)));
}
