/**
 * `guanxi load <dir>`: writes the graph `guanxi build` produced into Neo4j,
 * merging into what is there, then reads the counts back and checks them.
 * `--bulk` writes a first load through Neo4j's import tool instead
 * (src/load/bulk.ts); `--check` only checks.
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { ExitCode, UserError } from '../../base/errors.js';
import { readGraphInput } from '../../load/read.js';
import { loadLexicon } from '../../lexicon/index.js';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  LoadInterrupted,
  LoadLocked,
  LoadLockLost,
  applySchema,
  checkLoad,
  loadGraph,
  linkShards,
  planBatches,
  provinceBranchTest,
  type LinkReport,
  type LoadProgress,
  type Phase,
  type VerifyReport,
} from '../../load/index.js';
import type { GuanxiGraph } from '../../graph/model.js';
import { neo4jErrorCode, openDriver, resolveConnection, toUserError, type ConnectionSettings } from '../../neo4j/connection.js';
import { addConnectionOptions, positiveInteger, type ConnectionFlags } from './neo4j-options.js';
import { runBulkLoad, type BulkFlags } from './load-bulk.js';

export interface LoadFlags extends ConnectionFlags, BulkFlags {
  batchSize: number;
  concurrency: number;
  wipe?: boolean;
  check?: boolean;
  corpusLinks?: boolean;
  retrySeconds: number;
  quiet?: boolean;
}

export function register(program: Command): void {
  const command = program
    .command('load')
    .description('Load a graph built by `guanxi build` into Neo4j (merging into what is there), then check the counts')
    .argument('[dir]', 'output folder of `guanxi build` (or its graph.json)')
    .option('--batch-size <n>', 'rows per write transaction', positiveInteger, DEFAULT_BATCH_SIZE)
    .option('--concurrency <n>', 'batches written in parallel (a cluster or Aura may take more than a 2-core local server)', positiveInteger, DEFAULT_CONCURRENCY)
    .option('--wipe', 'empty the database first (says what it deletes)')
    .option('--check', 'write nothing: apply the schema and check that the database holds the graph (e.g. after a bulk import elsewhere)')
    .option('--corpus-links', 'after loading (or alone, without DIR): run the corpus-wide links over the whole database, for builds made in shards (docs/neo4j.md)')
    .option('--retry-seconds <n>', 'how long transient errors are retried', positiveInteger, 30)
    .option('--bulk', "first load into an empty database through Neo4j's import tool (the local server of `npm run neo4j:local`, stopped)")
    .option('--csv-only', 'with --bulk: only write the import files and print the neo4j-admin command for a server elsewhere')
    .option('--csv-dir <dir>', 'with --bulk: where the import files go (default: a temporary folder, or DIR/neo4j-import with --csv-only)')
    .option('--neo4j-data <dir>', 'with --bulk: data folder of the local server (default: $NEO4J_DATA or neo4j/data, as `npm run neo4j:local`)')
    .option('-q, --quiet', 'no progress bar')
    .addHelpText(
      'after',
      `
Exit codes: 0 loaded and checked; 1 failed (the message says what to do); 2 usage; 4 the counts read back differ.

One load at a time per database: a second one started meanwhile is refused.

Examples:
  guanxi load out/corpus
  guanxi load out/corpus --uri neo4j+s://xxxx.databases.neo4j.io --user neo4j --password … --concurrency 4
  guanxi load out/big --bulk                 # first load into the stopped local server (npm run neo4j:local)
  guanxi load out/big --bulk --csv-only      # import files and the neo4j-admin command for a server elsewhere
  guanxi load out/2023 && guanxi load out/2024 && guanxi load --corpus-links   # shards into one graph`,
    );
  addConnectionOptions(command).action(async (dir: string | undefined, flags: LoadFlags) => {
    if (dir === undefined) {
      if (flags.corpusLinks && !flags.bulk && !flags.check) return runLinks(flags);
      throw new UserError('give the output folder of `guanxi build` (only --corpus-links runs without one)', ExitCode.Usage);
    }
    if (flags.corpusLinks && (flags.bulk || flags.check)) {
      throw new UserError('--corpus-links goes with an online load, or alone after the loads', ExitCode.Usage);
    }
    if ((flags.csvOnly || flags.csvDir !== undefined || flags.neo4jData !== undefined) && !flags.bulk) {
      throw new UserError('--csv-only, --csv-dir and --neo4j-data go with --bulk', ExitCode.Usage);
    }
    if (flags.bulk && flags.check) throw new UserError('--check and --bulk do not go together: run --check after the import', ExitCode.Usage);
    if (flags.bulk && !flags.csvOnly && flags.uri !== undefined) {
      throw new UserError('--bulk imports into the store of the local server (--neo4j-data), not through --uri: for a server elsewhere use --bulk --csv-only', ExitCode.Usage);
    }
    if (flags.bulk) return runBulkLoad(dir, flags);
    if (flags.check) return runCheck(dir, flags);
    await runLoad(dir, flags);
  });
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** A progress bar on a terminal, else a line every few seconds. */
function progressReporter(quiet: boolean | undefined): { update(p: LoadProgress): void; stop(): void } {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  const started = performance.now();
  const rate = (done: number): string => Math.round(done / Math.max(0.001, (performance.now() - started) / 1000)).toLocaleString('en');
  if (!process.stderr.isTTY) {
    let last = 0;
    return {
      update(p) {
        if (performance.now() - last < 2000 && p.batchesDone !== p.batchesTotal) return;
        last = performance.now();
        log(`  ${p.batchesDone}/${p.batchesTotal} batches, ${p.elementsDone}/${p.elementsTotal} elements, ${rate(p.elementsDone)}/s`);
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: '{phase} {bar} {value}/{total} elements  {rate}/s  {left} batches left',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started_ = false;
  return {
    update(p) {
      const payload = { phase: p.phase.padEnd(13), rate: rate(p.elementsDone), left: p.batchesTotal - p.batchesDone };
      if (!started_) {
        bar.start(p.elementsTotal, p.elementsDone, payload);
        started_ = true;
      } else bar.update(p.elementsDone, payload);
    },
    stop: () => bar.stop(),
  };
}

export function phaseSummary(phases: ReadonlyArray<[string, number]>): string {
  return phases.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
}

/** Prints the counts table; throws the mismatch error when they differ. */
export function reportCounts(report: VerifyReport, graph: GuanxiGraph, repaired: number): void {
  const rows = [...report.nodes, ...report.relationships]
    .map((c) => `  ${c.name.padEnd(14)} ${String(c.found).padStart(8)} / ${c.expected}${c.found === c.expected ? '' : '  MISMATCH'}`)
    .join('\n');
  process.stdout.write(`${rows}\n`);
  if (repaired > 0) {
    log(`repaired ${repaired} duplicated relationship${repaired === 1 ? '' : 's'} (copies of one relationship, left by an older guanxi's concurrent loads or another writer): merged into one each`);
  }
  if (!report.ok) {
    const bad = [...report.nodes, ...report.relationships].filter((c) => c.found !== c.expected);
    throw new UserError(
      `counts read back differ from the graph: ${bad.map((c) => `${c.name} ${c.found} in database, ${c.expected} in graph`).join('; ')}`,
      ExitCode.Mismatch,
    );
  }
  void graph;
}

function countsLine(report: VerifyReport, graph: GuanxiGraph): string {
  const exact = report.databaseNodes === graph.order && report.databaseRelationships === graph.size;
  return exact ? '' : ` (the database holds ${report.databaseNodes} nodes and ${report.databaseRelationships} relationships, with earlier loads)`;
}

function describeLoadError(err: unknown, settings: ConnectionSettings): UserError {
  if (err instanceof LoadLocked) {
    return new UserError(`another guanxi load is writing to database ${settings.database} at ${settings.uri}: wait for it to finish, then run this command again`);
  }
  if (err instanceof LoadInterrupted) {
    const cause = err.cause instanceof LoadLockLost ? err.cause.cause : err.cause;
    const code = neo4jErrorCode(cause);
    const what =
      code === 'ServiceUnavailable' || code === 'SessionExpired' || err.cause instanceof LoadLockLost
        ? `lost the connection to Neo4j at ${settings.uri}${code ? ` (${code})` : ''}`
        : toUserError(cause, settings).message;
    return new UserError(
      `${what}; load stopped after ${err.committed} of ${err.total} batches (each batch is all-or-nothing): when Neo4j is back, run the same command again to complete it`,
      ExitCode.Failure,
    );
  }
  return toUserError(err, settings);
}

async function runLoad(dir: string, flags: LoadFlags): Promise<void> {
  // Read and validate first: a malformed graph is refused before connecting.
  const { file, graph } = await readGraphInput(dir);
  const settings = resolveConnection(flags);
  const driver = await openDriver(settings, { maxTransactionRetryTimeMs: flags.retrySeconds * 1000 });
  const progress = progressReporter(flags.quiet);
  const phases: Array<[Phase, number]> = [];
  try {
    log(`loading ${graph.order} nodes and ${graph.size} relationships from ${file} into ${settings.database} at ${settings.uri}`);
    const started = performance.now();
    const result = await loadGraph(driver, graph, {
      database: settings.database,
      batchSize: flags.batchSize,
      concurrency: flags.concurrency,
      wipe: flags.wipe === true,
      ...(flags.corpusLinks ? { links: provinceBranches() } : {}),
      onWipe: (before) => log(`--wipe: deleting ${before.nodes} nodes and ${before.relationships} relationships from database ${settings.database} at ${settings.uri}`),
      onProgress: (p) => progress.update(p),
      onPhase: (phase, ms) => {
        if (phase === 'relationships') progress.stop();
        phases.push([phase, ms]);
      },
    });
    progress.stop();
    const seconds = (performance.now() - started) / 1000;
    const report = result.report as VerifyReport;
    reportCounts(report, graph, result.repaired);
    process.stdout.write(`loaded ${graph.order} nodes and ${graph.size} relationships in ${seconds.toFixed(1)} s; counts match the graph${countsLine(report, graph)}\n`);
    if (result.links) process.stdout.write(`${linksLine(result.links)}\n`);
    log(`time: ${phaseSummary(phases)}`);
  } catch (err) {
    progress.stop();
    throw describeLoadError(err, settings);
  } finally {
    await driver.close();
  }
}

/** Province branches by key, from the lexicon's provinces (links.ts). */
function provinceBranches(): (id: string) => boolean {
  return provinceBranchTest(loadLexicon().places.provinces);
}

function linksLine(links: LinkReport): string {
  return `corpus links: ${links.removed} of the PART_OF to a province branch named in the same articles removed (${links.units} units checked): the whole corpus gives those units another parent or more than one such branch`;
}

/** `--corpus-links` alone: the corpus-wide pass over what the database holds. */
async function runLinks(flags: LoadFlags): Promise<void> {
  const settings = resolveConnection(flags);
  const driver = await openDriver(settings, { maxTransactionRetryTimeMs: flags.retrySeconds * 1000 });
  try {
    const t0 = performance.now();
    const links = await linkShards(driver, settings.database, provinceBranches());
    process.stdout.write(`${linksLine(links)}\n`);
    log(`time: ${phaseSummary([['links', performance.now() - t0]])}`);
  } catch (err) {
    throw describeLoadError(err, settings);
  } finally {
    await driver.close();
  }
}

/** `--check`: the schema, then the read-back check; nothing else is written. */
async function runCheck(dir: string, flags: LoadFlags): Promise<void> {
  const { graph } = await readGraphInput(dir);
  const settings = resolveConnection(flags);
  const driver = await openDriver(settings, { maxTransactionRetryTimeMs: flags.retrySeconds * 1000 });
  try {
    const t0 = performance.now();
    await applySchema(driver, settings.database);
    const t1 = performance.now();
    const { report } = await checkLoad(driver, settings.database, planBatches(graph, DEFAULT_BATCH_SIZE), false);
    const t2 = performance.now();
    if (report.duplicated.length > 0) {
      log(`${report.duplicated.length} relationships of the graph are held more than once: \`guanxi load ${dir}\` merges the copies`);
    }
    reportCounts(report, graph, 0);
    process.stdout.write(`checked ${graph.order} nodes and ${graph.size} relationships: counts match the graph${countsLine(report, graph)}\n`);
    log(`time: ${phaseSummary([['schema', t1 - t0], ['check', t2 - t1]])}`);
  } catch (err) {
    throw describeLoadError(err, settings);
  } finally {
    await driver.close();
  }
}
