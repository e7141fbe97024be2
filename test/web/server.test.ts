/**
 * `guanxi serve`'s HTTP side without a browser: what the API answers, the
 * headers that keep article text inert, the loopback-only defaults, and the
 * command line.
 */
import http from 'node:http';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode, UserError } from '../../src/base/errors.js';
import { resolveServeSettings, type ViewerServer } from '../../src/serve/index.js';
import { makeViewerGraphJson } from '../fixtures/viewer-graph.js';
import { graphDir, serve } from './browser.js';

let server: ViewerServer;
let dir: string;

beforeAll(async () => {
  dir = await graphDir(makeViewerGraphJson());
  server = await serve(dir);
});
afterAll(async () => server?.close());

/** A raw request, so the Host header can be anything. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the viewer server', () => {
  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(resolveServeSettings({ dir }).host).toBe('127.0.0.1');
  });

  it('serves the built page with a strict content security policy', async () => {
    const res = await request(server.url);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="graph">');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves graph.json as built', async () => {
    const res = await request(`${server.url}api/graph`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual(makeViewerGraphJson());
  });

  it('says Neo4j is off without --neo4j, and refuses Cypher', async () => {
    expect(JSON.parse((await request(`${server.url}api/config`)).body)).toEqual({ dir, neo4j: { type: 'off' } });
    const res = await request(`${server.url}api/cypher`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":"RETURN 1"}' });
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).message).toMatch(/--neo4j/);
  });

  it('answers only requests addressed to itself (no DNS rebinding)', async () => {
    const res = await request(`${server.url}api/graph`, { headers: { Host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });

  it('takes Cypher only as JSON (a cross-site form cannot post it)', async () => {
    const res = await request(`${server.url}api/cypher`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"query":"RETURN 1"}' });
    expect(res.status).toBe(415);
  });

  it('lists the example queries of cypher/queries/', async () => {
    const res = await request(`${server.url}api/queries`);
    expect(res.status).toBe(200);
    const list = JSON.parse(res.body) as Array<{ name: string; query: string }>;
    expect(Array.isArray(list)).toBe(true);
    for (const q of list) expect(q.query.length).toBeGreaterThan(0);
  });

  it('refuses a bad port with a usage error', () => {
    expect(() => resolveServeSettings({ dir, port: 70000 })).toThrow(UserError);
    try {
      resolveServeSettings({ dir, port: -1 });
    } catch (err) {
      expect((err as UserError).exitCode).toBe(ExitCode.Usage);
    }
  });

  it('reports a port in use as a user error', async () => {
    const port = Number(new URL(server.url).port);
    const { startViewerServer } = await import('../../src/serve/index.js');
    await expect(startViewerServer(resolveServeSettings({ dir, port }))).rejects.toThrow(/already in use/);
  });
});

describe('guanxi serve', () => {
  it('prints the address and serves until interrupted', async () => {
    const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'guanxi.js');
    const child = spawn(process.execPath, [bin, 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /guanxi viewer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${String(code)}: ${err}`)));
    });
    expect(out).toContain(`${makeViewerGraphJson().nodes.length} nodes`);
    expect((await request(`${url}api/graph`)).status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
  });
});
