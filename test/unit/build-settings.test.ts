/**
 * How many workers a build starts (issue 9): each loads jieba's
 * dictionaries, which costs more than extracting dozens of articles, so the
 * default starts one per FILES_PER_AUTO_WORKER files to process, up to one
 * per core; an explicit --jobs is used as given, up to one per file.
 */
import { describe, expect, it } from 'vitest';
import { FILES_PER_AUTO_WORKER, MAX_AUTO_JOBS, resolveBuildSettings, workerCount } from '../../src/pipeline/settings.js';

describe('build settings', () => {
  it('the default: one worker for a few files (a rebuild adding some), one per core for many', () => {
    expect(workerCount('auto', 1)).toBe(1);
    expect(workerCount('auto', 5)).toBe(1);
    expect(workerCount('auto', FILES_PER_AUTO_WORKER)).toBe(1);
    expect(workerCount('auto', FILES_PER_AUTO_WORKER + 1)).toBe(Math.min(2, MAX_AUTO_JOBS));
    expect(workerCount('auto', 10_000)).toBe(MAX_AUTO_JOBS);
  });

  it('--jobs as given, but never more workers than files', () => {
    expect(workerCount(4, 100)).toBe(4);
    expect(workerCount(4, 3)).toBe(3);
    expect(() => resolveBuildSettings({ jobs: 0 })).toThrow(RangeError);
    expect(resolveBuildSettings({}).jobs).toBe('auto');
  });
});
