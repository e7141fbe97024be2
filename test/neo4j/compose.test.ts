/**
 * docker-compose.yml and the Dockerfile cannot run here (no Docker engine on
 * this machine kind), so their content is parsed and checked against the
 * project: the Neo4j image and ports (published on 127.0.0.1 only), the
 * credentials, an app image that installs and builds everything at build
 * time, the commands it runs, and what docs/neo4j.md (and README.md, where
 * it talks about Neo4j) tell users.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProgram } from '../../src/cli/main.js';
import { DEFAULT_CONNECTION } from '../../src/neo4j/connection.js';

interface Service {
  image?: string;
  build?: string | { context: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval: string; retries: number };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const neo4j = compose.services['neo4j'] as Service;
const app = compose.services['guanxi'] as Service;
const boltPort = new URL(DEFAULT_CONNECTION.uri.replace(/^bolt:/, 'http:')).port;

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
const dockerfile = readFileSync('Dockerfile', 'utf8')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => {
    const [instruction = '', ...rest] = l.split(/\s+/);
    return { instruction: instruction.toUpperCase(), args: rest.join(' ') };
  });
const runs = dockerfile.filter((i) => i.instruction === 'RUN').map((i) => i.args).join(' && ');
/** A port mapping's host side: "127.0.0.1:4747:4747" → { address, port }. */
function published(mapping: string): { address: string | undefined; host: string; container: string } {
  const parts = mapping.split(':');
  const container = parts.pop() as string;
  const host = parts.pop() as string;
  return { address: parts.pop(), host, container };
}
const passwordExpr = `\${NEO4J_PASSWORD:-${DEFAULT_CONNECTION.password}}`;

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with auth from the environment, defaulting to the project password', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.['NEO4J_AUTH']).toBe(`${DEFAULT_CONNECTION.user}/${passwordExpr}`);
  });

  it('publishes Bolt on the default URI\'s port and HTTP on 7474, on 127.0.0.1 only', () => {
    expect(neo4j.ports).toContain(`127.0.0.1:${boltPort}:7687`);
    expect(neo4j.ports).toContain('127.0.0.1:7474:7474');
  });

  it('publishes every port of every service on 127.0.0.1 only', () => {
    const all = Object.values(compose.services).flatMap((svc) => svc.ports ?? []);
    expect(all.length).toBeGreaterThan(0);
    for (const mapping of all) expect(published(mapping).address, mapping).toBe('127.0.0.1');
  });

  it('keeps the data in a named volume and has a health check that runs a query', () => {
    const [volume, mount] = (neo4j.volumes?.[0] ?? '').split(':');
    expect(mount).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell -u neo4j .*RETURN 1/);
    expect(neo4j.healthcheck?.retries).toBeGreaterThan(0);
  });

  it('runs an image built from the Dockerfile: npm ci, the viewer and the sample graph at build time, none of them at start', () => {
    expect(app.build === '.' || (typeof app.build === 'object' && app.build.context === '.')).toBe(true);
    expect(dockerfile[0]?.instruction).toBe('FROM');
    expect(dockerfile[0]?.args).toMatch(/^node:20\b/);
    expect(dockerfile.some((i) => i.instruction === 'COPY')).toBe(true);
    const order = ['npm ci', 'npm run web:build', 'guanxi.js build data/sample --out out/sample'].map((step) => runs.indexOf(step));
    expect(order.every((p) => p >= 0), runs).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Node's headers come from the image's own node, not a path pinned for one machine.
    expect(runs).toContain('.ci/node-headers');
    const start = (app.command ?? []).join(' ');
    expect(start).not.toMatch(/npm (ci|install)|web:build|guanxi\.js build/);
    const cmd = dockerfile.filter((i) => i.instruction === 'CMD').map((i) => i.args).join(' ');
    expect(cmd).not.toMatch(/npm (ci|install)|web:build/);
    // The host's own node_modules (built for its platform) never enters the image.
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim());
    for (const entry of ['node_modules/', 'web/dist/', 'out/', 'neo4j/data/']) expect(ignored).toContain(entry);
  });

  it('loads and serves the sample once Neo4j is healthy, with the same credentials', () => {
    expect(app.depends_on?.['neo4j']?.condition).toBe('service_healthy');
    expect(app.environment).toEqual({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_USERNAME: DEFAULT_CONNECTION.user, NEO4J_PASSWORD: passwordExpr });
    const script = (app.command ?? []).join(' ');
    const steps = ['guanxi.js load out/sample', 'guanxi.js serve out/sample --neo4j --host 0.0.0.0 --port'];
    const positions = steps.map((s) => script.indexOf(s));
    expect(positions.every((p) => p >= 0), script).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const port = /--port (\d+)/.exec(script)?.[1];
    expect(app.ports).toContain(`127.0.0.1:${port}:${port}`);
    expect(existsSync('data/sample')).toBe(true);
  });

  it('uses only commands and options the CLI has', () => {
    const program = createProgram();
    const options = (name: string): string[] => program.commands.find((c) => c.name() === name)?.options.map((o) => o.long ?? '') ?? [];
    expect(options('build')).toEqual(expect.arrayContaining(['--out', '--quiet']));
    expect(options('load')).toEqual(expect.arrayContaining(['--uri', '--password']));
    expect(options('serve')).toEqual(expect.arrayContaining(['--neo4j', '--host', '--port']));
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['web:build']).toBeDefined();
  });

  it('pins no machine-specific npm setting in the repository (.ci/run sets Node\'s headers per machine)', () => {
    const npmrc = existsSync('.npmrc') ? readFileSync('.npmrc', 'utf8') : '';
    expect(npmrc).not.toMatch(/^\s*nodedir\s*=/m);
    expect(readFileSync('.ci/run', 'utf8')).toContain('.ci/node-headers');
    // The script finds this machine's headers from the running node.
    const prefix = execFileSync('.ci/node-headers', { encoding: 'utf8' }).trim();
    expect(existsSync(`${prefix}/include/node/common.gypi`), prefix).toBe(true);
    expect(prefix).toBe(resolve(process.execPath, '..', '..'));
  });

  it('agrees with what docs/neo4j.md and README.md tell users', () => {
    const docs = readFileSync('docs/neo4j.md', 'utf8');
    expect(docs).toContain('docker compose up');
    expect(docs).toContain('npm run neo4j:local');
    expect(docs).toContain(DEFAULT_CONNECTION.uri);
    expect(docs).toContain(`password \`$NEO4J_PASSWORD\` or the project default \`${DEFAULT_CONNECTION.password}\``);
    const viewerPort = /--port (\d+)/.exec((app.command ?? []).join(' '))?.[1];
    expect(docs).toContain(`http://localhost:${viewerPort}`);
    for (const file of ['docs/neo4j.md', 'README.md'].filter((f) => existsSync(f))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/bolt:\/\/localhost:(\d+)/g)) expect(m[1], file).toBe(boltPort);
      for (const m of text.matchAll(/NEO4J_PASSWORD`? or the (?:project )?default `([^`]+)`/g)) expect(m[1], file).toBe(DEFAULT_CONNECTION.password);
      if (/docker/i.test(text)) expect(text, file).toMatch(/docker compose up/);
    }
  });
});
