/**
 * `guanxi eval --graph graph.graphml --gold gold.json`: extraction quality
 * against an annotated set (format and rules in ../shared/eval/README.md).
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { readGraphML } from '../../export/graphml-read.js';
import { parseGold, GoldFormatError } from '../../eval/gold.js';
import { formatReport, score } from '../../eval/score.js';
import { GraphFormatError } from '../../graph/model.js';
import { ExitCode, UserError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score a built graph against gold annotations: precision, recall and F1 for entities and relations, overall and per type.')
    .requiredOption('-g, --graph <file>', 'graph.graphml written by guanxi build')
    .requiredOption('--gold <file>', 'gold annotations (JSON: entities and relations)')
    .option('--json', 'print the scores as JSON')
    .option('--no-details', 'leave out the lists of missed and spurious items')
    .action(async (opts: { graph: string; gold: string; json?: boolean; details: boolean }) => {
      const [xml, goldText] = await Promise.all([readText(opts.graph, '--graph'), readText(opts.gold, '--gold')]);
      try {
        const report = score(readGraphML(xml), parseGold(JSON.parse(goldText)));
        process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, opts.details));
      } catch (err) {
        if (err instanceof GraphFormatError) throw new UserError(`${opts.graph}: ${err.message}`);
        if (err instanceof GoldFormatError || err instanceof SyntaxError) throw new UserError(`${opts.gold}: ${err.message}`);
        throw err;
      }
    });
}

async function readText(file: string, option: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`${option} ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`, ExitCode.Usage);
  }
}
