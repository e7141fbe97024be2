/**
 * Load benchmark (`npx tsx bench/neo4j-load.ts`): a synthetic graph of
 * 100,000 nodes and 300,000 relationships written by `guanxi load`'s code,
 * next to the same rows written one MERGE per transaction for a sample, in
 * the same run and on the same server. Starts its own Neo4j with the
 * launcher unless NEO4J_URI is set. Not a timed test: it prints figures.
 *
 * A smaller graph of the same shape (other keys) is loaded first and kept,
 * not compared but printed: the JVM compiles Neo4j's hot paths during its
 * first load, which on two cores makes that load two to three times slower.
 *
 * Options: --nodes N --relationships N --batch-size N --concurrency N --sample N --warmup N (nodes; 0 = none)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, applySchema, loadGraph, planBatches, verifyLoad, wipeDatabase } from '../src/load/index.js';
import type { Batch } from '../src/load/batches.js';
import { statementFor } from '../src/load/write.js';
import { openDriver, resolveConnection } from '../src/neo4j/connection.js';
import { startNeo4j, type RunningNeo4j } from '../src/neo4j/launcher.js';
import { syntheticGraph } from './neo4j-graph.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '100000' },
    relationships: { type: 'string', default: '300000' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    sample: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '20000' },
  },
});
const nodeCount = Number(values.nodes);
const relCount = Number(values.relationships);
const batchSize = Number(values['batch-size']);
const concurrency = Number(values.concurrency);
const sample = Number(values.sample);
const warmupNodes = Number(values.warmup);

/** One MERGE per row, one transaction per row: the baseline the issue compares with. */
async function naive(driver: Driver, database: string, batches: Batch[], limit: number): Promise<number> {
  const session = driver.session({ database });
  let written = 0;
  try {
    for (const batch of batches) {
      const statement = statementFor(batch);
      for (const row of batch.rows) {
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

function rate(n: number, ms: number): number {
  return Math.round(n / (ms / 1000));
}

async function main(): Promise<void> {
  let server: RunningNeo4j | undefined;
  let dataDir: string | undefined;
  if (!process.env['NEO4J_URI']) {
    dataDir = await mkdtemp(join(tmpdir(), 'guanxi-bench-neo4j-'));
    process.stderr.write('starting Neo4j…\n');
    server = await startNeo4j({ dataDir, port: 0, heap: '2g', pageCache: '1g' });
  }
  const settings = resolveConnection({ uri: server?.uri });
  const driver = await openDriver(settings);
  try {
    process.stderr.write(`generating ${nodeCount} nodes, ${relCount} relationships…\n`);
    const graph = syntheticGraph(nodeCount, relCount);
    const elements = graph.order + graph.size;
    await wipeDatabase(driver, settings.database);
    await applySchema(driver, settings.database);

    let warmupRow: string[] | undefined;
    if (warmupNodes > 0) {
      // Other keys than the measured graph's, and left in place: the measured load then goes into a
      // database that already holds data, as it does when more articles arrive.
      const warm = syntheticGraph(warmupNodes, warmupNodes * 3, 2, '预热');
      process.stderr.write(`warm-up: ${warm.order} nodes, ${warm.size} relationships…\n`);
      const t0 = performance.now();
      await loadGraph(driver, warm, { database: settings.database, batchSize, concurrency, skipSchema: true });
      const ms = performance.now() - t0;
      warmupRow = ['warm-up load, fresh JVM (not compared)', String(warm.order + warm.size), (ms / 1000).toFixed(1), String(rate(warm.order + warm.size, ms))];
    }

    process.stderr.write(`batched load (batch ${batchSize}, concurrency ${concurrency})…\n`);
    let t = performance.now();
    let nodesDoneAt = 0;
    const { plan } = await loadGraph(driver, graph, {
      check: false,
      database: settings.database,
      batchSize,
      concurrency,
      skipSchema: true,
      onBatch: (batch) => {
        if (batch.kind === 'nodes') nodesDoneAt = performance.now();
      },
    });
    const batchedMs = performance.now() - t;
    const nodesMs = nodesDoneAt - t;
    t = performance.now();
    const report = await verifyLoad(driver, settings.database, plan);
    const verifyMs = performance.now() - t;

    // The naive sample writes into an empty database too: same indexes, same statements, one row each.
    await wipeDatabase(driver, settings.database);
    process.stderr.write(`one MERGE per transaction, ${sample} elements…\n`);
    const rowsPlan = planBatches(graph, Number.MAX_SAFE_INTEGER);
    const half = Math.floor(sample / 2);
    t = performance.now();
    let naiveCount = await naive(driver, settings.database, rowsPlan.nodes, half);
    // Relationships whose endpoints exist: load the rest of the nodes first, untimed.
    const naiveNodesMs = performance.now() - t;
    await loadGraph(driver, graph, { database: settings.database, batchSize, concurrency, skipSchema: true });
    await wipeRelationships(driver, settings.database);
    t = performance.now();
    naiveCount += await naive(driver, settings.database, rowsPlan.edges, sample - half);
    const naiveMs = naiveNodesMs + (performance.now() - t);

    const batchedRate = rate(elements, batchedMs);
    const naiveRate = rate(naiveCount, naiveMs);
    const ratio = batchedRate / naiveRate;
    const table = [
      ['method', 'elements', 'seconds', 'elements/s'],
      ...(warmupRow ? [warmupRow] : []),
      ['UNWIND batches (guanxi load)', String(elements), (batchedMs / 1000).toFixed(1), String(batchedRate)],
      ['  of which nodes', String(graph.order), (nodesMs / 1000).toFixed(1), String(rate(graph.order, nodesMs))],
      ['  of which relationships', String(graph.size), ((batchedMs - nodesMs) / 1000).toFixed(1), String(rate(graph.size, batchedMs - nodesMs))],
      ['one MERGE per transaction (sample)', String(naiveCount), (naiveMs / 1000).toFixed(1), String(naiveRate)],
    ];
    const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
    for (const row of table) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
    console.log(`speed-up: ${ratio.toFixed(1)}x (target ≥ 10x); batched rate ${batchedRate}/s (target ≥ 20,000/s)`);
    console.log(`read-back check: ${report.ok ? 'counts match' : 'MISMATCH'} (${(verifyMs / 1000).toFixed(1)} s)`);
    console.log(`graph: ${graph.order} nodes, ${graph.size} relationships; batch size ${batchSize}, concurrency ${concurrency}`);
    if (!report.ok) process.exitCode = 1;
  } finally {
    await driver.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function wipeRelationships(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

await main();
