/**
 * `npm run neo4j:local`: starts a real Neo4j with auth on, prints the Bolt
 * URI and the credentials, and stops cleanly on Ctrl-C (SIGINT).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDriver, resolveConnection } from '../../src/neo4j/connection.js';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

describe('npm run neo4j:local', () => {
  it('is the script package.json runs', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['neo4j:local']).toBe('tsx src/neo4j/local.ts');
  });

  it('prints the URI, accepts the password, and stops on Ctrl-C', async () => {
    const port = await freePort();
    const data = await mkdtemp(join(tmpdir(), 'guanxi-neo4j-local-'));
    const child = spawn('node_modules/.bin/tsx', ['src/neo4j/local.ts'], {
      env: { ...process.env, NEO4J_PORT: String(port), NEO4J_DATA: data, NEO4J_PASSWORD: 'local-test-pw', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      await expect.poll(() => stdout, { timeout: 120_000, interval: 250 }).toContain('Press Ctrl-C to stop.');
      expect(stdout).toContain(`Neo4j is running at bolt://localhost:${port}`);
      expect(stdout).toContain('password from NEO4J_PASSWORD');
      const driver = await openDriver(resolveConnection({ uri: `bolt://localhost:${port}`, password: 'local-test-pw' }));
      expect((await driver.executeQuery('RETURN 1 AS one')).records[0]?.get('one')).toBe(1);
      await driver.close();
      await expect(openDriver(resolveConnection({ uri: `bolt://localhost:${port}`, password: 'not-the-password' }))).rejects.toThrow(/wrong user or password/);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr).toContain('Neo4j stopped.');
      // The port is free again: the server is gone, not orphaned.
      await new Promise<void>((done, fail) => {
        const probe = net.createServer().once('error', fail).listen(port, '127.0.0.1', () => probe.close(() => done()));
      });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(data, { recursive: true, force: true });
    }
  }, 180_000);
});
