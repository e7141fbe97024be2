/** What `guanxi load` does once its options are checked (load.ts): the online load, --check and --corpus-links. */
import cliProgress from 'cli-progress';
import { ExitCode, UserError } from '../../base/errors.js';
import { readGraphInput } from '../../load/read.js';
import { loadLexicon } from '../../lexicon/index.js';
import {
  LoadInterrupted,
  LoadLocked,
  LoadLockLost,
  applySchema,
  checkLoad,
  loadGraph,
  linkShards,
  provinceBranchTest,
  type LinkReport,
  type LoadProgress,
  type Phase,
  type VerifyReport,
} from '../../load/index.js';
import type { GuanxiGraph } from '../../graph/model.js';
import { neo4jErrorCode, openDriver, resolveConnection, toUserError, type ConnectionSettings } from '../../neo4j/connection.js';
import type { LoadFlags } from './load.js';

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

export async function runLoad(dir: string, flags: LoadFlags): Promise<void> {
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
export async function runLinks(flags: LoadFlags): Promise<void> {
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
export async function runCheck(dir: string, flags: LoadFlags): Promise<void> {
  const { graph } = await readGraphInput(dir);
  const settings = resolveConnection(flags);
  const driver = await openDriver(settings, { maxTransactionRetryTimeMs: flags.retrySeconds * 1000 });
  try {
    const t0 = performance.now();
    await applySchema(driver, settings.database);
    const t1 = performance.now();
    const { report } = await checkLoad(driver, settings.database, graph, false);
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
