/**
 * Where a load's time goes (not part of npm run bench): starts a server,
 * warms it, then alternates the plain anchor and guanxi load on fresh graphs
 * of the same shape, printing each rate with the CPU time of this process
 * (the driver packing rows) and of the server's JVM. On two busy cores the
 * wall-clock rates swing by half from one run to the next; the CPU times
 * swing less. JFR=FILE also records the server with Java Flight Recorder.
 * --concurrency 1,2 runs guanxi load once per value in each round (retries:
 * batches written again after a deadlock).
 *   npx tsx bench/neo4j-cpu.ts --nodes 30000 --rounds 2 [--concurrency 1,2] [--only guanxi]
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema, awaitSearchIndex, loadGraph, wipeDatabase } from '../src/load/index.js';
import { openDriver, resolveConnection } from '../src/neo4j/connection.js';
import { startNeo4j } from '../src/neo4j/launcher.js';
import { syntheticGraph } from './neo4j-graph.js';
import { plainLoad } from './neo4j-plain.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '30000' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '1' },
    heap: { type: 'string', default: '2g' },
    pagecache: { type: 'string', default: '1g' },
    only: { type: 'string', default: '' },
  },
});
const n = Number(values.nodes);
const say = (s: string): void => void process.stderr.write(`${s}\n`);
const jvmCpu = (pid: number): number => {
  const f = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // ms (100 Hz)
};
const cpu = (): { node: number; jvm: number; t: number } => {
  const u = process.cpuUsage();
  return { node: (u.user + u.system) / 1000, jvm: jvmCpu(server.process.pid ?? 0), t: performance.now() };
};
const cpuSay = (a: ReturnType<typeof cpu>): string => {
  const b = cpu();
  return `  [wall ${((b.t - a.t) / 1000).toFixed(1)} s, node cpu ${((b.node - a.node) / 1000).toFixed(1)} s, jvm cpu ${((b.jvm - a.jvm) / 1000).toFixed(1)} s]`;
};
const dataDir = await mkdtemp(join(tmpdir(), 'guanxi-try-'));
const server = await startNeo4j({ dataDir, port: 0, heap: values.heap, pageCache: values.pagecache, timeoutMs: 600_000 });
const settings = resolveConnection({ uri: server.uri });
const driver = await openDriver(settings);
const db = settings.database;
const concurrencies = values.concurrency.split(',').map(Number);
try {
  await wipeDatabase(driver, db);
  await applySchema(driver, db);
  const w = Number(values.warmup);
  if (w > 0) {
    await loadGraph(driver, syntheticGraph(w, w * 3, 2, '预热'), { database: db, skipSchema: true, check: false });
    await plainLoad(driver, db, syntheticGraph(w / 2, (w / 2) * 3, 3, '预热甲'));
    await awaitSearchIndex(driver, db);
  }
  let seed = 10;
  if (process.env['JFR']) execSync(`jcmd ${server.process.pid} JFR.start name=try settings=profile filename=${process.env['JFR']}`);
  for (let r = 0; r < Number(values.rounds); r++) {
    const ways = ['plain', ...concurrencies.map((c) => `guanxi ${c}`)];
    for (const way of r % 2 === 0 ? ways : ways.reverse()) {
      if (values.only && !way.startsWith(values.only)) continue;
      const g = syntheticGraph(n, n * 3, 1, `轮${seed++}`);
      const el = g.order + g.size;
      const c0 = cpu();
      if (way === 'plain') {
        const p = await plainLoad(driver, db, g);
        const ms = p.nodesMs + p.relationshipsMs;
        say(`plain  ${Math.round(el / (ms / 1000))}/s  nodes ${(p.nodesMs / 1000).toFixed(1)} s rels ${(p.relationshipsMs / 1000).toFixed(1)} s${cpuSay(c0)}`);
        // The anchor's full-text updates, in the background, must not fall into the next load's time.
        await awaitSearchIndex(driver, db);
      } else {
        const ph = new Map<string, number>();
        const concurrency = Number(way.split(' ')[1]);
        let retries = 0;
        await loadGraph(driver, g, { database: db, skipSchema: true, check: false, concurrency, onPhase: (p, ms) => ph.set(p, ms), onRetry: () => retries++ });
        const ms = (ph.get('nodes') ?? 0) + (ph.get('relationships') ?? 0);
        say(`guanxi c${concurrency} ${Math.round(el / (ms / 1000))}/s  retries ${retries}  nodes ${((ph.get('nodes') ?? 0) / 1000).toFixed(1)} s rels ${((ph.get('relationships') ?? 0) / 1000).toFixed(1)} s${cpuSay(c0)}`);
      }
    }
  }
  if (process.env['JFR']) execSync(`jcmd ${server.process.pid} JFR.stop name=try`);
} finally {
  await driver.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
