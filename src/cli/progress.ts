/**
 * The progress bar of `guanxi build` on a terminal: files done of all,
 * characters read and their rate, and how many files came from the store.
 * Drawn on stderr, so that stdout keeps only the summary.
 */
import cliProgress from 'cli-progress';
import { shownPath } from '../ingest/file-name.js';
import type { BuildProgress } from '../pipeline/build.js';

/** The rate is taken over the last seconds: since the start it would count the dictionaries' load as reading. */
const RATE_WINDOW_MS = 5000;

export function progressBar(): BuildProgress {
  const bar = new cliProgress.SingleBar(
    {
      format: 'building {bar} {value}/{total} files | {chars} characters, {rate}/s | {stored} from the store | {file}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let chars = 0;
  let stored = 0;
  // (time, characters read by then), oldest first, over the rate window.
  const samples: Array<[number, number]> = [];
  const rate = (): string => {
    const now = performance.now();
    samples.push([now, chars]);
    while (samples.length > 2 && now - samples[1]![0] > RATE_WINDOW_MS) samples.shift();
    const [t0, c0] = samples[0]!;
    return now - t0 >= 1000 ? Math.round(((chars - c0) * 1000) / (now - t0)).toLocaleString('en') : '-';
  };
  const payload = (raw: string) => {
    // A name that is not UTF-8 is shown as it reads (file-name.ts).
    const file = shownPath(raw);
    return {
      file: file.length > 40 ? `…${file.slice(-39)}` : file,
      chars: chars.toLocaleString('en'),
      rate: rate(),
      stored: stored.toLocaleString('en'),
    };
  };
  return {
    start: (total) => bar.start(total, 0, payload('')),
    tick: (file, n, fromStore) => {
      // Files from the store take no time worth a rate: they count apart.
      if (fromStore) stored++;
      else {
        // The clock starts with the first file processed, after the dictionaries are loaded.
        if (chars === 0) samples.length = 0;
        chars += n;
      }
      bar.increment(1, payload(file));
    },
    stop: () => bar.stop(),
  };
}
