/**
 * The build is linear in the size of one article on one line (issue 9): a
 * PDF pulled to text can be a single line of megabytes. The larger input
 * must take about its share of the time, not its square. Measured as CPU
 * time of this process (other processes on a busy machine do not count),
 * best of a few runs, with a generous factor: a quadratic build exceeds it
 * by far, noise does not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/build.js';

const SHAPES = {
  // Many sentences in one paragraph, the same names again and again.
  sentences: '工行沈阳分行开展“普及金融知识万里行”活动，该行网点负责人王立新说，效果很好。',
  // No sentence end at all: one "sentence" as long as the file.
  'no full stops': '工行沈阳分行开展“普及金融知识万里行”活动 网点负责人王立新说 效果很好 ',
};

async function cpuSeconds(text: string): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'guanxi-linear-'));
  writeFileSync(path.join(dir, 'long.txt'), text);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = process.cpuUsage();
    await buildGraph([dir], { jobs: 1 });
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1e6);
  }
  return best;
}

describe('build time grows linearly with one long line', () => {
  for (const [shape, unit] of Object.entries(SHAPES)) {
    it(`${shape}: 4× the text takes at most ~4× the time`, async () => {
      await cpuSeconds(unit.repeat(50)); // loads the dictionaries once, outside the measurement
      const small = await cpuSeconds(unit.repeat(8_000));
      const large = await cpuSeconds(unit.repeat(32_000));
      // Linear gives 4; the quadratic build of issue 9 gave far more at these sizes.
      expect(large / small).toBeLessThan(4 * 1.8);
    }, 600_000);
  }
});
