/**
 * The Cypher box reads the graph and nothing else: probes through the real
 * `guanxi serve --neo4j` against the suite's real Neo4j. No LOAD CSV (local
 * files, URLs), no procedures or commands outside the allow-list, no view of
 * or control over other clients' transactions, and a byte cap on what one
 * query sends to the page. The local Neo4j itself confines file URLs to an
 * empty import folder.
 */
import http from 'node:http';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadGraph } from '../../src/load/index.js';
import { DEFAULT_SERVE_SETTINGS } from '../../src/serve/index.js';
import { QUERIES_DIR } from '../../src/serve/paths.js';
import { listExampleQueries } from '../../src/serve/queries.js';
import { makeViewerGraph, makeViewerGraphJson } from '../fixtures/viewer-graph.js';
import { testConnection, testDriver, wipe } from '../neo4j/helpers.js';
import { graphDir } from './browser.js';
import { startServe, type ServeProcess } from './serve-process.js';

interface BoxAnswer {
  status: number;
  size: number;
  body: { type: string; message?: string; code?: string; columns?: string[]; rows?: string[][]; truncated?: boolean };
}

let s: ServeProcess;
let driver: Driver;
/** A file only its owner may read, with a marker that must never reach the page. */
let privateFile: string;
const MARKER = 'guanxi-private-marker-7c1f';

async function box(query: string, params: Record<string, unknown> = {}): Promise<BoxAnswer> {
  const res = await fetch(`${s.url}api/cypher`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, params }) });
  const text = await res.text();
  return { status: res.status, size: Buffer.byteLength(text), body: JSON.parse(text) as BoxAnswer['body'] };
}

function expectRefused(a: BoxAnswer, reason: RegExp): void {
  expect(a.status, JSON.stringify(a.body).slice(0, 300)).toBe(400);
  expect(a.body.code).toBe('guanxi.NotAllowed');
  expect(a.body.message).toMatch(reason);
}

beforeAll(async () => {
  driver = await testDriver();
  await wipe(driver);
  await loadGraph(driver, makeViewerGraph(), { database: testConnection().database });
  const dir = await graphDir(makeViewerGraphJson());
  privateFile = path.join(await mkdtemp(path.join(tmpdir(), 'guanxi-private-')), 'secret.csv');
  await writeFile(privateFile, `${MARKER},1\n`);
  await chmod(privateFile, 0o600);
  s = await startServe([dir, '--neo4j', '--uri', inject('neo4jUri')]);
});

afterAll(async () => {
  await s?.stop();
  await driver?.close();
});

