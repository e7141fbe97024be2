/**
 * The viewer's HTTP server: the built web app (web/dist, via sirv) and a
 * small JSON API: the graph of the build directory, the server's
 * configuration, the example queries and, with Neo4j, read-only Cypher.
 * Binds loopback by default and, on any bind, answers only requests
 * addressed to localhost, an IP address or a name the user allowed, so that
 * other web pages cannot reach the API through DNS rebinding. No request,
 * however malformed, ends the process.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { ExitCode, UserError } from '../base/errors.js';
import type { CypherRunner } from './cypher.js';
import { readGraphFile } from './graph-file.js';
import { QUERIES_DIR, WEB_DIST } from './paths.js';
import { listExampleQueries } from './queries.js';
import type { ServeSettings } from './settings.js';

/** What the page is told about Neo4j. */
export type Neo4jState =
  | { type: 'off' }
  | { type: 'connected'; uri: string; database: string }
  | { type: 'unreachable'; message: string };

/** How the server reaches Neo4j; `connect` is retried while the database is unreachable. */
export interface Neo4jAccess {
  connect(): Promise<{ type: 'connected'; runner: CypherRunner; uri: string; database: string } | { type: 'unreachable'; message: string }>;
}

export interface ViewerServer {
  url: string;
  /** Where Neo4j stands now (`off` without --neo4j). */
  neo4j(): Neo4jState;
  close(): Promise<void>;
}

/** Largest request body read (a Cypher query and its parameters). */
const MAX_BODY = 1 << 20;
/** How much of an oversized body is read and dropped so the client sees the 413. */
const DRAIN_LIMIT = 64 << 20;
/** A page load retries an unreachable Neo4j at most this often (a dead host can take seconds to time out). */
const NEO4J_RETRY_MS = 10_000;

