/**
 * Loads nodejieba with its main dictionary parsed once instead of twice.
 *
 * nodejieba's `load` builds the tagger's dictionary trie from the dictionary
 * file, then builds a second one from the same path for a TextRank keyword
 * extractor that guanxi never calls: two fifths of the CPU of every load
 * (one per worker, and most of a rebuild that adds a few files) and 100 MB
 * per thread. `load` takes one path for both, so the path given here is a
 * named pipe: the first open (the tagger's) reads the real dictionary through
 * it; by then a one-word dictionary has taken the pipe's name, and the second
 * open (TextRank's) reads that. The tagger's trie is built from the same
 * bytes as before, so segmentation does not change.
 *
 * A helper thread writes into the pipe, since the thread calling `load` is
 * blocked in it. Where a named pipe cannot be made (Windows, no `mkfifo`) or
 * the helper does not start, nodejieba loads the plain way.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The helper's progress, in a shared cell: the loading thread waits on it synchronously. */
const STARTING = 0;
const READY = 1;
const FAILED = 2;
/** The loading thread gave up waiting: the helper must not open the pipe. */
const ABANDONED = 3;

/** Long enough for a thread to start on a machine under any load; only a helper that never starts waits this out. */
const HELPER_START_MS = 120_000;

/**
 * The helper, plain CommonJS so that it runs the same from dist/ and under
 * tsx. Everything that can fail (reading the dictionary) happens before it
 * says it is ready; after that, the loading thread is blocked on the pipe
 * until the helper has written it whole and closed it.
 */
const HELPER = `
const { closeSync, openSync, readFileSync, renameSync, writeSync } = require('node:fs');
const { workerData: d } = require('node:worker_threads');
const state = new Int32Array(d.state);
const write = (fd, bytes) => {
  try {
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
  } finally {
    closeSync(fd);
  }
};
let content;
try {
  content = readFileSync(d.dict);
  // Unless the loading thread gave up waiting meanwhile.
  Atomics.compareExchange(state, 0, ${STARTING}, ${READY});
} catch {
  Atomics.store(state, 0, ${FAILED});
}
Atomics.notify(state, 0);
if (Atomics.load(state, 0) === ${READY}) {
  // Blocks until the tagger opens the pipe; the short dictionary then takes its name, before a byte is written
  // (so before the tagger can reach the end and TextRank's reader open the path).
  const fd = openSync(d.pipe, 'w');
  let renamed = true;
  try {
    renameSync(d.short, d.pipe);
  } catch {
    renamed = false;
  }
  write(fd, content);
  // The name could not be taken: TextRank's reader opens the pipe too, and gets the whole dictionary again.
  if (!renamed) write(openSync(d.pipe, 'w'), content);
}
`;

/** nodejieba's `load`, with the dictionary path it is given. */
export type JiebaLoad = (dict: string) => void;

/**
 * Calls `load` with a path that gives the dictionary `dict` to its first
 * reader and a one-word dictionary to the second. Returns how it loaded:
 * 'once' through the pipe, 'plain' when it fell back to the file itself.
 */
export function loadDictOnce(dict: string, load: JiebaLoad): 'once' | 'plain' {
  if (process.platform === 'win32') return plain(dict, load);
  let dir: string;
  try {
    dir = mkdtempSync(path.join(tmpdir(), 'guanxi-jieba-'));
  } catch {
    return plain(dict, load);
  }
  try {
    const pipe = path.join(dir, 'dict.utf8');
    const short = path.join(dir, 'short.utf8');
    try {
      execFileSync('mkfifo', ['-m', '600', pipe], { stdio: 'ignore' });
      // One word in the dictionary's three columns: nodejieba refuses an empty one.
      writeFileSync(short, '的 1 uj\n');
    } catch {
      return plain(dict, load);
    }
    const state = new Int32Array(new SharedArrayBuffer(4));
    let helper: Worker;
    try {
      helper = new Worker(HELPER, { eval: true, workerData: { dict, pipe, short, state: state.buffer } });
    } catch {
      return plain(dict, load);
    }
    helper.unref();
    // Its failures are told through `state`; an 'error' event unhandled would end the process.
    helper.on('error', () => undefined);
    Atomics.wait(state, 0, STARTING, HELPER_START_MS);
    if (Atomics.compareExchange(state, 0, STARTING, ABANDONED) !== READY) return plain(dict, load);
    try {
      load(pipe);
    } finally {
      // Should `load` have failed before opening the pipe, the helper is still waiting for a reader: one that
      // opens and closes at once lets it go (its writes then fail, and it ends).
      release(pipe);
    }
    return 'once';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function plain(dict: string, load: JiebaLoad): 'plain' {
  load(dict);
  return 'plain';
}

/** Opens a pipe that may still be waiting for a reader, without waiting for a writer, and closes it. */
function release(pipe: string): void {
  try {
    closeSync(openSync(pipe, constants.O_RDONLY | constants.O_NONBLOCK));
  } catch {
    // Already a plain file or gone: nothing is waiting.
  }
}