describe('the Cypher box', () => {
  it('runs ordinary reads, procedures on the allow-list and schema listings', async () => {
    const read = await box('MATCH (b:Branch) RETURN b.name AS name ORDER BY name');
    expect(read.status).toBe(200);
    expect(read.body.rows?.length).toBe(2);
    expect((await box('CALL db.labels() YIELD label RETURN label')).status).toBe(200);
    expect((await box('SHOW INDEXES')).status).toBe(200);
    expect((await box('MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS d } RETURN max(d) AS d')).status).toBe(200);
  });

  it('runs every example query of cypher/queries/', async () => {
    const examples = await listExampleQueries(QUERIES_DIR);
    expect(examples.length).toBeGreaterThan(0);
    for (const q of examples) {
      // Each parameter as its header's example gives it: a whole number stays one (LIMIT needs it), any other is a name.
      const example = (name: string): number | string => {
        const given = new RegExp(`^//\\s+\\$${name}\\s.*e\\.g\\. (\\S+)`, 'm').exec(q.query)?.[1];
        return given !== undefined && /^\d+$/.test(given) ? Number(given) : '工行';
      };
      const params = Object.fromEntries([...q.query.matchAll(/\$([A-Za-z_]\w*)/g)].map(([, name]) => [name, example(name as string)]));
      const a = await box(q.query, params);
      expect(a.status, `${q.name}: ${a.body.message ?? ''}`).toBe(200);
    }
  });

  it('refuses LOAD CSV of a local file, even one only its owner may read', async () => {
    for (const url of ['file:///etc/passwd', `file://${privateFile}`]) {
      const a = await box(`LOAD CSV FROM '${url}' AS line RETURN line`);
      expectRefused(a, /LOAD CSV/);
      expect(JSON.stringify(a.body)).not.toMatch(/root:|guanxi-private-marker/);
    }
    // Hidden behind a read and a parameter, it is still seen in the plan.
    expectRefused(await box('MATCH (n) WITH n LIMIT 1 LOAD CSV FROM $u AS line RETURN line', { u: `file://${privateFile}` }), /LOAD CSV/);
  });

  it('refuses LOAD CSV of a URL, and nothing is fetched', async () => {
    let fetched = 0;
    const target = http.createServer((_req, res) => {
      fetched++;
      res.end('a,b\n');
    });
    await new Promise<void>((done) => target.listen(0, '127.0.0.1', () => done()));
    try {
      const port = (target.address() as AddressInfo).port;
      expectRefused(await box(`LOAD CSV FROM 'http://127.0.0.1:${port}/x.csv' AS line RETURN line`), /LOAD CSV/);
      expect(fetched).toBe(0);
    } finally {
      await new Promise<void>((done) => target.close(() => done()));
    }
  });

  it('refuses procedures outside the allow-list', async () => {
    expectRefused(await box('CALL dbms.listConnections()'), /dbms\.listConnections/);
    expectRefused(await box('CALL dbms.components() YIELD name RETURN name'), /dbms\.components/);
    expectRefused(await box('MATCH (n) WITH n LIMIT 1 CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN name'), /dbms\.listConfig/);
  });

  it('neither shows nor terminates other clients\' transactions, and refuses other commands', async () => {
    const other = driver.session({ database: testConnection().database });
    const tx = await other.beginTransaction();
    try {
      await tx.run('MATCH (n) WHERE n.name = $secret RETURN count(n)', { secret: MARKER });
      const shown = await box('SHOW TRANSACTIONS YIELD transactionId, currentQuery, parameters RETURN *');
      expectRefused(shown, /SHOW TRANSACTIONS/);
      expect(JSON.stringify(shown.body)).not.toContain(MARKER);
      const ids = (await driver.executeQuery('SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $m RETURN transactionId', { m: 'secret' })).records.map((r) => r.get('transactionId') as string);
      expectRefused(await box('TERMINATE TRANSACTIONS $ids', { ids }), /TERMINATE TRANSACTIONS/);
      // The other client's transaction goes on.
      expect((await tx.run('RETURN 1 AS one')).records[0]?.get('one')).toBe(1);
      expectRefused(await box('SHOW SETTINGS'), /SHOW SETTINGS/);
      expectRefused(await box('SHOW DATABASES'), /database|administration/);
      expectRefused(await box('SHOW USERS'), /database|administration/);
    } finally {
      await tx.rollback();
      await other.close();
    }
  });

  it('stops at a byte cap as well as a row cap', async () => {
    // 40 rows of 1 MiB each.
    const a = await box('UNWIND range(1, 40) AS i RETURN i, reduce(s = "x", k IN range(1, 20) | s + s) AS big');
    expect(a.status).toBe(200);
    expect(a.body.truncated).toBe(true);
    expect(a.body.rows?.length).toBeGreaterThan(0);
    expect(a.body.rows?.length).toBeLessThan(40);
    expect(a.size).toBeLessThan(DEFAULT_SERVE_SETTINGS.maxBytes + (64 << 10));
    const small = await box('UNWIND range(1, 40) AS i RETURN i');
    expect(small.body.truncated).toBe(false);
    expect(small.body.rows?.length).toBe(40);
  });
});

describe('the local Neo4j (neo4j/Launcher.java)', () => {
  it('confines LOAD CSV file URLs to its empty import folder', async () => {
    await expect(driver.executeQuery(`LOAD CSV FROM 'file://${privateFile}' AS line RETURN line`)).rejects.toThrow(/Couldn't load the external resource|not found|import/i);
  });
});
