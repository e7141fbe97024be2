/**
 * A build with `--jobs 1` merges each file's graph as made, never written
 * as JSON text and parsed back (protocol.ts): that is the same graph only while a
 * FileGraph is plain JSON data. This checks it on the sample articles
 * (Traditional, GBK, bylines, several articles in one file).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFiles } from '../../src/pipeline/process-file.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../data/sample');

describe('a file graph made in the merging thread', () => {
  it('is the value its JSON text parses to', { timeout: 0 }, async () => {
    const files = readdirSync(SAMPLE).sort().map((f) => path.join(SAMPLE, f));
    let compared = 0;
    for await (const o of processFiles(files, [], undefined, true)) {
      expect(o.kind, o.file).toBe('made');
      if (o.kind !== 'made') continue;
      // toStrictEqual: a property set to undefined, or an object of another class, would differ.
      expect(JSON.parse(JSON.stringify(o.value)), o.file).toStrictEqual(o.value);
      compared++;
    }
    expect(compared).toBe(files.length);
  });

  it('is not sent by workers, which send the text alone', { timeout: 0 }, async () => {
    for await (const o of processFiles([path.join(SAMPLE, readdirSync(SAMPLE).sort()[0]!)], [])) {
      expect(o.kind).toBe('ok');
      expect(o.kind === 'ok' && JSON.parse(o.graph).file).toBe(o.file);
    }
  });
});
