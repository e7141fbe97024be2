/**
 * Where files are processed: worker threads, or the main thread itself
 * (`--jobs 1`). Files are submitted in the order the graph merges them; each
 * submission returns the promise of that file's outcome, so a file found
 * late to need processing (a damaged store entry) is simply submitted then.
 */
import { Worker } from 'node:worker_threads';
import type { Lexicon } from '../lexicon/index.js';
import type { BatchRequest, BatchResult, FileOutcome, WorkerData } from './protocol.js';
import { workerCount, type BuildSettings } from './settings.js';

export interface FilePool {
  /**
   * Starts a worker before any file is submitted, so that its start-up (the
   * modules, the lexicon) overlaps the main thread's own; it loads jieba
   * only when given a file. Nothing in the main thread.
   */
  warm(): void;
  /** Stops what warm() started, if no file was submitted since; the pool can still take files. */
  cool(): Promise<void>;
  /** Queues files; the promises settle with their outcomes. */
  submit(files: string[]): Array<Promise<FileOutcome>>;
  /** Stops the workers (outcomes not yet delivered are dropped). */
  close(): Promise<void>;
}

/**
 * A pool for the build's files to process (the first submission sizes an
 * automatic number of workers). `lex` gives the build's lexicon of
 * `settings.dicts`, read by the main thread once the pool has started its
 * workers: it is reused when the main thread extracts, rather than read a
 * second time.
 */
export function createPool(settings: BuildSettings, lex: () => Lexicon): FilePool {
  return settings.jobs === 1 ? new MainThreadPool(settings.dicts, lex) : new WorkerPool(settings.dicts, settings.jobs);
}

interface Deferred {
  file: string;
  resolve(o: FileOutcome): void;
  reject(err: unknown): void;
}

function deferred(file: string, into: Deferred[]): Promise<FileOutcome> {
  const p = new Promise<FileOutcome>((resolve, reject) => into.push({ file, resolve, reject }));
  // A build that stops at one failure leaves later outcomes unawaited: their rejection is not a second error.
  p.catch(() => undefined);
  return p;
}

/**
 * Processes in the main thread, one file at a time, in order. It runs ahead
 * of the merge by at most one file (read-ahead is processFiles' job), so
 * memory holds a file in flight, not the corpus's results.
 */
class MainThreadPool implements FilePool {
  private readonly queue: Deferred[] = [];
  private running = false;
  /** Set by the first submission: whether the build processes few files (protocol.ts, BatchRequest). */
  private few: boolean | undefined;

  constructor(
    private readonly dicts: string[],
    private readonly lex: () => Lexicon,
  ) {}

  warm(): void {}

  async cool(): Promise<void> {}

  submit(files: string[]): Array<Promise<FileOutcome>> {
    this.few ??= files.length <= FEW_FILES;
    const promises = files.map((f) => deferred(f, this.queue));
    if (!this.running) void this.run();
    return promises;
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      // Loaded only when the main thread processes files itself: with workers, it never loads nodejieba.
      const { processFiles } = await import('./process-file.js');
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        let i = 0;
        try {
          for await (const o of processFiles(batch.map((d) => d.file), this.dicts, this.lex(), true, this.few)) {
            batch[i++]!.resolve(o);
            // Let the merge take this outcome before the next file is extracted.
            await new Promise<void>((r) => setImmediate(r));
          }
        } catch (err) {
          for (const d of batch.slice(i)) d.reject(err);
        }
      }
    } finally {
      this.running = false;
    }
  }

  async close(): Promise<void> {}
}

/**
 * A build that processes at most this many files (a rebuild that adds a few,
 * a build of one article) loads jieba with only the dictionary words they
 * use (process-file.ts): most of such a build's time was jieba's load.
 */
export const FEW_FILES = 64;

/** A worker's young generation (three semi-spaces of 32 MB); the old generation keeps V8's default. */
const YOUNG_GENERATION_MB = 96;

/** Files per message to a worker: enough to amortise a round trip, few enough to keep the progress bar moving. */
const BATCH = 16;

