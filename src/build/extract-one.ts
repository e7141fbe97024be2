/**
 * The per-file work of a build, the same in the main thread and in a
 * worker: read and decode, repair, extract, resolve within the file.
 */
import { extractFile } from '../extract/file.js';
import { readSource } from '../ingest/read.js';
import { resolveFile, type FileGraph } from '../resolve/file-graph.js';
import { initJieba } from '../segment/jieba.js';
import { loadLexicon, type Lexicon } from '../segment/lexicon.js';

export type FileOutcome = { ok: true; graph: FileGraph; encoding: string } | { ok: false; file: string; reason: string };

let lexicon: Lexicon | undefined;

export function prepare(dicts: string[]): Lexicon {
  if (!lexicon) {
    lexicon = loadLexicon(dicts);
    initJieba(lexicon);
  }
  return lexicon;
}

export async function processFile(file: string, dicts: string[]): Promise<FileOutcome> {
  const lex = prepare(dicts);
  const src = await readSource(file);
  if (!src.ok) return { ok: false, file, reason: src.reason };
  try {
    return { ok: true, graph: resolveFile(extractFile(file, src.text, lex)), encoding: src.encoding };
  } catch (err) {
    // A bug on one odd file must not lose the run: report it with the file's name.
    return { ok: false, file, reason: `extraction failed (${err instanceof Error ? err.message : String(err)})` };
  }
}
