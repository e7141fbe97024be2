/**
 * `guanxi serve` against requests a hostile web page or a careless client
 * can send: a request target that is not a URL, a bounded fuzz of request
 * targets and headers, oversized bodies, Host names on a non-loopback bind,
 * and a graph.json that is not JSON. Every probe runs against the real
 * command in its own process, so a crash shows as a dead process.
 */
import http from 'node:http';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mulberry32 } from '../../src/graph/random.js';
import { makeViewerGraphJson } from '../fixtures/viewer-graph.js';
import { cli } from '../neo4j/helpers.js';
import { graphDir } from './browser.js';
import { rawRequest, startServe, type ServeProcess } from './serve-process.js';

/** A request through Node's client (bodies of any size, chunked or not). */
function post(url: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    // Sent in pieces, as a slow client would; the server may answer before the last one.
    const piece = 64 * 1024;
    for (let i = 0; i < body.length; i += piece) req.write(body.subarray(i, i + piece));
    req.end();
  });
}

async function alive(s: ServeProcess): Promise<void> {
  expect(s.child.exitCode, s.stderr()).toBeNull();
  const res = await rawRequest(s.port, `GET /api/config HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\n\r\n`);
  expect(res.status, res.text).toBe(200);
}

describe('guanxi serve --neo4j under hostile requests', () => {
  let s: ServeProcess;
  beforeAll(async () => {
    const dir = await graphDir(makeViewerGraphJson());
    s = await startServe([dir, '--neo4j', '--uri', inject('neo4jUri')]);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('answers a request target that is not a URL (//[) with 400 and keeps serving', async () => {
    const res = await rawRequest(s.port, `GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\n\r\n`);
    expect(res.status, res.text).toBe(400);
    await alive(s);
  });

  it('answers CONNECT and Upgrade requests instead of dropping the connection', async () => {
    expect((await rawRequest(s.port, `CONNECT 127.0.0.1:${s.port} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\n\r\n`)).status).toBe(405);
    const upgrade = await rawRequest(s.port, `GET /api/config HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`);
    expect(upgrade.status).toBeGreaterThanOrEqual(400);
    expect(upgrade.status).toBeLessThan(500);
    await alive(s);
  });

  it('answers a seeded fuzz of request targets, methods, headers and bodies below 500, and keeps serving', async () => {
    const rng = mulberry32(13);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
    const pieces = ['/', '//', '[', ']', '%', '%zz', '%00', '%2e%2e', '%2F', '..', '@', ':', '?', '#', '\\', 'api', 'api/', 'api/graph', 'api/cypher', 'api/config',
      'index.html', 'assets', '工行', '*', '%E0%A4%A', '~', '{', '}', '|', '^', '`', '"', "'", '<', '>', 'http:', 'x'.repeat(2000), ';', '&', '=', '+', '\u00ff'];
    const methods = ['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE', 'PATCH', 'FOO', 'get', 'M-SEARCH'];
    const hosts = [`127.0.0.1:${s.port}`, 'localhost', '', '[::1]', '[', 'evil.example', '127.0.0.1:99999', 'a b', '%', '127.0.0.1:', undefined];
    const types = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/jsonx', '', undefined];
    const bodies = ['', '{}', '{"query":1}', '{"query":"RETURN 1"}', '[', 'null', '{"query":"RETURN 1","params":[]}', '{"query":"MATCH (n) RETURN n LIMIT 2"}',
      '{"query":"CREATE (n) RETURN n"}', '{"query":"LOAD CSV FROM \'file:///etc/hostname\' AS l RETURN l"}', '{"query":"RETURN $x","params":{"x":{"y":[1,2]}}}', '\u0000\u00ff{'];
    const extra = ['X-Forwarded-Host: evil.example', 'Expect: 100-continue', 'Origin: http://evil.example', 'Content-Length: abc', 'Content-Length: -1',
      'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip', 'Cookie: a=b', 'Range: bytes=0-1', 'Range: bytes=x', 'If-None-Match: *', 'Accept-Encoding: gzip, br',
      'X-Weird: \u00e9\u00ff', 'Connection: close', 'Connection: keep-alive, Upgrade'];
    const requests: Array<string> = [];
    for (let i = 0; i < 300; i++) {
      let target = rng() < 0.8 ? '/' : '';
      const n = 1 + Math.floor(rng() * 6);
      for (let k = 0; k < n; k++) target += pick(pieces);
      if (rng() < 0.05) target = `http://${pick(['evil.example', '127.0.0.1', '['])}${target}`;
      const method = pick(methods);
      const lines = [`${method} ${target} HTTP/1.1`];
      const host = pick(hosts);
      if (host !== undefined) lines.push(`Host: ${host}`);
      const type = pick(types);
      if (type !== undefined) lines.push(`Content-Type: ${type}`);
      for (let k = Math.floor(rng() * 3); k > 0; k--) lines.push(pick(extra));
      let body = rng() < 0.6 ? pick(bodies) : '';
      if (lines.includes('Transfer-Encoding: chunked')) body = body === '' ? '0\r\n\r\n' : `${Buffer.byteLength(body, 'latin1').toString(16)}\r\n${body}\r\n0\r\n\r\n`;
      else if (body !== '' && !lines.some((l) => l.startsWith('Content-Length'))) lines.push(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
      requests.push(`${lines.join('\r\n')}\r\n\r\n${body}`);
    }
    const failures: string[] = [];
    // A few connections at a time: enough to overlap requests, not enough to need a quiet machine.
    for (let i = 0; i < requests.length; i += 6) {
      const batch = requests.slice(i, i + 6);
      const answers = await Promise.all(batch.map((r) => rawRequest(s.port, Buffer.from(r, 'latin1'))));
      answers.forEach((a, k) => {
        if (a.status === undefined || a.status >= 500) failures.push(`${JSON.stringify(batch[k]?.slice(0, 200))} -> ${a.status ?? 'no answer'} ${a.text.slice(0, 200)}`);
      });
      if (s.child.exitCode !== null) break;
    }
    expect(failures).toEqual([]);
    await alive(s);
  });

  it('answers a body over 1 MB with 413, declared or chunked, and keeps serving', async () => {
    const big = Buffer.alloc(3 << 20, 'a');
    const declared = await post(`${s.url}api/cypher`, big, { 'Content-Type': 'application/json', 'Content-Length': String(big.length) });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).message).toMatch(/too large/);
    const chunked = await post(`${s.url}api/cypher`, big, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    await alive(s);
  });
});

describe('guanxi serve on a graph.json that is not JSON', () => {
  it('says so without quoting the file (in the page and on the terminal); guanxi load neither', async () => {
    const secret = 'hunter2-do-not-show';
    const dir = await graphDir(undefined, `password=${secret}\n`);
    const s = await startServe([dir]);
    try {
      const res = await rawRequest(s.port, `GET /api/graph HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\n\r\n`);
      expect(res.status).toBe(422);
      expect(res.text).toMatch(/is not valid JSON/);
      expect(res.text).not.toContain('hunter2');
      expect(s.stderr()).toMatch(/is not valid JSON/);
      expect(s.stderr()).not.toContain('hunter2');
    } finally {
      await s.stop();
    }
    await writeFile(path.join(dir, 'graph.json'), `{"nodes": [${secret}]}`);
    const load = await cli('load', dir);
    expect(load.code).toBe(1);
    expect(load.stderr).toMatch(/is not valid JSON/);
    expect(load.stderr).not.toContain('hunter2');
  });
});

describe('guanxi serve --host 0.0.0.0', () => {
  const get = (s: ServeProcess, host: string) => rawRequest(s.port, `GET /api/graph HTTP/1.1\r\nHost: ${host}\r\n\r\n`);

  it('still checks Host: loopback names and IP addresses only, unless --allow-host names more', async () => {
    const dir = await graphDir(makeViewerGraphJson());
    const s = await startServe([dir, '--host', '0.0.0.0']);
    try {
      expect(s.stderr()).toMatch(/--allow-host/);
      // A DNS-rebinding page reaches us under its own name: refused.
      expect((await get(s, `evil.example:${s.port}`)).status).toBe(421);
      expect((await get(s, `127.0.0.1:${s.port}`)).status).toBe(200);
      expect((await get(s, `localhost:${s.port}`)).status).toBe(200);
      // Typed by a user as an address: no name to rebind.
      expect((await get(s, `10.1.2.3:${s.port}`)).status).toBe(200);
      expect((await get(s, `[fe80::1]:${s.port}`)).status).toBe(200);
    } finally {
      await s.stop();
    }
    const named = await startServe([dir, '--host', '0.0.0.0', '--allow-host', 'viewer.example', '--allow-host', 'Graph.Lan']);
    try {
      expect((await get(named, `viewer.example:${named.port}`)).status).toBe(200);
      expect((await get(named, 'graph.lan')).status).toBe(200);
      expect((await get(named, `evil.example:${named.port}`)).status).toBe(421);
      expect((await get(named, `viewer.example.evil.example:${named.port}`)).status).toBe(421);
    } finally {
      await named.stop();
    }
  });

  it('refuses an --allow-host that is not a host name', async () => {
    const run = await cli('serve', await graphDir(makeViewerGraphJson()), '--allow-host', 'http://viewer.example:80');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^guanxi: --allow-host "http:\/\/viewer.example:80": give a host name/);
  });
});
