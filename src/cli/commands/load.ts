/**
 * `guanxi load <dir>`: writes the graph `guanxi build` produced into Neo4j,
 * merging into what is there, then reads the counts back and checks them.
 * `--bulk` writes a first load through Neo4j's import tool instead
 * (src/load/bulk.ts); `--check` only checks. The work is in load-run.ts and
 * load-bulk.ts, imported when the command runs.
 */
import type { Command } from 'commander';
import { ExitCode, UserError } from '../../base/errors.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from '../../load/defaults.js';
import { addConnectionOptions, positiveInteger, type ConnectionFlags } from './neo4j-options.js';
import type { BulkFlags } from './load-bulk.js';

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
      if (flags.corpusLinks && !flags.bulk && !flags.check) return (await import('./load-run.js')).runLinks(flags);
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
    // The driver, the lexicon and the import tool are loaded when the command runs: `guanxi --help` and the
    // other commands never load them.
    if (flags.bulk) return (await import('./load-bulk.js')).runBulkLoad(dir, flags);
    const run = await import('./load-run.js');
    if (flags.check) return run.runCheck(dir, flags);
    await run.runLoad(dir, flags);
  });
}

