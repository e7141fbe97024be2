/**
 * Writes a build's outputs as a pair. Both files go into a new generation
 * folder, OUT/.guanxi-output/build-PID-RANDOM, are flushed, and are published
 * by one rename: the symbolic link OUT/.guanxi-output/current moves to the
 * new generation. OUT/graph.json and OUT/graph.graphml are links through
 * `current`, so a reader sees the old pair or the new one, never one of each.
 *
 * An interrupt (the AbortSignal) before that rename removes the new
 * generation and leaves the old pair; once the rename has begun, publishing
 * completes. A generation or temporary left by a killed run (its process is
 * gone) is removed by the next run into the same folder.
 *
 * Where symbolic links cannot be made (Windows without the privilege), the
 * two files are renamed into place one after the other instead.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, mkdtemp, open, readdir, readlink, rename, rm, rmdir, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, UserError } from '../base/errors.js';
import { serializeGraph, type GuanxiGraph } from '../graph/model.js';
import { graphMLLines } from './graphml.js';

export interface WrittenFiles {
  json: string;
  graphml: string;
}

/** The folder inside --out that holds the generations and the `current` link. */
export const OUTPUT_STORE = '.guanxi-output';
const CURRENT = 'current';
const FILES = ['graph.json', 'graph.graphml'] as const;

/** The folder checkWritableOut creates and removes at once: `.guanxi-write-test-PID-XXXXXX`. */
const PROBE = '.guanxi-write-test-';

/** Thrown by writeGraph when its signal aborted it before anything was published. */
export class WriteInterrupted extends Error {
  override readonly name = 'WriteInterrupted';
}

/**
 * Refuses an --out that cannot be written, before a build spends any time:
 * the folder, or the nearest folder above it that exists, must take a new
 * entry. Creates nothing.
 */
export async function checkWritableOut(outDir: string): Promise<void> {
  const fail = (why: string): never => {
    throw new UserError(`cannot write to --out ${outDir}: ${why}`, ExitCode.Failure);
  };
  let dir = path.resolve(outDir);
  for (;;) {
    const info = await stat(dir).catch((err: NodeJS.ErrnoException) => err);
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) fail(`${dir} is a file`);
      break;
    }
    if ((info.code !== 'ENOENT' && info.code !== 'ENOTDIR') || path.dirname(dir) === dir) fail(reason(info));
    dir = path.dirname(dir);
  }
  try {
    await removeStaleProbes(dir);
    await rmdir(await mkdtemp(path.join(dir, `${PROBE}${process.pid}-`)));
  } catch (err) {
    fail(`${dir} does not take new files (${reason(err as NodeJS.ErrnoException)})`);
  }
}

export async function writeGraph(graph: GuanxiGraph, outDir: string, options: { signal?: AbortSignal } = {}): Promise<WrittenFiles> {
  // Each text is made piece by piece as it is written, into the new generation: a failure (or an interrupt)
  // removes that generation and leaves the old pair intact. Whole, the two texts are tens of megabytes each
  // for a large corpus, then as many again as UTF-8: making them in pieces keeps both copies out of memory.
  const texts: Record<(typeof FILES)[number], () => Iterable<string>> = {
    'graph.json': () => jsonPieces(serializeGraph(graph)),
    'graph.graphml': () => separated(graphMLLines(graph), '\n'),
  };
  const written = { json: path.join(outDir, 'graph.json'), graphml: path.join(outDir, 'graph.graphml') };
  const store = path.join(outDir, OUTPUT_STORE);
  await mkdir(store, { recursive: true });
  await removeLeftovers(outDir);

  const generation = `build-${process.pid}-${randomBytes(4).toString('hex')}`;
  const genDir = path.join(store, generation);
  await mkdir(genDir);
  try {
    for (const name of FILES) {
      interrupted(options.signal);
      await writeFlushed(path.join(genDir, name), texts[name](), options.signal);
    }
    interrupted(options.signal);
  } catch (err) {
    await rm(genDir, { recursive: true, force: true });
    throw err;
  }

  // From here on, publishing completes; a signal only ends the process afterwards.
  const previous = await readlink(path.join(store, CURRENT)).catch(() => undefined);
  try {
    await placeLink(path.join(store, CURRENT), generation);
  } catch (err) {
    if (!cannotLink(err)) throw err;
    await publishPlain(genDir, outDir);
    return written;
  }
  for (const name of FILES) await placeLink(path.join(outDir, name), path.join(OUTPUT_STORE, CURRENT, name));
  if (previous !== undefined && previous !== generation && !previous.includes(path.sep)) {
    await rm(path.join(store, previous), { recursive: true, force: true });
  }
  return written;
}

/** Writes one file through a temporary beside it and a rename: the old file or the new one, never half of it. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await rm(tmp, { force: true });
    await writeFlushed(tmp, [data]);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Bytes gathered from the pieces before each write: few system calls, no large string. */