const SECURITY_HEADERS: Record<string, string> = {
  // Names and evidence come from untrusted articles: even if one slipped into
  // HTML, no inline or foreign script could run.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export async function startViewerServer(settings: ServeSettings, neo4jAccess?: Neo4jAccess): Promise<ViewerServer> {
  const assets = sirv(WEB_DIST, { dev: false, etag: true, gzip: false, brotli: false });
  let runner: CypherRunner | undefined;
  let neo4jState: Neo4jState = { type: 'off' };

  let lastAttempt = 0;
  /** Connects when not connected; page loads (not queries) skip it when the last try was recent. */
  const refreshNeo4j = async (force = true): Promise<void> => {
    if (!neo4jAccess || runner) return;
    if (!force && Date.now() - lastAttempt < NEO4J_RETRY_MS) return;
    lastAttempt = Date.now();
    const r = await neo4jAccess.connect();
    if (r.type === 'connected') {
      runner = r.runner;
      neo4jState = { type: 'connected', uri: r.uri, database: r.database };
    } else {
      neo4jState = { type: 'unreachable', message: r.message };
    }
  };
  await refreshNeo4j();
  // Reads and validates the graph now, so the page's first request finds it ready.
  await readGraphFile(settings.dir);

  const allowedNames = new Set(['localhost', ...(net.isIP(settings.host) ? [] : [settings.host.toLowerCase()]), ...settings.allowHosts]);

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!hostAllowed(req.headers.host, allowedNames)) {
      sendJson(res, 421, { type: 'error', message: `unexpected Host header ${JSON.stringify(req.headers.host ?? '')}` });
      return;
    }
    const pathname = requestPath(req.url);
    if (pathname === undefined) {
      sendJson(res, 400, { type: 'error', message: 'the request target is not a path' });
      return;
    }
    if (!pathname.startsWith('/api/')) {
      assets(req, res, () => sendJson(res, 404, { type: 'error', message: `not found: ${pathname}` }));
      return;
    }
    handleApi(req, res, pathname).catch((err: unknown) => fail(res, err));
  };
  // Whatever a request holds, it gets an answer and the server goes on: a
  // throw here would otherwise end the process (any web page can send one).
  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      fail(res, err);
    }
  });

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> => {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'GET' && pathname === '/api/config') {
      await refreshNeo4j(false);
      sendJson(res, 200, { dir: settings.dir, neo4j: neo4jState });
      return;
    }
    if (req.method === 'GET' && pathname === '/api/graph') {
      const state = await readGraphFile(settings.dir);
      if (state.type === 'ok') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(state.body);
      } else {
        sendJson(res, state.type === 'missing' ? 404 : 422, state);
      }
      return;
    }
    if (req.method === 'GET' && pathname === '/api/queries') {
      sendJson(res, 200, await listExampleQueries(QUERIES_DIR));
      return;
    }
    if (req.method === 'POST' && pathname === '/api/cypher') {
      // A JSON content type forces a CORS preflight on cross-site requests, which this server never approves.
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendJson(res, 415, { type: 'error', message: 'send the query as application/json' });
        return;
      }
      const text = await readBody(req, res);
      if (text === undefined) {
        sendJson(res, 413, { type: 'error', message: `the request body is too large (limit ${MAX_BODY} bytes)` });
        return;
      }
      await refreshNeo4j();
      if (!runner) {
        const message = neo4jState.type === 'unreachable' ? neo4jState.message : 'Neo4j is not connected: start the viewer with guanxi serve <dir> --neo4j.';
        sendJson(res, 503, { type: 'error', message });
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (err) {
        sendJson(res, 400, { type: 'error', message: `the request is not JSON: ${(err as Error).message}` });
        return;
      }
      const query = isRecord(body) && typeof body['query'] === 'string' ? body['query'] : undefined;
      const params = isRecord(body) && isRecord(body['params']) ? body['params'] : {};
      if (query === undefined) {
        sendJson(res, 400, { type: 'error', message: 'expected {"query": "…", "params": {…}}' });
        return;
      }
      const result = await runner.run(query, params);
      sendJson(res, result.type === 'ok' ? 200 : 400, result);
      return;
    }
    sendJson(res, 404, { type: 'error', message: `no such API: ${req.method ?? ''} ${pathname}` });
  };

  // Tunnels and protocol switches are not offered; without these listeners Node drops the connection unanswered.
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) => refuseRaw(socket, 405, 'Method Not Allowed'));
  server.on('upgrade', (_req: http.IncomingMessage, socket: Duplex) => refuseRaw(socket, 400, 'Bad Request'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(new UserError(`port ${settings.port} on ${settings.host} is already in use: pass --port N (or --port 0 for any free port)`, ExitCode.Failure));
      } else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
        reject(new UserError(`cannot listen on ${settings.host}: no such local address (--host)`, ExitCode.Usage));
      } else reject(err);
    });
    server.listen(settings.port, settings.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}/`,
    neo4j: () => neo4jState,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runner?.close();
    },
  };
}

/**
 * Whether a Host header names this server: an IP address (typed by a user,
 * so there is no name a web page could rebind) or one of `names`, with or
 * without a port. Whatever the bind address, since 0.0.0.0 is where a
 * rebinding attack lands too.
 */
export function hostAllowed(header: string | undefined, names: ReadonlySet<string>): boolean {
  const m = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/i.exec(header ?? '');
  if (!m) return false;
  if (m[1] !== undefined) return net.isIPv6(m[1]);
  const name = (m[2] as string).toLowerCase();
  return net.isIPv4(name) || names.has(name);
}

/** The path of a request target (origin or absolute form), or undefined when it is not one. */
function requestPath(target: string | undefined): string | undefined {
  if (target === undefined || !URL.canParse(target, 'http://localhost')) return undefined;
  return new URL(target, 'http://localhost').pathname;
}

/** A failure of the server's own code: 500 when nothing was sent yet, else the response is cut short. */
function fail(res: http.ServerResponse, err: unknown): void {
  if (!res.headersSent) sendJson(res, 500, { type: 'error', message: err instanceof Error ? err.message : String(err) });
  else res.destroy();
}

function refuseRaw(socket: Duplex, status: number, reason: string): void {
  socket.on('error', () => undefined);
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * The request body as text, or undefined when it is larger than MAX_BODY
 * (declared or not). The rest of an oversized body is read and dropped, up
 * to DRAIN_LIMIT, so that the client receives the 413 instead of a reset;
 * beyond that the connection is closed after the answer.
 */
function readBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<string | undefined> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY) {
    if (declared > DRAIN_LIMIT) res.setHeader('Connection', 'close');
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else if (size - c.length <= MAX_BODY) {
        chunks.length = 0;
        resolve(undefined);
      } else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on('end', () => resolve(size <= MAX_BODY ? Buffer.concat(chunks).toString('utf8') : undefined));
    req.on('error', reject);
  });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
