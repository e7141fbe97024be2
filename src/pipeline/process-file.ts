/**
 * The per-file work of a build, the same in the main thread and in a
 * worker: read and decode, repair, extract, resolve within the file.
 */
import { extractFile } from '../extract/index.js';
import { readSource, type SourceFile } from '../ingest/read.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { resolveFile } from '../resolve/file/index.js';
import { initJieba } from '../segment/jieba.js';
import type { FileOutcome } from './protocol.js';

let prepared: { dicts: string; lexicon: Lexicon } | undefined;

/**
 * The lexicon for these user dictionaries, read once per thread and again
 * only when the dictionaries differ (a second build in the same process with
 * another `--dict` must not extract with the first one's words). A worker
 * reads it as it starts, before it is given files (see worker.ts); it is
 * plain JavaScript, quick to read and to stop.
 */
export function prepareLexicon(dicts: string[], loaded?: Lexicon): Lexicon {
  const id = JSON.stringify(dicts);
  // `loaded`: the lexicon of these dictionaries the caller already has (a build in the main thread), not read twice.
  if (prepared?.dicts !== id || (loaded && prepared.lexicon !== loaded)) prepared = { dicts: id, lexicon: loaded ?? loadLexicon(dicts) };
  return prepared.lexicon;
}

/**
 * The lexicon for these user dictionaries, with jieba loaded with it. jieba
 * is loaded with the first file that needs it (loading its dictionaries
 * takes longer than extracting many articles, and cannot be stopped half
 * way, so a thread that gets no readable file never pays for it).
 */
export function prepare(dicts: string[], loaded?: Lexicon): Lexicon {
  const lexicon = prepareLexicon(dicts, loaded);
  initJieba(lexicon);
  return lexicon;
}

/**
 * Processes files in order, each next file read before the current one is
 * extracted. Reads are synchronous (ingest/read.ts), so this no longer
 * overlaps reading with extraction; for small articles that cost less CPU.
 * `inThread`: the outcomes are merged in this same thread, and carry each
 * graph as made (`made`, protocol.ts); a worker's carry its JSON text.
 */
export async function* processFiles(files: string[], dicts: string[], loaded?: Lexicon, inThread = false): AsyncGenerator<FileOutcome> {
  let next = files.length > 0 ? readSource(files[0]!) : undefined;
  for (let i = 0; i < files.length; i++) {
    const src = await next!;
    next = i + 1 < files.length ? readSource(files[i + 1]!) : undefined;
    yield processSource(src, dicts, loaded, inThread);
  }
}

function processSource(src: SourceFile, dicts: string[], loaded: Lexicon | undefined, inThread: boolean): FileOutcome {
  const file = src.path;
  if (!src.ok) return { kind: 'skipped', file, reason: src.reason };
  try {
    const lex = prepare(dicts, loaded);
    const value = resolveFile(extractFile(file, src.text, lex), lex);
    if (inThread) return { kind: 'made', file, value, encoding: src.encoding, digest: src.digest };
    return { kind: 'ok', file, graph: JSON.stringify(value), encoding: src.encoding, digest: src.digest };
  } catch (err) {
    // A bug on one odd file is guanxi's fault, not the file's: the build fails with the file's name and the
    // stack (GUANXI_DEBUG=1 prints it), instead of passing it off as a skipped input.
    return { kind: 'failed', file, message: err instanceof Error ? err.message : String(err), ...(err instanceof Error && err.stack ? { stack: err.stack } : {}) };
  }
}
