/**
 * The build store: every file's result (its FileGraph, as JSON) kept in
 * `--out/.guanxi-cache/`, so that a rebuild into the same folder reuses the
 * results of the files whose bytes, lexicon and extractor are unchanged and
 * processes only the others.
 *
 *   store.json                 {"format":"guanxi-build-store","version":1}
 *   entries/<name>.entry.gz    one per file, gzipped: a header line (JSON), then the FileGraph's JSON
 *
 * An entry's name is a hash of everything its result depends on: the store
 * format, the extractor's version (version.ts), the lexicon's key (built-in
 * lists and `--dict`), the file's path as given (it is in the graph's keys)
 * and the digest of its bytes. A changed input therefore finds no entry;
 * nothing is ever compared by date. The header repeats these, and gzip's
 * CRC-32 and length catch damage and truncation: an entry that fails either
 * check, or whose graph does not parse, is reported and its file processed
 * again, never trusted. A folder without a valid store.json (another program's, another
 * format's) is ignored with a warning and replaced when results are written.
 *
 * A file's graph is some 40 times its text (every node and edge carries its
 * sentences as evidence), so entries are gzipped (level 1: a tenth of the
 * size, and zlib works in Node's thread pool, not on the main thread).
 * Entries are written atomically (a temporary file renamed into place), and
 * the store is created only when a result is written, so a build that reads
 * nothing writes nothing. After a build, the entries no file used are
 * removed: the store holds the results of the last build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { shownPath } from '../ingest/file-name.js';
import { fingerprint } from '../ingest/read.js';
import type { FileOutcome } from './protocol.js';

const FORMAT = 'guanxi-build-store';
const VERSION = 1;
const MARKER = 'store.json';
const ENTRIES = 'entries';
const SUFFIX = '.entry.gz';
const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);
/** Files read or written at once: enough to keep the disk busy, few enough for any open-file limit. */
const IO_PARALLEL = 16;
/** Results waiting to be written, at most: each holds a file's graph in memory. */
const MAX_QUEUED = 256;

export interface StoreIdentity {
  /** The extractor's version (version.ts). */
  extractor: string;
  /** The lexicon's key (src/lexicon). */
  lexicon: string;
}

export type StoredResult = Extract<FileOutcome, { kind: 'ok' }>;

