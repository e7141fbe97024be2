/**
 * The messages between `guanxi build` and its worker threads, typed in one
 * place so both sides agree: the main thread sends batches of files, a worker
 * answers each batch with the outcome of every file, in order.
 */
import type { FileGraph } from '../resolve/file/index.js';

export interface WorkerData {
  /** User dictionaries (`--dict`), loaded once per worker. */
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
 */
export type FileOutcome =
  | { kind: 'ok'; graph: FileGraph; encoding: string }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'failed'; file: string; message: string; stack?: string };

export interface BatchResult {
  id: number;
  outcomes: FileOutcome[];
}
