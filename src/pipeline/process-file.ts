/**
 * The per-file work of a build, the same in the main thread and in a
 * worker: read and decode, repair, extract, resolve within the file.
 */
import { extractFile, extractPlanned, planFile, textsToTag, type FilePlan } from '../extract/index.js';
import { readSource, type SourceFile } from '../ingest/read.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { resolveFile, type FileGraph } from '../resolve/file/index.js';
import { initJieba, initJiebaFor } from '../segment/jieba.js';
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
 * `few`: these files are all or most of what the build processes, so few
 * that jieba is loaded with only the dictionary words their sentences hold
 * (segment/jieba.ts): they are read and planned first, then extracted.
 */
export async function* processFiles(files: string[], dicts: string[], loaded?: Lexicon, inThread = false, few = false): AsyncGenerator<FileOutcome> {
  if (few) {
    yield* processFew(files, dicts, loaded, inThread);
    return;
  }
  let next = files.length > 0 ? readSource(files[0]!) : undefined;
  for (let i = 0; i < files.length; i++) {
    const src = await next!;
    next = i + 1 < files.length ? readSource(files[i + 1]!) : undefined;
    yield processSource(src, dicts, loaded, inThread);
  }
}

type Planned = { src: SourceFile & { ok: true }; plan: FilePlan } | { outcome: FileOutcome };

async function* processFew(files: string[], dicts: string[], loaded: Lexicon | undefined, inThread: boolean): AsyncGenerator<FileOutcome> {
  let lex: Lexicon;
  try {
    lex = prepareLexicon(dicts, loaded);
  } catch (err) {
    // As processSource reports it: with each file.
    for (const file of files) yield failed(file, err);
    return;
  }
  const planned: Planned[] = [];
  for (const file of files) {
    const src = await readSource(file);
    if (!src.ok) planned.push({ outcome: { kind: 'skipped', file, reason: src.reason } });
    else {
      try {
        planned.push({ src, plan: planFile(src.path, src.text, lex) });
      } catch (err) {
        planned.push({ outcome: failed(file, err) });
      }
    }
  }
  const texts = planned.flatMap((p) => ('plan' in p ? textsToTag(p.plan) : []));
  if (texts.length > 0) initJiebaFor(lex, texts);
  for (const p of planned) {
    if ('outcome' in p) yield p.outcome;
    else yield outcomeOf(p.src, inThread, () => resolveFile(extractPlanned(p.plan, lex), lex));
  }
}

function processSource(src: SourceFile, dicts: string[], loaded: Lexicon | undefined, inThread: boolean): FileOutcome {
  const file = src.path;
  if (!src.ok) return { kind: 'skipped', file, reason: src.reason };
  return outcomeOf(src, inThread, () => {
    const lex = prepare(dicts, loaded);
    return resolveFile(extractFile(file, src.text, lex), lex);
  });
}

function outcomeOf(src: SourceFile & { ok: true }, inThread: boolean, make: () => FileGraph): FileOutcome {
  const file = src.path;
  try {
    const value = make();
    if (inThread) return { kind: 'made', file, value, encoding: src.encoding, digest: src.digest };
    return { kind: 'ok', file, graph: JSON.stringify(value), encoding: src.encoding, digest: src.digest };
  } catch (err) {
    return failed(file, err);
  }
}

/**
 * A bug on one odd file is guanxi's fault, not the file's: the build fails with the file's name and the
 * stack (GUANXI_DEBUG=1 prints it), instead of passing it off as a skipped input.
 */
function failed(file: string, err: unknown): FileOutcome {
  return { kind: 'failed', file, message: err instanceof Error ? err.message : String(err), ...(err instanceof Error && err.stack ? { stack: err.stack } : {}) };
}