interface EntryHeader {
  format: string;
  version: number;
  extractor: string;
  lexicon: string;
  file: string;
  digest: string;
  encoding: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class BuildStore {
  private readonly used = new Set<string>();
  private readonly writes: Array<Promise<void>> = [];
  private created: Promise<boolean> | undefined;
  private writeFailed = false;
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  private constructor(
    readonly dir: string,
    private readonly id: StoreIdentity,
    private readonly warn: (message: string) => void,
    /** Names of the entries on disk when the build started (none for a new or replaced store). */
    private readonly existing: Set<string>,
    /** The folder holds something that is not a valid store: replace it when writing. */
    private readonly replace: boolean,
  ) {}

  /** Opens the store in `dir` (which need not exist). Problems with it become warnings, never errors. */
  static async open(dir: string, id: StoreIdentity, warn: (message: string) => void): Promise<BuildStore> {
    let marker: string;
    try {
      marker = await readFile(path.join(dir, MARKER), 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // No folder, or an empty one (a build stopped as it made the store): a new store, nothing to warn about.
      if (code === 'ENOENT' && (await isEmptyOrMissing(dir))) return new BuildStore(dir, id, warn, new Set(), false);
      warn(`ignoring the build store ${dir}: ${code === 'ENOENT' ? `no ${MARKER}, so not a store guanxi wrote` : `cannot read it (${code ?? String(err)})`}; every file is processed and the store made anew`);
      return new BuildStore(dir, id, warn, new Set(), true);
    }
    let format: unknown;
    try {
      format = JSON.parse(marker);
    } catch {
      format = undefined;
    }
    const f = format as { format?: unknown; version?: unknown } | undefined;
    if (f?.format !== FORMAT || f.version !== VERSION) {
      const what = f?.format === FORMAT ? `a store of format version ${String(f.version)} (this guanxi reads ${VERSION})` : `${MARKER} is not a guanxi build store's`;
      warn(`ignoring the build store ${dir}: ${what}; every file is processed and the store made anew`);
      return new BuildStore(dir, id, warn, new Set(), true);
    }
    let names: string[];
    try {
      names = await readdir(path.join(dir, ENTRIES));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warn(`cannot list the build store ${dir} (${code ?? String(err)}); every file is processed`);
      names = [];
    }
    return new BuildStore(dir, id, warn, new Set(names.filter((n) => n.endsWith(SUFFIX)).map((n) => n.slice(0, -SUFFIX.length))), false);
  }

  /** The entry name of a file's result, given the digest of its bytes. */
  entryName(file: string, digest: string): string {
    return sha256(JSON.stringify([FORMAT, VERSION, this.id.extractor, this.id.lexicon, file, digest]));
  }

  /** For each file, the name of the entry that holds the result for its current bytes, if there is one. */
  async lookup(files: string[]): Promise<Array<string | undefined>> {
    if (this.existing.size === 0) return files.map(() => undefined);
    return mapLimited(files, IO_PARALLEL, async (file) => {
      const digest = await fingerprint(file);
      // Results are kept under the name a file's graph carries (file-name.ts: a name that is not UTF-8 as it reads).
      const name = digest === undefined ? undefined : this.entryName(shownPath(file), digest);
      return name !== undefined && this.existing.has(name) ? name : undefined;
    });
  }

  /** The stored result of `file`, or why its entry cannot be trusted. Never rejects. */
  async read(name: string, file: string): Promise<StoredResult | { damaged: string }> {
    const damaged = (why: string) => ({ damaged: why });
    let text: string;
    try {
      text = (await gunzip(await readFile(this.entryPath(name)))).toString('utf8');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return damaged(e.code?.startsWith('Z_') ? `not a readable gzip file: ${e.message}` : `cannot read it: ${e.code ?? String(err)}`);
    }
    const cut = text.indexOf('\n');
    let header: EntryHeader;
    try {
      header = JSON.parse(cut < 0 ? text : text.slice(0, cut)) as EntryHeader;
    } catch {
      return damaged('unreadable header');
    }
    const payload = cut < 0 ? '' : text.slice(cut + 1);
    if (header.format !== FORMAT || header.version !== VERSION || header.extractor !== this.id.extractor || header.lexicon !== this.id.lexicon || header.file !== file) {
      return damaged('its header names another file, version or lexicon');
    }
    if (typeof header.digest !== 'string' || this.entryName(file, header.digest) !== name) return damaged('its header does not match its name');
    this.used.add(name);
    return { kind: 'ok', file, graph: payload, encoding: header.encoding, digest: header.digest };
  }

  /**
   * Keeps a result just made, for the next build. Written in the background
   * (`finish` waits for it); resolves at once unless MAX_QUEUED results wait
   * to be written, so that a slow disk holds back the build, not its memory.
   */
  async put(o: StoredResult): Promise<void> {
    if (this.writeFailed) return;
    const name = this.entryName(o.file, o.digest);
    this.used.add(name);
    const header: EntryHeader = { format: FORMAT, version: VERSION, extractor: this.id.extractor, lexicon: this.id.lexicon, file: o.file, digest: o.digest, encoding: o.encoding };
    const content = `${JSON.stringify(header)}\n${o.graph}`;
    this.writes.push(
      this.limited(async () => {
        if (!(await this.create())) return;
        const target = this.entryPath(name);
        const tmp = path.join(path.dirname(target), `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
        try {
          await writeFile(tmp, await gzip(content, { level: constants.Z_BEST_SPEED }));
          await rename(tmp, target);
        } catch (err) {
          await rm(tmp, { force: true });
          this.failWrites(err);
        }
      }),
    );
    if (this.running + this.waiting.length > MAX_QUEUED) await this.writes[this.writes.length - MAX_QUEUED];
  }

  /**
   * Waits for the writes; with `prune`, removes the entries no file of this
   * build used (files removed or changed since, other dictionaries, an older
   * extractor) and temporary files an interrupted build left.
   */
  async finish(prune: boolean): Promise<void> {
    await Promise.all(this.writes);
    if (!prune || this.writeFailed || !(await exists(path.join(this.dir, ENTRIES)))) return;
    try {
      const names = await readdir(path.join(this.dir, ENTRIES));
      const stale = names.filter((n) => !(n.endsWith(SUFFIX) && this.used.has(n.slice(0, -SUFFIX.length))));
      await mapLimited(stale, IO_PARALLEL, (n) => rm(path.join(this.dir, ENTRIES, n), { force: true, recursive: true }));
    } catch (err) {
      this.warn(`cannot clean the build store ${this.dir} (${(err as NodeJS.ErrnoException).code ?? String(err)}); it keeps results no longer needed`);
    }
  }

  private entryPath(name: string): string {
    return path.join(this.dir, ENTRIES, `${name}${SUFFIX}`);
  }

  /** Creates the store's folder (replacing what was there if it is no store) once, with the first write. */
  private create(): Promise<boolean> {
    this.created ??= (async () => {
      try {
        if (this.replace) await rm(this.dir, { recursive: true, force: true });
        // The marker first: a folder with entries but no marker would be taken for someone else's.
        await mkdir(this.dir, { recursive: true });
        const marker = path.join(this.dir, MARKER);
        const tmp = `${marker}.${process.pid}.tmp`;
        await writeFile(tmp, `${JSON.stringify({ format: FORMAT, version: VERSION })}\n`, 'utf8');
        await rename(tmp, marker);
        await mkdir(path.join(this.dir, ENTRIES), { recursive: true });
        return true;
      } catch (err) {
        this.failWrites(err);
        return false;
      }
    })();
    return this.created;
  }

  private failWrites(err: unknown): void {
    if (this.writeFailed) return;
    this.writeFailed = true;
    this.warn(`cannot write the build store ${this.dir} (${(err as NodeJS.ErrnoException).code ?? String(err)}); the next build processes every file again`);
  }

  /** Runs `task` when fewer than IO_PARALLEL writes are running. */
  private async limited(task: () => Promise<void>): Promise<void> {
    if (this.running >= IO_PARALLEL) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
    try {
      await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await readdir(p);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return out;
}
