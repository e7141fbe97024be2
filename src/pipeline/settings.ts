/**
 * Settings of `guanxi build`, with their defaults and validation in one place.
 */
import { availableParallelism } from 'node:os';

export interface BuildSettings {
  /** Extra jieba user dictionaries (`word [freq] [tag]`). */
  dicts: string[];
  /**
   * Worker threads for extraction. A number is used as given (as many as
   * there are files to process), 1 runs everything in the main thread.
   * 'auto' uses one worker per FILES_PER_AUTO_WORKER files to process, up to
   * one per core (MAX_AUTO_JOBS): each worker loads jieba's dictionaries,
   * which costs more than extracting a few dozen articles.
   */
  jobs: number | 'auto';
  /**
   * Folder of the build store (per-file results kept for the next build),
   * or undefined for none. `guanxi build` keeps it in `--out/.guanxi-cache`.
   */
  store: string | undefined;
  /** Process every file, reusing nothing from the store (which is still rewritten). */
  full: boolean;
}

export const MAX_AUTO_JOBS = Math.max(1, Math.min(availableParallelism(), 8));
export const FILES_PER_AUTO_WORKER = 32;

export const DEFAULT_BUILD_SETTINGS: BuildSettings = {
  dicts: [],
  jobs: 'auto',
  store: undefined,
  full: false,
};

export function resolveBuildSettings(partial: Partial<BuildSettings>): BuildSettings {
  const s = { ...DEFAULT_BUILD_SETTINGS, ...partial };
  if (s.jobs !== 'auto' && (!Number.isInteger(s.jobs) || s.jobs < 1 || s.jobs > 64)) throw new RangeError(`jobs must be a whole number from 1 to 64, got ${s.jobs}`);
  return s;
}

/** How many workers to start for `pending` files to process. */
export function workerCount(jobs: BuildSettings['jobs'], pending: number): number {
  if (jobs === 'auto') return Math.max(1, Math.min(MAX_AUTO_JOBS, Math.ceil(pending / FILES_PER_AUTO_WORKER)));
  return Math.max(1, Math.min(jobs, pending));
}
