/**
 * Makes sure the viewer's production build (web/dist) exists, is whole and is
 * newer than its sources, building it with Vite when it is not. Users never
 * need a dev server; `guanxi serve` and the test setup both call this. Whatever
 * cannot be fixed is said in one line: a build that is missing or incomplete
 * stops `serve`, an old one is served with a warning, never silently.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ExitCode, UserError } from '../base/errors.js';
import { PACKAGE_ROOT, WEB_DIR, WEB_DIST } from './paths.js';

/** Sources the bundle is made from (the web app imports the GraphML writer and the graph model). */
const SOURCES = ['web/index.html', 'web/vite.config.ts', 'web/src', 'src/export/graphml.ts', 'src/graph'];
const STAMP = path.join(WEB_DIST, 'index.html');
const INSTALL = 'run `npm ci && npm run web:build`';
const SEE_ALL = 'run `npm run web:build` for the whole report';

export type WebBuildState =
  | { type: 'fresh' }
  | { type: 'missing' }
  /** index.html names a script, style sheet or other file that is not in web/dist (a build cut short). */
  | { type: 'incomplete'; absent: string }
  | { type: 'stale'; newest: string };

export async function webBuildState(): Promise<WebBuildState> {
  const built = await mtime(STAMP);
  if (built === undefined) return { type: 'missing' };
  const absent = await absentAsset();
  if (absent !== undefined) return { type: 'incomplete', absent };
  let newest = { file: '', time: 0 };
  for (const rel of SOURCES) {
    for (const file of await walk(path.join(PACKAGE_ROOT, rel))) {
      const t = (await mtime(file)) ?? 0;
      if (t > newest.time) newest = { file, time: t };
    }
  }
  return newest.time > built ? { type: 'stale', newest: path.relative(PACKAGE_ROOT, newest.file) } : { type: 'fresh' };
}

/**
 * Builds web/dist when it is missing, incomplete or stale. `log` receives one
 * line when a build happens, and one warning line when an old build is kept
 * because it cannot be rebuilt (no Vite, or the build fails). Throws a
 * UserError (one line, with the cause) when there is no usable build.
 * Returns whether it built.
 */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<boolean> {
  const state = await webBuildState();
  if (state.type === 'fresh') return false;
  // Without the sources (a trimmed install) there is nothing to rebuild from: the build shipped is the one to serve.
  if (state.type === 'stale' && !(await exists(path.join(WEB_DIR, 'src')))) return false;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    return keepOld(state, 'Vite is not installed', INSTALL, log);
  }
  log(
    state.type === 'missing'
      ? 'building the viewer (web/dist)…'
      : state.type === 'incomplete'
        ? `rebuilding the viewer (web/dist is incomplete: ${state.absent} is missing)…`
        : `rebuilding the viewer (${state.newest} changed)…`,
  );
  try {
    // Vite's own error report is a stack trace over several lines: the cause is reported once, below.
    const logger = vite.createLogger('warn');
    logger.error = () => undefined;
    await vite.build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn', customLogger: logger });
  } catch (err) {
    // A failed build may have emptied web/dist already: look again before serving what is there.
    return keepOld(await webBuildState(), `the build failed: ${firstLine(err)}`, SEE_ALL, log);
  }
  return true;
}

/** Serves an old but whole build with a warning; with none, stops with the cause. */
function keepOld(state: WebBuildState, cause: string, advice: string, log: (line: string) => void): false {
  if (state.type === 'fresh') return false;
  if (state.type === 'stale') {
    log(`warning: serving an old build of the viewer (older than ${state.newest}): ${cause}; ${advice}`);
    return false;
  }
  const what = state.type === 'missing' ? 'the viewer is not built' : `the viewer's build is incomplete (web/dist/${state.absent} is missing)`;
  throw new UserError(`${what} and cannot be built: ${cause}; ${advice}`, ExitCode.Failure);
}

/** The first file index.html refers to (relative paths, as `base: './'` writes them) that is not in web/dist. */
async function absentAsset(): Promise<string | undefined> {
  let html: string;
  try {
    html = await fs.readFile(STAMP, 'utf8');
  } catch {
    return 'index.html';
  }
  for (const m of html.matchAll(/\s(?:src|href)="\.\/([^"?#]+)"/g)) {
    const rel = m[1] as string;
    if (!(await exists(path.join(WEB_DIST, rel)))) return rel;
  }
  return undefined;
}

/**
 * The cause of a failed build in one line: Vite's message without its colours,
 * its "Build failed with N errors" heading, the plugin's tag and the code
 * frame, and with the place, "Unexpected token (web/src/main.ts:457:16)".
 */
function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^Build failed with \d+ errors?:?$/i.test(l));
  const cause = (lines[0] ?? 'no message').replace(/^\[[\w:-]+\]\s*/, '');
  const at = /\[\s*([^\]\s]+):(\d+:\d+)\s*\]/.exec(plain);
  if (!at) return cause;
  // Vite names the file from the working folder; the package's own layout reads the same from anywhere.
  const where = `${path.relative(PACKAGE_ROOT, path.resolve(at[1] as string))}:${at[2] as string}`;
  return `${cause} (${where})`;
}

async function mtime(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return (await mtime(file)) !== undefined;
}

async function walk(p: string): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [p];
  const out: string[] = [];
  for (const entry of await fs.readdir(p)) out.push(...(await walk(path.join(p, entry))));
  return out;
}
