/**
 * `guanxi build <files or folders…> --out <dir>`: the graph, as graph.json
 * (for the viewer and `guanxi load`) and graph.graphml (Gephi, yEd, APOC),
 * plus a summary of what was read, found and skipped. Per-file results are
 * kept in `<dir>/.guanxi-cache/` (src/pipeline/store.ts), so a rebuild into
 * the same folder processes only new and changed files.
 *
 * The pipeline (and nodejieba with it) is loaded when the command runs, not
 * when it is registered: `guanxi --help` and the other commands never load it.
 */
import { stat } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { BuildResult } from '../../pipeline/build.js';
import type { RULES } from '../../extract/registry.js';
import { FILES_PER_AUTO_WORKER, MAX_AUTO_JOBS } from '../../pipeline/settings.js';
import { EDGE_TYPES, NODE_TYPES } from '../../graph/types.js';
import { ExitCode, setExitCode, UserError } from '../../base/errors.js';

/** Where the build store lives, inside the output folder. */
export const STORE_DIR = '.guanxi-cache';

export function register(program: Command): void {
  program
    .command('build')
    .description('Build the knowledge graph from articles (.txt/.md files; folders are read recursively).')
    .argument('<paths...>', 'article files or folders')
    .requiredOption('-o, --out <dir>', 'output folder for graph.json and graph.graphml')
    .option('-d, --dict <file>', 'extra jieba user dictionary ("word [freq] [tag]"; tags: unit programme honour role product bank place org); repeatable', collect, [])
    .option('-j, --jobs <n>', `worker threads (default: one per ${FILES_PER_AUTO_WORKER} files to process, at most one per core: ${MAX_AUTO_JOBS}; 1 = no worker)`, parseJobs)
    .option('--full', `process every file again, reusing nothing kept in <dir>/${STORE_DIR} from earlier builds`)
    .option('-q, --quiet', 'no progress bar')
    .option('--explain', 'after the summary, list every rule: what it produces, how many facts it found, and how many nodes and edges of the graph it is credited with')
    .addHelpText(
      'after',
      `
A rebuild into the same --out reuses the results of files whose bytes, dictionaries (built-in and --dict) and
extractor are unchanged (kept in <dir>/${STORE_DIR}), processes new and changed files, drops removed ones, and
gives the same graph as a full build.

Exit codes: 0 all read, 3 built but some files were skipped (each is listed), 5 built but guanxi failed on some
files (a bug of guanxi's; each is listed and left out), 1 nothing could be built, 2 usage error.

Example:
  guanxi build data/sample --out out/sample`,
    )
    .action(async (paths: string[], opts: { out: string; dict: string[]; jobs?: number; full?: boolean; quiet?: boolean; explain?: boolean }) => {
      const outInfo = await stat(opts.out).catch(() => undefined);
      if (outInfo && !outInfo.isDirectory()) throw new UserError(`--out ${opts.out} is a file; give a folder`, ExitCode.Usage);
      const [{ buildGraph, ExtractionFailure }, { DictionaryError }, { checkWritableOut, writeGraph, WriteInterrupted }] = await Promise.all([
        import('../../pipeline/build.js'),
        import('../../lexicon/index.js'),
        import('../../export/write.js'),
      ]);
      // Found now, not after the whole build.
      const checked = await whileSignalsCaught(() => checkWritableOut(opts.out));
      if (checked.signal) exitBy(checked.signal, 'guanxi: interrupted; nothing was written');
      const progress = opts.quiet || !process.stderr.isTTY ? undefined : (await import('../progress.js')).progressBar();
      const t0 = performance.now();
      let result: BuildResult;
      try {
        result = await buildGraph(paths, { dicts: opts.dict, store: path.join(opts.out, STORE_DIR), full: opts.full === true, ...(opts.jobs ? { jobs: opts.jobs } : {}) }, progress);
      } catch (err) {
        if (err instanceof DictionaryError) throw new UserError(err.message, ExitCode.Usage);
        if (err instanceof ExtractionFailure) {
          if (process.env['GUANXI_DEBUG'] && err.workerStack) process.stderr.write(`${err.workerStack}\n`);
          throw new UserError(`${err.message}; nothing was written (set GUANXI_DEBUG=1 for the stack trace)`, ExitCode.Failure);
        }
        throw err;
      }
      const seconds = (performance.now() - t0) / 1000;
      for (const w of result.warnings) process.stderr.write(`guanxi: warning: ${w}\n`);
      for (const s of result.skipped) process.stderr.write(`skipped ${s.path}: ${s.reason}\n`);
      for (const f of result.failed) {
        if (process.env['GUANXI_DEBUG'] && f.stack) process.stderr.write(`${f.stack}\n`);
        process.stderr.write(`guanxi: extraction failed on ${f.path}: ${f.message} (a bug in guanxi, not in the file); the file is left out${process.env['GUANXI_DEBUG'] ? '' : ' (set GUANXI_DEBUG=1 for the stack trace)'}\n`);
      }
      if (result.files === 0) {
        throw new UserError(`no articles could be read from ${paths.join(', ')}${result.skipped.length ? ' (see the skipped files above)' : ''}; nothing was written`, ExitCode.Failure);
      }
      // Ctrl-C or SIGTERM before the pair is published removes what was written and
      // leaves the previous pair; after, publishing completes first.
      const write = await whileSignalsCaught((abort) =>
        writeGraph(result.graph, opts.out, { signal: abort }).catch((err: unknown) => {
          if (err instanceof WriteInterrupted) return undefined;
          throw err;
        }),
      );
      const written = write.value;
      if (write.signal || written === undefined) {
        exitBy(
          write.signal ?? 'SIGINT',
          written === undefined
            ? `guanxi: interrupted; nothing was written (the previous graph.json and graph.graphml in ${opts.out} are unchanged)`
            : `guanxi: interrupted after the new graph was published in ${opts.out}`,
        );
      }
      process.stdout.write(summary(result, seconds, written, path.join(opts.out, STORE_DIR), opts.full === true));
      if (opts.explain) process.stdout.write(explain(result, (await import('../../extract/registry.js')).RULES));
      if (result.failed.length) setExitCode(ExitCode.Incomplete);
      else if (result.skipped.length) setExitCode(ExitCode.Skipped);
    });
}

