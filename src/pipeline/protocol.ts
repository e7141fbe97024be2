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
 * `value`: the graph itself, when it was made in the merging thread
 * (`--jobs 1`). The merge takes it instead of parsing `graph` again: a
 * FileGraph is plain JSON data (numbers, strings, arrays, plain objects, no
 * undefined), so the parsed text would be the same value (tested), and
 * parsing it cost as much as making the text.
 */
export type FileOutcome =
  | { kind: 'ok'; file: string; graph: string; encoding: string; digest: string; value?: FileGraph }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'failed'; file: string; message: string; stack?: string };

export interface BatchResult {
  id: number;
  outcomes: FileOutcome[];
}
