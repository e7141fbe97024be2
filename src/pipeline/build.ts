/**
 * `guanxi build` as a function: collect files → (workers) read, repair,
 * extract, resolve per file → merge in file order → corpus-wide passes.
 * Files are streamed through the workers, so memory holds the graph and a
 * few files in flight, not the corpus.
 */
import { Worker } from 'node:worker_threads';
import type { GuanxiGraph } from '../graph/model.js';
import { collectFiles } from '../ingest/collect.js';
import { loadLexicon } from '../lexicon/index.js';
import { GraphMerger } from '../resolve/merge.js';
import { prepare, processFiles } from './process-file.js';
import type { BatchRequest, BatchResult, FileOutcome, WorkerData } from './protocol.js';
import { resolveBuildSettings, type BuildSettings } from './settings.js';

export interface Skipped {
  path: string;
  reason: string;
}

export interface BuildResult {
  graph: GuanxiGraph;
  files: number;
  chars: number;
  skipped: Skipped[];
  encodings: Record<string, number>;
  /** Facts found per rule id (mentions and relation candidates, before resolution). */
  found: Record<string, number>;
}

/** guanxi itself failed on a file (a bug, not bad input): the build stops and says which file. */
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
  start(total: number): void;
  tick(file: string): void;
  stop(): void;
}

export async function buildGraph(inputs: string[], partial: Partial<BuildSettings> = {}, progress?: BuildProgress): Promise<BuildResult> {
  const settings = resolveBuildSettings(partial);
  // Dictionary errors surface here, before any worker starts.
  const lex = loadLexicon(settings.dicts);
  const { files, problems } = await collectFiles(inputs);
  const merger = new GraphMerger(lex);
  const skipped: Skipped[] = [...problems];
  const encodings: Record<string, number> = {};
  let chars = 0;
  let read = 0;
  const take = (o: FileOutcome): void => {
    if (o.kind === 'ok') {
      merger.add(o.graph);
      chars += o.graph.chars;
      read++;
      encodings[o.encoding] = (encodings[o.encoding] ?? 0) + 1;
    } else if (o.kind === 'skipped') skipped.push({ path: o.file, reason: o.reason });
    else throw new ExtractionFailure(o.file, o.message, o.stack);
  };
  progress?.start(files.length);
  try {
    const jobs = Math.min(settings.jobs, files.length);
    if (jobs <= 1) {
      prepare(settings.dicts);
      let i = 0;
      for await (const o of processFiles(files, settings.dicts)) {
        take(o);
        progress?.tick(files[i++]!);
      }
    } else {
      await runWorkers(files, settings, jobs, (o, f) => {
        take(o);
        progress?.tick(f);
      });
    }
  } finally {
    progress?.stop();
  }
  return { graph: merger.finish(), files: read, chars, skipped, encodings, found: merger.found };
}

/** Files per message to a worker: enough to amortise a round trip, few enough to keep the progress bar moving. */
const BATCH = 16;

/** Runs files through `jobs` workers; results are handed over in file order, so the graph is the same for any number of workers. */
async function runWorkers(files: string[], settings: BuildSettings, jobs: number, onResult: (o: FileOutcome, file: string) => void): Promise<void> {
  const workerUrl = new URL('./worker-entry.mjs', import.meta.url);
  const data: WorkerData = { dicts: settings.dicts };
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl, { workerData: data }));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const done = new Map<number, FileOutcome[]>();
  let next = 0;
  let emitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker): void => {
        if (next < batches.length) {
          const id = next++;
          const request: BatchRequest = { id, files: batches[id]! };
          w.postMessage(request);
        }
      };
      for (const w of workers) {
        w.on('message', (msg: BatchResult) => {
          done.set(msg.id, msg.outcomes);
          try {
            while (done.has(emitted)) {
              const batch = batches[emitted]!;
              done.get(emitted)!.forEach((o, k) => onResult(o, batch[k]!));
              done.delete(emitted);
              emitted++;
            }
          } catch (err) {
            reject(err);
            return;
          }
          if (emitted === batches.length) resolve();
          else feed(w);
        });
        w.on('error', reject);
        // Two batches in flight per worker keep it busy while the main thread merges.
        feed(w);
        feed(w);
      }
      if (batches.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
