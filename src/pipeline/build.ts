/**
 * `guanxi build` as a function: collect files → the results the store holds
 * for unchanged files, (workers) read, repair, extract, resolve the others →
 * merge every file's graph in file order → corpus-wide passes.
 * Files are streamed through the workers, so memory holds the graph and a
 * few files in flight, not the corpus. The merge sees each file's graph as
 * the same JSON text whether it was made now or read from the store, so an
 * incremental build gives the graph of a full one, byte for byte.
 */
import type { GuanxiGraph } from '../graph/model.js';
import { collectFiles } from '../ingest/collect.js';
import { shownPath } from '../ingest/file-name.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import type { FileGraph } from '../resolve/file/index.js';
import { GraphMerger } from '../resolve/merge.js';
import { nameAsWritten } from './written.js';
import { createPool, type FilePool } from './pool.js';
import type { FileOutcome } from './protocol.js';
import { resolveBuildSettings, type BuildSettings } from './settings.js';
import { BuildStore, type StoredResult } from './store.js';
import { extractorVersion } from './version.js';

export interface Skipped {
  path: string;
  reason: string;
}

export interface BuildResult {
  graph: GuanxiGraph;
  /** Files read (processed now or taken from the store). */
  files: number;
  chars: number;
  skipped: Skipped[];
  encodings: Record<string, number>;
  /** Facts found per rule id (mentions and relation candidates, before resolution). */
  found: Record<string, number>;
  /** Files whose results came from the build store. */
  fromStore: number;
  /** Files processed in this run (read, extracted, resolved). */
  processed: number;
  /** Problems that did not stop the build (an unusable store, a damaged entry), one line each. */
  warnings: string[];
  /**
   * Files guanxi itself failed on (a bug, not bad input): left out of the graph and out of the store, so that a
   * rebuild tries them again, and reported as guanxi's failures, never as skipped input. One odd sentence must not
   * cost a whole archive's build.
   */
  failed: Array<{ path: string; message: string; stack?: string }>;
}

/** guanxi itself failed on a file (a bug, not bad input), where the build cannot go on without it. */
export class ExtractionFailure extends Error {
  override readonly name = 'ExtractionFailure';
  constructor(
    readonly file: string,
    message: string,
    readonly workerStack?: string,
  ) {
    super(`extraction failed on ${file}: ${message} (a bug in guanxi, not in the file)`);
  }
}

export interface BuildProgress {
  /** `total` files to read. */
  start(total: number): void;
  /** A file is done: `chars` characters read, now (`stored` false) or earlier (true). */
  tick(file: string, chars: number, stored: boolean): void;
  stop(): void;
}

/** A file's graph from its JSON text, checked to be one (a store entry is not trusted blindly). */
function parseFileGraph(json: string, file: string): FileGraph | undefined {
  try {
    const g = JSON.parse(json) as FileGraph;
    return g && g.file === file && typeof g.traditional === 'boolean' && Array.isArray(g.nodes) && Array.isArray(g.edges) && typeof g.chars === 'number' ? g : undefined;
  } catch {
    return undefined;
  }
}

/** Stored results read ahead of the merge. */
const READ_AHEAD = 16;

