/**
 * Load benchmark (`npx tsx bench/neo4j-load.ts`, part of `npm run bench`).
 * Prints, from one run on one machine (figures are only compared within a
 * run, so a busy machine slows all of them alike):
 *
 * - the plain anchor (bench/neo4j-plain.ts: UNWIND … MERGE … SET n += row.props
 *   per 10,000 rows) and `guanxi load`'s online load, on the same kind of
 *   graph (100,000 nodes and 300,000 relationships by default), with
 *   guanxi's rate against the anchor's (target ≥ 2×);
 * - one MERGE per transaction for a sample, as before;
 * - the bulk load (`guanxi load --bulk`) of a graph of at least 1 M
 *   elements, step by step as the command runs them: the import files,
 *   Neo4j's import tool into a new store, the local server started on it,
 *   the schema and the read-back check. Two rates against the online load's
 *   (target ≥ 10×): end to end, which is what a user waits for, and the
 *   import alone (files + tool). The issue's target is met only when the
 *   end-to-end figure meets it; a bigger --bulk-nodes shows the size at
 *   which it would.
 *
 * Starts its own Neo4j with the launcher unless NEO4J_URI is set (the bulk
 * import always writes a store of its own). Small graphs of the same shape
 * (other keys) are loaded first, the guanxi way and the plain way, and kept:
 * the JVM compiles Neo4j's hot paths during its first load. The anchor runs
 * before guanxi's load, so guanxi's goes into the fuller database.
 *
 * Options: --nodes N --relationships N --bulk-nodes N --bulk-relationships N
 *          --batch-size N --concurrency N[,N…] --sample N --warmup N (nodes; 0 = none) --no-bulk
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, applySchema, awaitSearchIndex, checkLoad, loadGraph, planBatches, wipeDatabase } from '../src/load/index.js';
import type { Batch } from '../src/load/batches.js';
import { importIntoLocalStore } from '../src/load/bulk.js';
import { writeImportFiles } from '../src/load/csv.js';
import { openDriver, resolveConnection } from '../src/neo4j/connection.js';
import { startNeo4j, type RunningNeo4j } from '../src/neo4j/launcher.js';
import { syntheticGraph } from './neo4j-graph.js';
import { plainBatch, plainLoad } from './neo4j-plain.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '100000' },
    relationships: { type: 'string', default: '300000' },
    'bulk-nodes': { type: 'string', default: '250000' },
    'bulk-relationships': { type: 'string', default: '750000' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    sample: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '20000' },
    'no-bulk': { type: 'boolean', default: false },
  },
});
const nodeCount = Number(values.nodes);
const relCount = Number(values.relationships);
const bulkNodes = Number(values['bulk-nodes']);
const bulkRels = Number(values['bulk-relationships']);
const batchSize = Number(values['batch-size']);
// A list (1,2) runs guanxi load once per value; the first is the one the other targets compare with.
const concurrencies = values.concurrency.split(',').map(Number);
const concurrency = concurrencies[0] ?? DEFAULT_CONCURRENCY;
const sample = Number(values.sample);
const warmupNodes = Number(values.warmup);

const SERVER = { heap: '2g', pageCache: '1g' };

/** One MERGE per row, one transaction per row (the plain statements): the baseline the first issue compared with. */
async function naive(driver: Driver, database: string, batches: Batch[], limit: number): Promise<number> {
  const session = driver.session({ database });
  let written = 0;
  try {
    for (const batch of batches) {
      const { statement, rows } = plainBatch(batch);
      for (const row of rows) {
        if (written >= limit) return written;
        await session.executeWrite((tx) => tx.run(statement, { rows: [row] }));
        written++;
      }
    }
  } finally {
    await session.close();
  }
  return written;
}

const rate = (n: number, ms: number): number => Math.round(n / (ms / 1000));
const say = (line: string): void => void process.stderr.write(`${line}\n`);

type Row = [string, number, number];

