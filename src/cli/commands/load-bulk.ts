/**
 * `guanxi load <dir> --bulk`: a first load through Neo4j's import tool.
 *
 * Into the local server of `npm run neo4j:local` (stopped): writes the import
 * files to a temporary folder, imports them into the server's store, then
 * starts the server on its own for a moment to apply the schema and run the
 * same read-back check as an online load, and stops it again.
 *
 * With --csv-only, for a server elsewhere: writes the files and prints the
 * `neo4j-admin database import full` command to run there, and what to run
 * after it (`guanxi load <dir> --check`).
 */
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { ExitCode, UserError } from '../../base/errors.js';
import { StoreInUse, StoreNotEmpty, importIntoLocalStore, type ImportProgress } from '../../load/bulk.js';
import { importOptions, writeImportFiles, type ImportFiles } from '../../load/csv.js';
import { applySchema, checkLoad, type VerifyReport } from '../../load/index.js';
import { readGraphInput } from '../../load/read.js';
import type { GuanxiGraph } from '../../graph/model.js';
import { openDriver, resolveConnection, toUserError } from '../../neo4j/connection.js';
import { startNeo4j } from '../../neo4j/launcher.js';
import { localDataDir } from '../../neo4j/local-data.js';
import type { ConnectionFlags } from './neo4j-options.js';

export interface BulkFlags {
  bulk?: boolean;
  csvOnly?: boolean;
  csvDir?: string;
  neo4jData?: string;
}

interface Flags extends BulkFlags, ConnectionFlags {
  wipe?: boolean;
  quiet?: boolean;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

/** Removes the import files' folder if the run is interrupted (Ctrl-C, kill). */
function cleanupOnSignal(folder: string | undefined): () => void {
  if (folder === undefined) return () => undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(folder, { recursive: true, force: true });
    log(`\nguanxi: interrupted (${signal}); the local store is as it was before`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

async function megabytes(files: ImportFiles): Promise<string> {
  let bytes = 0;
  for (const f of [...files.nodes, ...files.relationships]) bytes += (await stat(f.file)).size;
  return (bytes / 1e6).toFixed(1);
}

/** Removes import files an earlier --csv-only run left in the folder (a later build may have fewer labels). */
async function clearOldFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => /^(nodes|relationships)-.*\.csv$/.test(n)).map((n) => rm(join(folder, n))));
}