export async function buildGraph(inputs: string[], partial: Partial<BuildSettings> = {}, progress?: BuildProgress): Promise<BuildResult> {
  const settings = resolveBuildSettings(partial);
  // A worker starts first, while this thread reads the lexicon, lists the files and looks them up in the store:
  // in a rebuild that adds a few files, whose time is mostly that worker's start and jieba's load, its start
  // (modules, lexicon) is then off the critical path. It loads jieba only when given a file, and is stopped
  // when none needs it. (With --jobs 1 the main thread extracts, with this thread's lexicon.)
  let lex: Lexicon | undefined;
  const pool: FilePool = createPool(settings, () => lex!);
  pool.warm();
  try {
    // Dictionary errors surface here, before any file is read.
    lex = loadLexicon(settings.dicts);
  } catch (err) {
    await pool.close();
    throw err;
  }
  const warnings: string[] = [];
  const warn = (m: string): void => void warnings.push(m);
  let files: string[], problems: Skipped[], store: BuildStore | undefined, stored: Array<string | undefined>;
  try {
    ({ files, problems } = await collectFiles(inputs));
    store = settings.store === undefined ? undefined : await BuildStore.open(settings.store, { extractor: extractorVersion(), lexicon: lex.key }, warn);
    stored = store && !settings.full ? await store.lookup(files) : files.map(() => undefined);
  } catch (err) {
    await pool.close();
    throw err;
  }

  const merger = new GraphMerger(lex);
  const result: Omit<BuildResult, 'graph' | 'found'> = { files: 0, chars: 0, skipped: [...problems], encodings: {}, fromStore: 0, processed: 0, warnings, failed: [] };
  /** Merges a file's outcome; resolves when its result is on the way to the store. */
  const take = async (o: FileOutcome, storedGraph?: FileGraph): Promise<void> => {
    if (o.kind === 'failed') {
      result.failed.push({ path: o.file, message: o.message, ...(o.stack ? { stack: o.stack } : {}) });
      progress?.tick(o.file, 0, false);
      return;
    }
    if (o.kind === 'skipped') {
      result.skipped.push({ path: o.file, reason: o.reason });
      progress?.tick(o.file, 0, false);
      return;
    }
    // A graph made in this thread is merged as made (its text would parse back to the same value, protocol.ts);
    // its text is made for the store only, before the merge holds on to its parts.
    const made = o.kind === 'made' ? o.value : undefined;
    const toStore: StoredResult | undefined = o.kind === 'made' ? (store ? { kind: 'ok', file: o.file, graph: JSON.stringify(o.value), encoding: o.encoding, digest: o.digest } : undefined) : o;
    const graph = storedGraph ?? made ?? (o.kind === 'ok' ? parseFileGraph(o.graph, o.file) : undefined);
    if (!graph) throw new ExtractionFailure(o.file, 'its graph did not survive serialisation');
    merger.add(graph);
    result.chars += graph.chars;
    result.files++;
    result.encodings[o.encoding] = (result.encodings[o.encoding] ?? 0) + 1;
    if (storedGraph) result.fromStore++;
    else result.processed++;
    progress?.tick(o.file, graph.chars, !!storedGraph);
    if (!storedGraph && toStore) await store?.put(toStore);
  };

  // Every file without a stored result is submitted at once, so workers start on them (and load their
  // dictionaries) while the main thread merges what the store holds.
  const toProcess = files.filter((_, i) => stored[i] === undefined);
  const submit = (batch: string[]): Array<Promise<FileOutcome>> => pool.submit(batch);
  const pending = new Map<string, Promise<FileOutcome>>();
  if (toProcess.length > 0) submit(toProcess).forEach((p, k) => pending.set(toProcess[k]!, p));
  // Everything is in the store: the worker started for nothing stops now rather than compete with the merge.
  // (A damaged entry found later starts one again.)
  else await pool.cool();

  progress?.start(files.length);
  let done = false;
  try {
    // Stored results are read a few files ahead of the merge: reading and unzipping wait on the disk and
    // Node's thread pool, not on the main thread.
    const reads = new Map<number, ReturnType<BuildStore['read']>>();
    const readAhead = (from: number): void => {
      for (let j = from; j < Math.min(files.length, from + READ_AHEAD); j++) {
        const name = stored[j];
        if (name !== undefined && !reads.has(j)) reads.set(j, store!.read(name, shownPath(files[j]!)));
      }
    };
    for (const [i, file] of files.entries()) {
      readAhead(i);
      const kept = await reads.get(i);
      reads.delete(i);
      if (kept && 'damaged' in kept) warn(`the build store's entry for ${file} is damaged (${kept.damaged}); the file is processed again`);
      else if (kept) {
        const keptGraph = parseFileGraph(kept.graph, shownPath(file));
        if (keptGraph) {
          await take(kept, keptGraph);
          continue;
        }
        warn(`the build store's entry for ${file} does not hold a file graph; the file is processed again`);
      }
      // A damaged entry is found only now: the file joins the queue, and the merge waits for it.
      const outcome = pending.get(file) ?? submit([file])[0]!;
      pending.delete(file);
      await take(await outcome);
    }
    done = true;
  } finally {
    progress?.stop();
    await pool.close();
    // Results already made are kept even when the build fails; only a build that completed, and read
    // something, decides which entries are no longer needed.
    await store?.finish(done && result.files > 0);
  }
  const graph = merger.finish();
  // After the corpus passes, which compare names in Simplified.
  nameAsWritten(graph, merger.traditionalFiles);
  return { ...result, graph, found: merger.found };
}