async function online(driver: Driver, database: string): Promise<{ rows: Row[]; anchorRate: number; online: Array<{ concurrency: number; rate: number }>; onlineRate: number; naiveRate: number }> {
  const rows: Row[] = [];
  await wipeDatabase(driver, database);
  await applySchema(driver, database);
  if (warmupNodes > 0) {
    const warm = syntheticGraph(warmupNodes, warmupNodes * 3, 2, '预热');
    const plainWarm = syntheticGraph(Math.ceil(warmupNodes / 2), Math.ceil(warmupNodes / 2) * 3, 3, '预热甲');
    say(`warm-up: ${warm.order + warm.size} elements the guanxi way, ${plainWarm.order + plainWarm.size} the plain way…`);
    const t0 = performance.now();
    await loadGraph(driver, warm, { database, batchSize, concurrency, skipSchema: true, check: false });
    rows.push(['warm-up, fresh JVM (not compared)', warm.order + warm.size, performance.now() - t0]);
    await plainLoad(driver, database, plainWarm);
    await awaitSearchIndex(driver, database);
  }

  const anchorGraph = syntheticGraph(nodeCount, relCount, 1, '甲');
  const elements = anchorGraph.order + anchorGraph.size;
  say(`plain anchor: ${elements} elements…`);
  const anchor = await plainLoad(driver, database, anchorGraph);
  const anchorMs = anchor.nodesMs + anchor.relationshipsMs;
  // Untimed: the full-text index is updated after each commit, in the
  // background; guanxi load waits for its own updates before it returns, and
  // must not also wait for the anchor's.
  await awaitSearchIndex(driver, database);
  rows.push(['plain anchor: UNWIND … MERGE … SET += props', elements, anchorMs]);
  rows.push(['  of which nodes', anchorGraph.order, anchor.nodesMs]);
  rows.push(['  of which relationships', anchorGraph.size, anchor.relationshipsMs]);

  // One guanxi load per --concurrency value, each a fresh graph of the same shape (other keys), in the order
  // given: the first is the headline figure; later ones go into a fuller database.
  const online: Array<{ concurrency: number; rate: number }> = [];
  let graph = anchorGraph;
  for (const [i, concurrency] of concurrencies.entries()) {
    graph = syntheticGraph(nodeCount, relCount, 1, `乙${i}`);
    say(`guanxi load (batch ${batchSize}, concurrency ${concurrency}): ${elements} elements…`);
    const phases = new Map<string, number>();
    const { plan } = await loadGraph(driver, graph, {
      database,
      batchSize,
      concurrency,
      skipSchema: true,
      check: false,
      onPhase: (phase, ms) => phases.set(phase, ms),
    });
    const nodesMs = phases.get('nodes') ?? 0;
    const relsMs = phases.get('relationships') ?? 0;
    rows.push([`guanxi load (online, concurrency ${concurrency})`, elements, nodesMs + relsMs]);
    rows.push(['  of which nodes', graph.order, nodesMs]);
    rows.push(['  of which relationships', graph.size, relsMs]);
    const t = performance.now();
    const { report } = await checkLoad(driver, database, plan, false);
    rows.push([`  read-back check (${report.ok ? 'counts match' : 'MISMATCH'})`, elements, performance.now() - t]);
    if (!report.ok) process.exitCode = 1;
    online.push({ concurrency, rate: rate(elements, nodesMs + relsMs) });
  }

  // One MERGE per transaction: nodes of a graph not loaded yet, then relationships of guanxi's
  // graph deleted first (untimed), so that each MERGE creates, as in a first load.
  say(`one MERGE per transaction, ${sample} elements…`);
  const fresh = planBatches(syntheticGraph(Math.ceil(sample / 2) * 2, 0, 4, '丙'), Number.MAX_SAFE_INTEGER);
  const half = Math.floor(sample / 2);
  const edgeRows = planBatches(graph, Number.MAX_SAFE_INTEGER).edges;
  const sampled = edgeRows.map((b) => ({ ...b, rows: b.rows.slice(0, Math.ceil((sample - half) / edgeRows.length)) }));
  const session = driver.session({ database });
  try {
    for (const b of sampled) {
      await session.executeWrite((tx) =>
        tx.run(`UNWIND $rows AS row MATCH (:\`${b.sourceLabel}\` {id: row.s})-[r:\`${b.type}\`]->(:\`${b.targetLabel}\` {id: row.t}) DELETE r`, { rows: b.rows }),
      );
    }
  } finally {
    await session.close();
  }
  const n0 = performance.now();
  let naiveCount = await naive(driver, database, fresh.nodes, half);
  naiveCount += await naive(driver, database, sampled, sample - half);
  const naiveMs = performance.now() - n0;
  rows.push(['one MERGE per transaction (sample)', naiveCount, naiveMs]);
  return { rows, anchorRate: rate(elements, anchorMs), online, onlineRate: online[0]?.rate ?? 0, naiveRate: rate(naiveCount, naiveMs) };
}

/** The local server as `guanxi load --bulk` starts it after the import (src/cli/commands/load-bulk.ts). */
const BULK_SERVER = { heap: '1g', pageCache: '512m' };