export async function runBulkLoad(dir: string, flags: Flags): Promise<void> {
  const { file, graph } = await readGraphInput(dir);
  if (flags.csvOnly) return csvOnly(file, graph, flags);

  const settings = resolveConnection(flags);
  const dataDir = resolve(flags.neo4jData ?? localDataDir());
  const started = performance.now();
  const phases: Array<[string, number]> = [];
  const folder = flags.csvDir !== undefined ? resolve(flags.csvDir) : await mkdtemp(join(tmpdir(), 'guanxi-bulk-'));
  const temporary = flags.csvDir === undefined;
  const stopCleanup = cleanupOnSignal(temporary ? folder : undefined);
  try {
    log(`bulk load of ${graph.order} nodes and ${graph.size} relationships from ${file} into the local Neo4j's store in ${dataDir}`);
    let t = performance.now();
    if (!temporary) await clearOldFiles(folder);
    const files = await writeImportFiles(graph, folder);
    phases.push(['files', performance.now() - t]);

    t = performance.now();
    const bar = importBar(flags.quiet);
    try {
      await importIntoLocalStore(files, dataDir, {
        replace: flags.wipe === true,
        onReplace: (n, r) => log(`--wipe: replacing ${n} nodes and ${r} relationships in database neo4j of ${dataDir}`),
        onProgress: (p) => bar.update(p),
      });
    } catch (err) {
      bar.stop();
      if (err instanceof StoreInUse) {
        throw new UserError(
          `the local Neo4j is running on ${dataDir}: stop it (Ctrl-C where \`npm run neo4j:local\` runs), then run this again; or load online, without --bulk`,
        );
      }
      if (err instanceof StoreNotEmpty) {
        throw new UserError(
          `database neo4j in ${dataDir} holds ${err.nodes} nodes and ${err.relationships} relationships; a bulk import writes an empty database only: load online without --bulk (it merges), or add --wipe to replace them`,
        );
      }
      throw new UserError(err instanceof Error ? err.message.split('\n').filter(Boolean).join(' | ') : String(err));
    }
    bar.stop();
    phases.push(['import', performance.now() - t]);

    log('starting the local Neo4j on its own to apply the schema and check the counts…');
    const server = await startNeo4j({
      dataDir,
      port: 0,
      password: settings.password,
      heap: process.env['NEO4J_HEAP'] || '1g',
      pageCache: process.env['NEO4J_PAGECACHE'] || '512m',
      // A failed start is seen when the JVM exits; this only bounds a start that hangs (a busy machine is slow).
      timeoutMs: 600_000,
    }).catch(
      (err: unknown) => {
        throw new UserError(`the import finished, but the local Neo4j did not start on it: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      },
    );
    try {
      const connection = { ...settings, uri: server.uri };
      const driver = await openDriver(connection);
      try {
        t = performance.now();
        await applySchema(driver, connection.database);
        phases.push(['schema', performance.now() - t]);
        t = performance.now();
        const { report } = await checkLoad(driver, connection.database, graph, false);
        phases.push(['check', performance.now() - t]);
        printCounts(report);
        if (!report.ok) {
          const bad = [...report.nodes, ...report.relationships].filter((c) => c.found !== c.expected);
          throw new UserError(`counts read back differ from the graph: ${bad.map((c) => `${c.name} ${c.found} in database, ${c.expected} in graph`).join('; ')}`, ExitCode.Mismatch);
        }
      } catch (err) {
        throw toUserError(err, connection);
      } finally {
        await driver.close();
      }
    } finally {
      await server.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`bulk-loaded ${graph.order} nodes and ${graph.size} relationships in ${seconds.toFixed(1)} s; counts match the graph\n`);
    log(`time: ${phases.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    log('the local Neo4j is stopped again: start it with `npm run neo4j:local`');
  } finally {
    stopCleanup();
    if (temporary) await rm(folder, { recursive: true, force: true });
  }
}

function printCounts(report: VerifyReport): void {
  const rows = [...report.nodes, ...report.relationships].map(
    (c) => `  ${c.name.padEnd(14)} ${String(c.found).padStart(8)} / ${c.expected}${c.found === c.expected ? '' : '  MISMATCH'}`,
  );
  process.stdout.write(`${rows.join('\n')}\n`);
}

function importBar(quiet: boolean | undefined): { update(p: ImportProgress): void; stop(): void } {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (!process.stderr.isTTY) {
    let last = '';
    return {
      update(p) {
        const line = `  import ${p.step}/${p.steps} ${p.stage}`;
        if (line !== last) log((last = line));
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'import {step}/{steps} {stage} {bar} {percentage}%', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    update(p) {
      const payload = { step: p.step, steps: p.steps, stage: p.stage.padEnd(22) };
      if (!running) {
        bar.start(100, p.percent, payload);
        running = true;
      } else bar.update(p.percent, payload);
    },
    stop: () => running && bar.stop(),
  };
}

/** `--bulk --csv-only`: the files and the commands for a server elsewhere. */
async function csvOnly(file: string, graph: GuanxiGraph, flags: Flags): Promise<void> {
  const settings = resolveConnection(flags);
  const folder = resolve(flags.csvDir ?? join(dirname(file), 'neo4j-import'));
  await clearOldFiles(folder);
  const files = await writeImportFiles(graph, folder);
  const count = files.nodes.length + files.relationships.length;
  log(`wrote ${count} import files for ${graph.order} nodes and ${graph.size} relationships to ${folder} (${await megabytes(files)} MB)`);
  const command = ['neo4j-admin', 'database', 'import', 'full', settings.database, ...importOptions(files, folder)].map(shellQuote).join(' ');
  const build = dirname(file);
  process.stdout.write(
    [
      `With Neo4j stopped on the server, and ${folder} copied there, run in that folder:`,
      '',
      `  ${command}`,
      '',
      `It writes database ${settings.database}, which must be empty or not exist yet. A server that has started once has an`,
      'empty one: add --overwrite-destination=true to replace it (it deletes whatever that database holds).',
      'Then start Neo4j and apply the schema and check the counts from here:',
      '',
      `  guanxi load ${shellQuote(build)} --check --uri <bolt or neo4j URI of the server>`,
      '',
    ].join('\n'),
  );
}
