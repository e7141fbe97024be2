/**
 * Resolution inside one file, as passes over the file's mentions: banks,
 * branches, persons, programmes and honours, other entities, articles (and
 * each article's main unit), anaphora, then relations. Mentions become
 * entities (one per real-world thing), relation candidates become edges
 * between entity keys. What needs the whole corpus (short forms named in no
 * other way, the hierarchy by place) is left to the corpus passes.
 */
import type { FileExtraction } from '../../extract/types.js';
import type { Lexicon } from '../../lexicon/index.js';
import { resolveAnaphora } from './anaphora.js';
import { unitsNamedThrough } from './own-units.js';
import { resolveArticles } from './articles.js';
import { resolveBanks } from './banks.js';
import { resolveBranches } from './branches.js';
import { resolveOthers } from './others.js';
import { resolvePersons } from './persons.js';
import { resolveRelations } from './relations.js';
import { FileResolution, type FileGraph } from './state.js';
import { resolveTitles } from './titles.js';

export { MAX_EVIDENCE, articleKey, type FileEdge, type FileGraph, type FileNode } from './state.js';

export function resolveFile(r: FileExtraction, lex: Lexicon): FileGraph {
  const res = new FileResolution(r);
  const banks = resolveBanks(res, lex);
  resolveBranches(res, banks, lex);
  resolvePersons(res);
  resolveTitles(res, lex);
  resolveOthers(res);
  const namedThrough = unitsNamedThrough(res, lex);
  resolveArticles(res, lex, namedThrough);
  resolveAnaphora(res, lex, namedThrough);
  resolveRelations(res, lex, namedThrough);
  return res.graph();
}