async function bulk(): Promise<{ rows: Row[]; importRate: number; endToEndRate: number }> {
  const rows: Row[] = [];
  say(`bulk: generating ${bulkNodes} nodes, ${bulkRels} relationships…`);
  const graph = syntheticGraph(bulkNodes, bulkRels, 5);
  const elements = graph.order + graph.size;
  const store = await mkdtemp(join(tmpdir(), 'guanxi-bench-bulk-'));
  try {
    say('bulk: import files, then the import tool…');
    const t0 = performance.now();
    const files = await writeImportFiles(graph, join(store, 'import'));
    const t1 = performance.now();
    await importIntoLocalStore(files, join(store, 'neo4j'));
    const t2 = performance.now();
    rows.push(['bulk import (files + import tool)', elements, t2 - t0]);
    rows.push(['  of which import files', elements, t1 - t0]);
    rows.push(['  of which the import tool', elements, t2 - t1]);
    await rm(join(store, 'import'), { recursive: true, force: true });

    say('bulk: starting Neo4j on the new store for the schema and the check…');
    const t3 = performance.now();
    let t6 = t3;
    const server = await startNeo4j({ dataDir: join(store, 'neo4j'), port: 0, ...BULK_SERVER, timeoutMs: 600_000 });
    try {
      const settings = resolveConnection({ uri: server.uri });
      const driver = await openDriver(settings);
      try {
        const t4 = performance.now();
        await applySchema(driver, settings.database);
        const t5 = performance.now();
        const { report } = await checkLoad(driver, settings.database, graph, false);
        t6 = performance.now();
        rows.push(['  then: server start', elements, t4 - t3]);
        rows.push(['  then: schema (indexes built on the data)', elements, t5 - t4]);
        rows.push([`  then: read-back check (${report.ok ? 'counts match' : 'MISMATCH'})`, elements, t6 - t5]);
        rows.push(['bulk load end to end (guanxi load --bulk)', elements, t6 - t0]);
        if (!report.ok) process.exitCode = 1;
      } finally {
        await driver.close();
      }
    } finally {
      await server.stop();
    }
    return { rows, importRate: rate(elements, t2 - t0), endToEndRate: rate(elements, t6 - t0) };
  } finally {
    await rm(store, { recursive: true, force: true });
  }
}

function print(rows: Row[]): void {
  const table = [['method', 'elements', 'seconds', 'elements/s'], ...rows.map(([name, n, ms]) => [name, n.toLocaleString('en'), (ms / 1000).toFixed(1), rate(n, ms).toLocaleString('en')])];
  const widths = (table[0] as string[]).map((_, i) => Math.max(...table.map((r) => (r[i] as string).length)));
  for (const row of table) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  '));
}

const verdict = (ratio: number, target: number): string => `${ratio.toFixed(2)}x (target ≥ ${target}x: ${ratio >= target ? 'met' : 'NOT met'})`;

async function main(): Promise<void> {
  let server: RunningNeo4j | undefined;
  let dataDir: string | undefined;
  if (!process.env['NEO4J_URI']) {
    dataDir = await mkdtemp(join(tmpdir(), 'guanxi-bench-neo4j-'));
    say('starting Neo4j…');
    server = await startNeo4j({ dataDir, port: 0, ...SERVER, timeoutMs: 600_000 });
  }
  const settings = resolveConnection({ uri: server?.uri });
  const driver = await openDriver(settings);
  try {
    const results = await online(driver, settings.database);
    await wipeDatabase(driver, settings.database);
    await driver.close();
    await server?.stop();
    server = undefined;
    const bulked = values['no-bulk'] ? undefined : await bulk();
    print([...results.rows, ...(bulked?.rows ?? [])]);
    for (const o of results.online) console.log(`guanxi load (concurrency ${o.concurrency}) vs the plain anchor: ${verdict(o.rate / results.anchorRate, 2)}`);
    if (bulked) {
      console.log(`bulk load end to end (files, tool, server start, schema, check) vs guanxi load: ${verdict(bulked.endToEndRate / results.onlineRate, 10)}`);
      console.log(`  the import alone (files + tool) vs guanxi load: ${verdict(bulked.importRate / results.onlineRate, 10)}`);
    }
    console.log(`guanxi load vs one MERGE per transaction: ${(results.onlineRate / results.naiveRate).toFixed(0)}x`);
    console.log(
      `graphs: ${nodeCount.toLocaleString('en')} nodes + ${relCount.toLocaleString('en')} relationships online` +
        `${bulked ? `, ${bulkNodes.toLocaleString('en')} + ${bulkRels.toLocaleString('en')} bulk` : ''}; batch size ${batchSize}, concurrency ${concurrencies.join(', ')}`,
    );
  } finally {
    await driver.close().catch(() => undefined);
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