const WRITE_CHUNK = 1 << 22;

/**
 * Writes a file from the pieces of its text, in chunks, and flushes it to
 * disk, so that a published link never points at a file the disk lost. An
 * abort between two chunks stops it (WriteInterrupted).
 *
 * Each piece is encoded straight into one reused buffer: joining the pieces
 * of a chunk into a string, then encoding that string, cost twice as much
 * (400 against 200 ms for the 34 MB of a 505-article graph's pair: the
 * pieces are strings made of strings, flattened by the join).
 */
async function writeFlushed(file: string, pieces: Iterable<string>, signal?: AbortSignal): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    const buffer = Buffer.allocUnsafe(WRITE_CHUNK);
    let used = 0;
    // writeFile on an open handle writes at its position, all of the data (write() may write part of it).
    const flush = async (): Promise<void> => {
      if (used > 0) await handle.writeFile(buffer.subarray(0, used));
      used = 0;
      interrupted(signal);
    };
    for (const piece of pieces) {
      // A UTF-16 unit is at most three bytes of UTF-8 (a pair of them four).
      if (used + piece.length * 3 > WRITE_CHUNK) await flush();
      if (piece.length * 3 <= WRITE_CHUNK) used += buffer.write(piece, used, 'utf8');
      else {
        await handle.writeFile(piece, 'utf8');
        interrupted(signal);
      }
    }
    await flush();
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `items` with `separator` between them, as pieces of one text. */
function* separated(items: string[], separator: string): Generator<string> {
  for (let i = 0; i < items.length; i++) yield i === 0 ? items[i]! : `${separator}${items[i]!}`;
}

/**
 * JSON.stringify(value)'s text in pieces: the top-level object's arrays
 * (a graph's nodes and edges) are stringified element by element, the rest
 * whole. The same text, by JSON.stringify's own rules: own enumerable keys
 * in order, no spaces, undefined properties left out and undefined array
 * elements written as null.
 */
export function* jsonPieces(value: object): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, v] of Object.entries(value)) {
    const whole: string | undefined = Array.isArray(v) ? '' : (JSON.stringify(v) as string | undefined);
    if (whole === undefined) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(v)) {
      yield whole;
      continue;
    }
    yield '[';
    for (let i = 0; i < v.length; i++) yield `${i === 0 ? '' : ','}${JSON.stringify(v[i]) ?? 'null'}`;
    yield ']';
  }
  yield '}';
}

/** Makes `link` a symbolic link to `target`, replacing what is there in one rename. */
async function placeLink(link: string, target: string): Promise<void> {
  const existing = await readlink(link).catch(() => undefined);
  if (existing === target) return;
  const tmp = `${link}.${process.pid}.tmp`;
  await rm(tmp, { force: true });
  await symlink(target, tmp);
  try {
    await rename(tmp, link);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Without symbolic links: each file renamed into place, the generation folder dropped. */
async function publishPlain(genDir: string, outDir: string): Promise<void> {
  for (const name of FILES) await rename(path.join(genDir, name), path.join(outDir, name));
  await rm(genDir, { recursive: true, force: true });
}

/**
 * Removes what killed runs left: generations other than the published one,
 * and temporaries (`NAME.PID.tmp`, also those of versions before the pair was
 * published as one), unless their process still runs (a build writing into
 * the same folder right now).
 */
async function removeLeftovers(outDir: string): Promise<void> {
  const store = path.join(outDir, OUTPUT_STORE);
  const published = await readlink(path.join(store, CURRENT)).catch(() => undefined);
  for (const name of await readdir(store)) {
    if (name === CURRENT || name === published) continue;
    const pid = /^build-(\d+)-[0-9a-f]+$/.exec(name)?.[1] ?? /^current\.(\d+)\.tmp$/.exec(name)?.[1];
    if (pid !== undefined && !running(Number(pid))) await rm(path.join(store, name), { recursive: true, force: true });
  }
  for (const name of await readdir(outDir)) {
    const pid = /^graph\.(?:json|graphml)\.(\d+)\.tmp$/.exec(name)?.[1];
    if (pid !== undefined && !running(Number(pid))) {
      const file = path.join(outDir, name);
      if ((await lstat(file)).isDirectory()) continue;
      await rm(file, { force: true });
    }
  }
}

/** Probes left in `dir` by runs killed while checking it. */
async function removeStaleProbes(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const pid = name.startsWith(PROBE) ? /^(\d+)-/.exec(name.slice(PROBE.length))?.[1] : undefined;
    if (pid !== undefined && !running(Number(pid))) await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

/** Whether a process with this id runs (another guanxi writing here); ours never counts. */
function running(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function interrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WriteInterrupted('interrupted before the new graph was published');
}

function cannotLink(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EPERM' || code === 'ENOTSUP' || code === 'EINVAL';
}

function reason(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return err.code ?? err.message;
  }
}
