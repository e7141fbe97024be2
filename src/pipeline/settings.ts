/**
 * Settings of `guanxi build`, with their defaults and validation in one place.
 */
import { availableParallelism } from 'node:os';

export interface BuildSettings {
  /** Extra jieba user dictionaries (`word [freq] [tag]`). */
  dicts: string[];
  /** Worker threads for extraction; 1 runs everything in the main thread. */
  jobs: number;
}

export const DEFAULT_BUILD_SETTINGS: BuildSettings = {
  dicts: [],
  jobs: Math.max(1, Math.min(availableParallelism(), 8)),
};

export function resolveBuildSettings(partial: Partial<BuildSettings>): BuildSettings {
  const s = { ...DEFAULT_BUILD_SETTINGS, ...partial };
  if (!Number.isInteger(s.jobs) || s.jobs < 1 || s.jobs > 64) throw new RangeError(`jobs must be a whole number from 1 to 64, got ${s.jobs}`);
  return s;
}
