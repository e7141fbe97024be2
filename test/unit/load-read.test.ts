import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphInput } from '../../src/load/read.js';

// What `guanxi load` says when it cannot read its input: only a missing path is "does not exist".
describe('load input errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-load-read-'));
  writeFileSync(join(dir, 'a-file'), 'x');
  mkdirSync(join(dir, 'out', 'graph.json'), { recursive: true });
  mkdirSync(join(dir, 'empty'));

  it.each([
    ['missing', join(dir, 'nothing-here'), /does not exist/],
    ['a file used as a folder', join(dir, 'a-file', 'out'), /cannot read .*: a part of the path is a file, not a folder$/],
    ['graph.json that is a folder', join(dir, 'out'), /cannot read .*graph\.json: it is a folder, not a graph\.json$/],
    ['a folder without graph.json', join(dir, 'empty'), /^no graph\.json in /],
  ])('%s', async (_what, path, message) => {
    await expect(readGraphInput(path)).rejects.toThrow(message);
  });
});
