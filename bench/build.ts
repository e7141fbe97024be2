/**
 * Build benchmark: a synthetic corpus generated from the project's own
 * templates (bench/synth.ts), then, over the same text,
 *   - nodejieba's `tag` alone, one core (the baseline),
 *   - the whole `guanxi build` with one worker and with one per core,
 * each in a fresh process so that peak memory is its own. Memory is also
 * measured at a quarter of the corpus: streaming means it should grow with
 * the graph, not with the text read.
 *
 * Usage: npx tsx bench/build.ts [--articles N]   (default 10000)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSynthCorpus } from './synth.js';

interface Measure {
  chars: number;
  seconds: number;
  maxRssMB: number;
  nodes?: number;
  edges?: number;
}

const self = fileURLToPath(import.meta.url);

async function child(mode: string, dir: string, jobs: number): Promise<Measure> {
  if (mode === 'tag') {
    const { prepare } = await import('../src/pipeline/process-file.js');
    const { tag } = await import('../src/segment/jieba.js');
    prepare([]);
    const files = readdirSync(dir).sort();
    let chars = 0;
    const t0 = performance.now();
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      chars += text.length;
      tag(text);
    }
    return { chars, seconds: (performance.now() - t0) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  }
  const { buildGraph } = await import('../src/pipeline/build.js');
  const t0 = performance.now();
  const r = await buildGraph([dir], { jobs });
  return { chars: r.chars, seconds: (performance.now() - t0) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, nodes: r.graph.order, edges: r.graph.size };
}

function run(mode: string, dir: string, jobs = 1): Measure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', mode, dir, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await child(argv[1]!, argv[2]!, Number(argv[3])))}\n`);
    return;
  }
  const n = Number(argv[argv.indexOf('--articles') + 1] || 10_000) || 10_000;
  const root = mkdtempSync(path.join(tmpdir(), 'guanxi-bench-'));
  const full = path.join(root, 'full');
  const quarter = path.join(root, 'quarter');
  try {
    const written = writeSynthCorpus(full, n, 1);
    writeSynthCorpus(quarter, Math.round(n / 4), 1);
    process.stdout.write(`synthetic corpus: ${written.files} articles, ${written.chars.toLocaleString('en')} characters\n\n`);
    const cores = availableParallelism();
    const tag = run('tag', full);
    const one = run('build', full, 1);
    const all = run('build', full, cores);
    const small = run('build', quarter, cores);
    const rate = (m: Measure) => m.chars / m.seconds;
    const rows: Array<[string, string, string, string, string]> = [
      ['nodejieba tag alone (baseline)', '1', fmt(rate(tag)), '1.00', tag.maxRssMB.toFixed(0)],
      ['guanxi build', '1', fmt(rate(one)), (rate(one) / rate(tag)).toFixed(2), one.maxRssMB.toFixed(0)],
      ['guanxi build', String(cores), fmt(rate(all)), (rate(all) / rate(tag)).toFixed(2), all.maxRssMB.toFixed(0)],
      [`guanxi build, ${Math.round(n / 4)} articles`, String(cores), fmt(rate(small)), (rate(small) / rate(tag)).toFixed(2), small.maxRssMB.toFixed(0)],
    ];
    const head: [string, string, string, string, string] = ['run', 'workers', 'chars/s', 'vs tag', 'peak RSS MB'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    process.stdout.write(`${[line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n\n`);
    process.stdout.write(`graph: ${all.nodes} nodes, ${all.edges} edges (quarter corpus: ${small.nodes} nodes, ${small.edges} edges)\n`);
    process.stdout.write(`target: whole build on one core at >= 50% of the tag rate: ${rate(one) / rate(tag) >= 0.5 ? 'met' : 'NOT met'}\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function fmt(x: number): string {
  return Math.round(x).toLocaleString('en');
}

await main();
