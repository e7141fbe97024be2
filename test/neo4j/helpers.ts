/**
 * Shared by the Neo4j tests: the suite's server (from the global setup), a
 * driver, wiping between tests, running the CLI in-process with its output
 * captured, and writing graphs where `guanxi load` reads them.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { GuanxiGraph } from '../../src/graph/model.js';
import { openDriver, resolveConnection, type ConnectionSettings } from '../../src/neo4j/connection.js';
import { wipeDatabase } from '../../src/load/wipe.js';

export function testConnection(): ConnectionSettings {
  return resolveConnection({ uri: inject('neo4jUri') });
}

export async function testDriver(): Promise<Driver> {
  return openDriver(testConnection());
}

/** Empties the database; the schema stays. */
export async function wipe(driver: Driver): Promise<void> {
  await wipeDatabase(driver, testConnection().database);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `guanxi ARGS` in this process (through src/cli/main.ts) and captures what it prints. */
export async function cli(...args: string[]): Promise<CliRun> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'guanxi', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Connection options for the suite's server, to append to CLI arguments. */
export function connectionArgs(): string[] {
  const c = testConnection();
  return ['--uri', c.uri, '--user', c.user, '--password', c.password, '--database', c.database];
}

/** Writes `graph.json` into a new temporary folder, as `guanxi build` would. */
export async function graphDir(graph: GuanxiGraph): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'guanxi-graph-'));
  await writeFile(join(dir, 'graph.json'), JSON.stringify(graph.export()));
  return dir;
}

export async function rows<T = Record<string, unknown>>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: testConnection().database });
  return records.map((r) => r.toObject() as T);
}

/** The corpus the ready queries are tested on (../shared/corpus, or GUANXI_CORPUS). */
export const CORPUS = process.env['GUANXI_CORPUS'] ?? '../shared/corpus';

/** Runs the real CLI in a child process (as a user would), e.g. for exit codes and stderr. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/guanxi.js', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.once('error', fail);
    child.once('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** `guanxi build CORPUS --out <temp dir>`; returns the folder. */
export async function buildCorpus(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'guanxi-corpus-build-'));
  const run = await spawnCli(['build', CORPUS, '--out', out, '-q']);
  if (run.code !== 0) throw new Error(`guanxi build failed (${run.code}): ${run.stderr}`);
  return out;
}

export interface Relay {
  uri: string;
  /** Stops forwarding what clients send (the connections stay open), as a stalled client would. */
  pause(): void;
  resume(): void;
  /** Drops every connection, as if the server went away. */
  cut(): void;
  /** Resolves when the relay was cut (by cut() or after `cutAfterBytes`). */
  cutDone: Promise<void>;
  close(): void;
}

/** A TCP relay in front of the test server that can be paused or cut; cut on its own after `cutAfterBytes` from clients. */
export async function relay(target: number, cutAfterBytes = Infinity): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  const clients = new Set<net.Socket>();
  let bytes = 0;
  let paused = false;
  let markCut: () => void = () => undefined;
  const cutDone = new Promise<void>((done) => (markCut = done));
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    clients.add(client);
    if (paused) client.pause();
    client.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > cutAfterBytes) cut();
    });
    client.pipe(upstream).on('error', () => undefined);
    upstream.pipe(client).on('error', () => undefined);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  const cut = (): void => {
    server.close();
    for (const s of sockets) s.destroy();
    markCut();
  };
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    pause: () => {
      paused = true;
      for (const c of clients) c.pause();
    },
    resume: () => {
      paused = false;
      for (const c of clients) c.resume();
    },
    cut,
    cutDone,
    close: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}
