/**
 * The messages between `guanxi build` and its worker threads, typed in one
 * place so both sides agree: the main thread sends batches of files, a worker
 * answers each batch with the outcome of every file, in order.
 */
import type { FileGraph } from '../resolve/file/index.js';

export interface WorkerData {
  /** User dictionaries (`--dict`), loaded by a worker with its first file. */
  dicts: string[];
}

export interface BatchRequest {
  id: number;
  files: string[];
  /** The build processes few files: the worker loads only the dictionary words this batch uses (process-file.ts). */
  few?: boolean;
}

/**
 * A file's result: its graph, or why it was skipped (unreadable input), or a
 * failure of guanxi itself on it (a bug: reported with the stack, never as a
 * skipped file).
 *
 * The graph travels as its JSON text (a `FileGraph`): the same text is what
 * the build store keeps, so a file's graph is merged from the very same
 * representation whether it was just extracted or read back from the store.
 * `digest` identifies the bytes the result was made from.
 *
 * A file processed in the merging thread itself (`--jobs 1`) is `made`:
 * its graph as made, neither written as text nor parsed back. A FileGraph
 * is plain JSON data (numbers, strings, arrays, plain objects, nothing
 * undefined), so its text would parse to the same value (tested); the text
 * is made only where it is kept (the store). For 2,000 synthetic articles
 * the text is 69 M characters (32 times the articles'): 0.35-0.54 s of CPU
 * to make, 0.23-0.85 s to parse, of some 15-22 s for the whole build.
 */
export type FileOutcome =
  | { kind: 'ok'; file: string; graph: string; encoding: string; digest: string }
  | { kind: 'made'; file: string; value: FileGraph; encoding: string; digest: string }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'failed'; file: string; message: string; stack?: string };

export interface BatchResult {
  id: number;
  outcomes: FileOutcome[];
}
