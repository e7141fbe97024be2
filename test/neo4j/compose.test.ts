/**
 * docker-compose.yml cannot run here (no Docker), so its content is checked
 * against the project: the Neo4j image and ports, the credentials, the
 * commands of the app service, and what docs/neo4j.md (and README.md, where
 * it talks about Neo4j) tell users.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProgram } from '../../src/cli/main.js';
import { DEFAULT_CONNECTION } from '../../src/neo4j/connection.js';

interface Service {
  image?: string;
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
const passwordExpr = `\${NEO4J_PASSWORD:-${DEFAULT_CONNECTION.password}}`;

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with auth from the environment, defaulting to the project password', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.['NEO4J_AUTH']).toBe(`${DEFAULT_CONNECTION.user}/${passwordExpr}`);
  });

  it('publishes Bolt on the default URI\'s port and HTTP on 7474', () => {
    expect(neo4j.ports).toContain(`${boltPort}:7687`);
    expect(neo4j.ports).toContain('7474:7474');
  });

  it('keeps the data in a named volume and has a health check that runs a query', () => {
    const [volume, mount] = (neo4j.volumes?.[0] ?? '').split(':');
    expect(mount).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell -u neo4j .*RETURN 1/);
    expect(neo4j.healthcheck?.retries).toBeGreaterThan(0);
  });

  it('builds, loads and serves the sample once Neo4j is healthy, with the same credentials', () => {
    expect(app.depends_on?.['neo4j']?.condition).toBe('service_healthy');
    expect(app.environment).toEqual({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_USERNAME: DEFAULT_CONNECTION.user, NEO4J_PASSWORD: passwordExpr });
    const script = (app.command ?? []).join(' ');
    const build = /guanxi build (\S+) --out (\S+)/.exec(script);
    expect(build?.[1]).toBe('data/sample');
    const out = build?.[2] as string;
    const steps = [`guanxi build data/sample --out ${out}`, `guanxi load ${out}`, `guanxi serve ${out} --neo4j --host 0.0.0.0 --port`];
    const positions = steps.map((s) => script.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const port = /--port (\d+)/.exec(script)?.[1];
    expect(app.ports).toContain(`${port}:${port}`);
    expect(existsSync('data/sample')).toBe(true);
  });

  it('uses only commands and options the CLI has', () => {
    const program = createProgram();
    const options = (name: string): string[] => program.commands.find((c) => c.name() === name)?.options.map((o) => o.long ?? '') ?? [];
    expect(options('build')).toEqual(expect.arrayContaining(['--out', '--quiet']));
    expect(options('load')).toEqual(expect.arrayContaining(['--uri', '--password']));
    expect(options('serve')).toEqual(expect.arrayContaining(['--neo4j', '--host', '--port']));
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect((app.command ?? []).join(' ')).toMatch(/npm run web:build/);
    expect(scripts['web:build']).toBeDefined();
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
