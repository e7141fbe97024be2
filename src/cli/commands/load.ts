/**
 * `guanxi load <dir>`: writes the graph `guanxi build` produced into Neo4j,
 * merging into what is there, then reads the counts back and checks them.
 */
import type { Command } from 'commander';
import { ExitCode, UserError } from '../../base/errors.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from '../../load/defaults.js';
import { addConnectionOptions, positiveInteger, type ConnectionFlags } from './neo4j-options.js';

interface LoadFlags extends ConnectionFlags {
  batchSize: number;
  concurrency: number;
  wipe?: boolean;
  retrySeconds: number;
}

export function register(program: Command): void {
  const command = program
    .command('load')
    .description('Load a graph built by `guanxi build` into Neo4j (merging into what is there), then check the counts')
    .argument('<dir>', 'output folder of `guanxi build` (or its graph.json)')
    .option('--batch-size <n>', 'rows per UNWIND … MERGE transaction', positiveInteger, DEFAULT_BATCH_SIZE)
    .option('--concurrency <n>', 'batches written in parallel', positiveInteger, DEFAULT_CONCURRENCY)
    .option('--wipe', 'empty the database first (says what it deletes)')
    .option('--retry-seconds <n>', 'how long transient errors are retried', positiveInteger, 30);
  addConnectionOptions(command).action(async (dir: string, flags: LoadFlags) => {
    await runLoad(dir, flags);
  });
}

async function runLoad(dir: string, flags: LoadFlags): Promise<void> {
  // The driver is loaded when the command runs: `guanxi --help` and the other commands never load it.
  const [{ readGraphInput }, { LoadInterrupted, applySchema, countDatabase, loadGraph, verifyLoad, wipeDatabase }, { neo4jErrorCode, openDriver, resolveConnection, toUserError }] = await Promise.all([
    import('../../load/read.js'),
    import('../../load/index.js'),
    import('../../neo4j/connection.js'),
  ]);
  // Read and validate first: a malformed graph is refused before connecting.
  const { file, graph } = await readGraphInput(dir);
  const settings = resolveConnection(flags);
  const driver = await openDriver(settings, { maxTransactionRetryTimeMs: flags.retrySeconds * 1000 });
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  try {
    await applySchema(driver, settings.database);
    if (flags.wipe) {
      const before = await countDatabase(driver, settings.database);
      log(`--wipe: deleting ${before.nodes} nodes and ${before.relationships} relationships from database ${settings.database} at ${settings.uri}`);
      await wipeDatabase(driver, settings.database);
    }
    log(`loading ${graph.order} nodes and ${graph.size} relationships from ${file} into ${settings.database} at ${settings.uri}`);
    const started = Date.now();
    let lastReport = started;
    const plan = await loadGraph(driver, graph, {
      database: settings.database,
      batchSize: flags.batchSize,
      concurrency: flags.concurrency,
      skipSchema: true,
      onBatch: (_batch, done, total) => {
        if (Date.now() - lastReport > 2000 || done === total) {
          lastReport = Date.now();
          log(`  ${done}/${total} batches`);
        }
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const report = await verifyLoad(driver, settings.database, plan);
    const rows = [...report.nodes, ...report.relationships]
      .map((c) => `  ${c.name.padEnd(14)} ${String(c.found).padStart(8)} / ${c.expected}${c.found === c.expected ? '' : '  MISMATCH'}`)
      .join('\n');
    process.stdout.write(`${rows}\n`);
    if (!report.ok) {
      const bad = [...report.nodes, ...report.relationships].filter((c) => c.found !== c.expected);
      throw new UserError(
        `counts read back differ from the graph: ${bad.map((c) => `${c.name} ${c.found} in database, ${c.expected} in graph`).join('; ')}`,
        ExitCode.Mismatch,
      );
    }
    const exact = report.databaseNodes === graph.order && report.databaseRelationships === graph.size;
    process.stdout.write(
      `loaded ${graph.order} nodes and ${graph.size} relationships in ${seconds.toFixed(1)} s; counts match the graph` +
        (exact ? '' : ` (the database holds ${report.databaseNodes} nodes and ${report.databaseRelationships} relationships, with earlier loads)`) +
        '\n',
    );
  } catch (err) {
    if (err instanceof LoadInterrupted) {
      const code = neo4jErrorCode(err.cause);
      const cause =
        code === 'ServiceUnavailable' || code === 'SessionExpired'
          ? `lost the connection to Neo4j at ${settings.uri} (${code})`
          : toUserError(err.cause, settings).message;
      throw new UserError(
        `${cause}; load stopped after ${err.committed} of ${err.total} batches (each batch is all-or-nothing): when Neo4j is back, run the same command again to complete it`,
        ExitCode.Failure,
      );
    }
    throw toUserError(err, settings);
  } finally {
    await driver.close();
  }
}
