/**
 * `guanxi eval --graph graph.graphml --gold gold.json`: extraction quality
 * against an annotated set (format and rules in ../shared/eval/README.md).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { mergeGold, parseGold, GoldFormatError, type Gold } from '../../eval/gold.js';
import { ExitCode, UserError } from '../../base/errors.js';

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score a built graph against gold annotations: precision, recall and F1 for entities and relations, overall and per type.')
    .requiredOption('-g, --graph <file>', 'graph.graphml written by guanxi build')
    .requiredOption('--gold <paths...>', 'gold annotations (JSON: entities and relations); several files, or folders of *.json files, are read as one set')
    .option('--json', 'print the scores as JSON')
    .option('--no-details', 'leave out the lists of missed and spurious items')
    .option('--by-rule', "also give each extraction rule's precision (over the scored nodes and edges it is credited with)")
    .addHelpText('after', '\nExamples:\n  guanxi eval --graph out/sample/graph.graphml --gold data/sample.gold.json\n  guanxi eval --graph out/real/graph.graphml --gold eval/real/gold/')
    .action(async (opts: { graph: string; gold: string[]; json?: boolean; details: boolean; byRule?: boolean }) => {
      // Loaded here, not at registration: `guanxi --help` and the other commands do not pay for the XML parser.
      const [{ readGraphML }, { formatByRule, formatReport, score }, { GraphFormatError }] = await Promise.all([import('../../export/graphml-read.js'), import('../../eval/score.js'), import('../../graph/model.js')]);
      const [xml, gold] = await Promise.all([readText(opts.graph, '--graph'), readGoldSet(opts.gold)]);
      try {
        const report = score(readGraphML(xml), gold);
        process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, opts.details) + (opts.byRule ? `\n${formatByRule(report)}` : ''));
      } catch (err) {
        if (err instanceof GraphFormatError) throw new UserError(`${opts.graph}: ${err.message}`);
        throw err;
      }
    });
}

/** Gold files and folders of them (their *.json files, sorted), read as one set. */
export async function readGoldSet(paths: string[]): Promise<Gold> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) throw new UserError(`--gold ${p}: no such file or folder`, ExitCode.Usage);
    if (info.isDirectory()) {
      const inside = (await readdir(p)).filter((f) => f.endsWith('.json')).sort();
      if (inside.length === 0) throw new UserError(`--gold ${p}: the folder holds no .json files`, ExitCode.Usage);
      files.push(...inside.map((f) => path.join(p, f)));
    } else files.push(p);
  }
  const golds = await Promise.all(
    files.map(async (f) => {
      try {
        return parseGold(JSON.parse(await readText(f, '--gold')));
      } catch (err) {
        if (err instanceof GoldFormatError || err instanceof SyntaxError) throw new UserError(`${f}: ${err.message}`);
        throw err;
      }
    }),
  );
  if (golds.length === 1) return golds[0]!;
  // Banks one file names 交行 and another 交通银行 are one bank, and 張金良 and 张金良 one person, as in the graph.
  const { loadLexicon } = await import('../../lexicon/index.js');
  const { goldIdentity } = await import('../../pipeline/gold-identity.js');
  return mergeGold(golds, goldIdentity(loadLexicon()));
}

async function readText(file: string, option: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`${option} ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`, ExitCode.Usage);
  }
}