/**
 * Runs `work` with SIGINT and SIGTERM caught: a signal aborts `work`'s
 * AbortSignal instead of ending the process at once, so that what `work`
 * has begun ends in order. Returns its value and the signal, if one came.
 */
async function whileSignalsCaught<T>(work: (abort: AbortSignal) => Promise<T>): Promise<{ value: T; signal: NodeJS.Signals | undefined }> {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    received ??= signal;
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const value = await work(controller.signal);
    return { value, signal: received };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Ends the process as a signal would (128 + its number), after saying why. */
function exitBy(signal: NodeJS.Signals, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(128 + osConstants.signals[signal]);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UserError(`--jobs must be a whole number from 1 to 64, got "${v}"`, ExitCode.Usage);
  return n;
}

function summary(r: BuildResult, seconds: number, written: { json: string; graphml: string }, store: string, full: boolean): string {
  const g = r.graph;
  // One pass over the graph for each kind: a filter per type went over the 200,000 edges of a large build eight times.
  const byType = new Map<string, number>();
  g.forEachNode((_, a) => void byType.set(a.type, (byType.get(a.type) ?? 0) + 1));
  g.forEachEdge((_, a) => void byType.set(a.type, (byType.get(a.type) ?? 0) + 1));
  const nodeCounts = NODE_TYPES.map((t) => [t, byType.get(t) ?? 0] as const).filter(([, n]) => n > 0);
  const edgeCounts = EDGE_TYPES.map((t) => [t, byType.get(t) ?? 0] as const).filter(([, n]) => n > 0);
  const enc = Object.entries(r.encodings).map(([e, n]) => `${e} ${n}`).join(', ');
  const lines = [
    `read ${r.files} file(s), ${g.getAttribute('articles')} article(s), ${r.chars.toLocaleString('en')} characters in ${seconds.toFixed(2)} s (${enc})`,
    `files: ${r.processed} processed, ${r.fromStore} from the store${full ? ' (--full: nothing reused)' : ''} (${store})`,
    `entities: ${g.order}  ${nodeCounts.map(([t, n]) => `${t} ${n}`).join(', ')}`,
    `relations: ${g.size}  ${edgeCounts.map(([t, n]) => `${t} ${n}`).join(', ')}`,
    r.skipped.length ? `skipped: ${r.skipped.length} (listed above)` : 'skipped: none',
    ...(r.failed.length ? [`failed: ${r.failed.length} (guanxi's bugs, listed above; left out of the graph)`] : []),
    `wrote ${written.json} and ${written.graphml}`,
    '',
  ];
  return lines.join('\n');
}

/** Every registered rule with what it found and what the graph credits it with (a node's or edge's `rule`). */
function explain(r: BuildResult, rules: typeof RULES): string {
  const credited = new Map<string, number>();
  r.graph.forEachNode((_, a) => credited.set(a.rule, (credited.get(a.rule) ?? 0) + 1));
  r.graph.forEachEdge((_, a) => credited.set(a.rule, (credited.get(a.rule) ?? 0) + 1));
  const rows = rules.map((rule) => `${rule.id.padEnd(34)} ${rule.stage.padEnd(10)} ${rule.produces.padEnd(12)} ${rule.confidence.toFixed(2)}  ${String(rule.stage === 'resolution' ? '-' : (r.found[rule.id] ?? 0)).padStart(7)} ${String(credited.get(rule.id) ?? 0).padStart(8)}`);
  return [`\n${'rule'.padEnd(34)} ${'stage'.padEnd(10)} ${'produces'.padEnd(12)} conf.    found in graph`, ...rows, ''].join('\n');
}