/**
 * Worker threads, started when the first files are submitted. Batches are
 * sized so that a small submission is still spread over every worker, and
 * each worker has two batches in flight, so it is never idle while the main
 * thread merges.
 */
class WorkerPool implements FilePool {
  private readonly queue: Deferred[] = [];
  private readonly inFlight = new Map<number, Deferred[]>();
  private readonly workers: Worker[] = [];
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;
  private failure: unknown;
  /** Workers to run, set by the first submission (the files it holds size an automatic number). */
  private size: number | undefined;
  /** Set by the first submission: whether the build processes few files; if so, the files each worker gets at once. */
  private few = false;
  private fewBatch = 0;
  /** Workers stopped by cool(): their exit is no failure. */
  private readonly cooled = new Set<Worker>();

  constructor(
    private readonly dicts: string[],
    private readonly jobs: BuildSettings['jobs'],
  ) {}

  warm(): void {
    if (this.workers.length === 0 && this.failure === undefined) this.start();
  }

  async cool(): Promise<void> {
    if (this.size !== undefined) return;
    const idle = this.workers.splice(0);
    for (const w of idle) {
      this.cooled.add(w);
      this.busy.delete(w);
    }
    await Promise.all(idle.map((w) => w.terminate()));
  }

  submit(files: string[]): Array<Promise<FileOutcome>> {
    const promises = files.map((f) => deferred(f, this.queue));
    if (this.failure !== undefined) this.failAll(this.failure);
    else {
      if (this.size === undefined) {
        this.size = workerCount(this.jobs, files.length);
        this.few = files.length <= FEW_FILES;
        this.fewBatch = Math.ceil(files.length / this.size);
      }
      while (this.workers.length < this.size) this.start();
      for (const w of this.workers) this.feed(w);
    }
    return promises;
  }

  private start(): void {
    // Under tsx (tests, benchmarks, GUANXI_SOURCES=1) this module is TypeScript and its worker needs the loader;
    // the compiled build runs worker.js as it is.
    const url = import.meta.url.endsWith('.ts') ? new URL('./worker-entry.mjs', import.meta.url) : new URL('./worker.js', import.meta.url);
    const data: WorkerData = { dicts: this.dicts };
    // A larger young generation: extraction makes many short-lived objects per sentence, and with the default
    // size a worker spent about a fifth more time collecting them (measured with --max-semi-space-size=32).
    const w = new Worker(url, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.workers.push(w);
    this.busy.set(w, 0);
    w.on('message', (msg: BatchResult) => {
      const batch = this.inFlight.get(msg.id);
      this.inFlight.delete(msg.id);
      this.busy.set(w, (this.busy.get(w) ?? 1) - 1);
      this.feed(w);
      batch?.forEach((d, k) => d.resolve(msg.outcomes[k]!));
    });
    w.on('error', (err) => {
      if (!this.cooled.has(w)) this.failAll(err);
    });
    w.on('exit', (code) => {
      if (this.failure === undefined && code !== 0 && !this.cooled.has(w)) this.failAll(new Error(`a build worker stopped (exit code ${code})`));
    });
  }

  private feed(w: Worker): void {
    // Few files: one batch per worker, planned together so that its jieba load covers them all.
    while (this.queue.length > 0 && (this.busy.get(w) ?? 0) < (this.few ? 1 : 2)) {
      const n = this.few ? this.fewBatch : Math.min(BATCH, Math.ceil(this.queue.length / (2 * this.workers.length)));
      const batch = this.queue.splice(0, n);
      const id = this.nextId++;
      this.inFlight.set(id, batch);
      this.busy.set(w, (this.busy.get(w) ?? 0) + 1);
      const request: BatchRequest = { id, files: batch.map((d) => d.file), few: this.few };
      w.postMessage(request);
    }
  }

  private failAll(err: unknown): void {
    this.failure ??= err;
    for (const batch of this.inFlight.values()) for (const d of batch) d.reject(this.failure);
    this.inFlight.clear();
    for (const d of this.queue.splice(0)) d.reject(this.failure);
  }

  async close(): Promise<void> {
    // Terminating is not a failure: nothing is waiting any more.
    this.failure ??= new Error('the build was stopped');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
