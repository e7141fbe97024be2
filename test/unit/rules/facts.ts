/**
 * Runs the real extraction and resolution on one text written for a test and
 * lists what the graph says, as sorted lines a person can read and diff:
 * `Branch 工行沈阳向工街支行`, `WORKS_AT 邢丽丽 -> 工行沈阳分行 [员工]`.
 */
import { extractFile } from '../../../src/extract/index.js';
import { prepare } from '../../../src/pipeline/process-file.js';
import { resolveFile } from '../../../src/resolve/file/index.js';
import { GraphMerger } from '../../../src/resolve/merge.js';
import { nameAsWritten } from '../../../src/pipeline/written.js';

export interface Facts {
  /** Entities and relations (all but MENTIONS and LOCATED_IN), sorted. */
  facts: string[];
  /** Facts found per rule id before resolution. */
  found: Record<string, number>;
}

export function factsOf(text: string, dicts: string[] = []): Facts {
  const lex = prepare(dicts);
  const fg = resolveFile(extractFile('case.txt', text, lex), lex);
  const merger = new GraphMerger(lex);
  merger.add(fg);
  const g = merger.finish();
  nameAsWritten(g, merger.traditionalFiles);
  const name = (n: string): string => g.getNodeAttribute(n, 'name');
  const facts = [
    ...g.filterNodes((_, a) => a.type !== 'Article').map((n) => `${g.getNodeAttribute(n, 'type')} ${name(n)}`),
    ...g.filterEdges((_, a) => a.type !== 'MENTIONS' && a.type !== 'LOCATED_IN').map((e) => {
      const a = g.getEdgeAttributes(e);
      const target = g.getNodeAttribute(g.target(e), 'type') === 'Article' ? 'article' : name(g.target(e));
      return `${a.type} ${name(g.source(e))} -> ${target}${a.role ? ` [${a.role}]` : ''}${a.year ? ` (${a.year})` : ''}`;
    }),
  ].sort();
  return { facts, found: fg.found };
}
