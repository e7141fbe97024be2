/**
 * The per-file work of a build, the same in the main thread and in a
 * worker: read and decode, repair, extract, resolve within the file.
 */
import { extractFile } from '../extract/file.js';
import { readSource, type SourceFile } from '../ingest/read.js';
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

/**
 * Processes files in order, reading the next one while the current one is
 * extracted: reading is I/O, extraction is CPU, and one thread can overlap them.
 */
export async function* processFiles(files: string[], dicts: string[]): AsyncGenerator<FileOutcome> {
  let next = files.length > 0 ? readSource(files[0]!) : undefined;
  for (let i = 0; i < files.length; i++) {
    const src = await next!;
    next = i + 1 < files.length ? readSource(files[i + 1]!) : undefined;
    yield processSource(src, dicts);
  }
}

function processSource(src: SourceFile, dicts: string[]): FileOutcome {
  const lex = prepare(dicts);
  const file = src.path;
  if (!src.ok) return { ok: false, file, reason: src.reason };
  try {
    return { ok: true, graph: resolveFile(extractFile(file, src.text, lex)), encoding: src.encoding };
  } catch (err) {
    // A bug on one odd file must not lose the run: report it with the file's name.
    return { ok: false, file, reason: `extraction failed (${err instanceof Error ? err.message : String(err)})` };
  }
}
