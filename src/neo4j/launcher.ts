/**
 * Starts and stops the real Neo4j in neo4j/ (Launcher.java on the classpath
 * Maven resolves from neo4j/pom.xml). Used by `npm run neo4j:local`, the test
 * suite's global setup and the benchmark, so all three run the same server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { javaProgram } from './java-class.js';

/** The project's neo4j/ folder. */
export const NEO4J_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../neo4j');
const POM = join(NEO4J_DIR, 'pom.xml');
const CLASSPATH_FILE = join(NEO4J_DIR, 'cp.txt');

/** The command that resolves the classpath (CI runs it too; the first run downloads the jars). */
export const RESOLVE_CLASSPATH_COMMAND = ['mvn', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`];

/**
 * The throughput collector: on two cores, bulk loads measured faster with it
 * than with G1, whose concurrent threads compete with the load for CPU.
 */
export const DEFAULT_JAVA_OPTIONS = ['-XX:+UseParallelGC'];

export interface LaunchOptions {
  /** Store directory; created when missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 lets the OS choose a free one. */
  port?: number;
  /** Password for user neo4j; `undefined` starts the server with auth disabled. */
  password?: string | undefined;
  /** Page cache size, e.g. `1g` (holds the store during bulk loads). */
  pageCache?: string;
  /** JVM heap, e.g. `2g`. */
  heap?: string;
  /** Extra JVM options (e.g. a garbage collector); default: the parallel collector. */
  javaOptions?: string[];
  /** Milliseconds to wait for Bolt to accept connections. */
  timeoutMs?: number;
  /** Receives the server's own log lines (stderr). */
  onLog?: (line: string) => void;
  /** Aborting it during start-up stops the JVM (and waits for it); startNeo4j then rejects. */
  signal?: AbortSignal;
}

export interface RunningNeo4j {
  uri: string;
  port: number;
  process: ChildProcess;
  /** Sends SIGTERM and waits for the JVM to exit (it shuts the store down first). */
  stop(): Promise<void>;
}

/**
 * Reads neo4j/cp.txt, or resolves it with Maven when it is missing, older
 * than pom.xml, or names a jar that is no longer in the Maven cache.
 */
export function resolveClasspath(): string {
  if (existsSync(CLASSPATH_FILE) && statSync(CLASSPATH_FILE).mtimeMs >= statSync(POM).mtimeMs) {
    const cp = readFileSync(CLASSPATH_FILE, 'utf8').trim();
    if (cp !== '' && cp.split(':').every((jar) => existsSync(jar))) return cp;
  }
  const [cmd, ...args] = RESOLVE_CLASSPATH_COMMAND as [string, ...string[]];
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.error) {
    throw new Error(`cannot run Maven (${result.error.message}): install Maven 3 and Java 17 to run a local Neo4j`);
  }
  if (result.status !== 0 || !existsSync(CLASSPATH_FILE)) {
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`Maven could not resolve Neo4j's jars (${RESOLVE_CLASSPATH_COMMAND.join(' ')}):\n${output}`);
  }
  return readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

/** The launcher's own one-line account of a start-up failure ("guanxi-neo4j failed: CAUSE"). */
function failure(log: string[]): string | undefined {
  for (let i = log.length - 1; i >= 0; i--) {
    const m = /^guanxi-neo4j failed: (.*)$/.exec(log[i] as string);
    if (m) return m[1];
  }
  return undefined;
}

/** The last log line that is not part of a stack trace. */
function lastLine(log: string[]): string {
  return [...log].reverse().find((l) => !/^\s+(at |\.\.\. \d+ more)/.test(l) && !l.startsWith('Caused by')) ?? 'no output';
}

/** In a data folder: the mark of a store whose first start has not finished (see startNeo4j). */
export const CREATING = '.guanxi-creating';

/** Removes a store whose first start never finished (marked by startNeo4j): it never held anything. */
export async function discardUnfinishedStore(dataDir: string): Promise<void> {
  if (!existsSync(join(dataDir, CREATING))) return;
  await rm(join(dataDir, 'data'), { recursive: true, force: true });
  await rm(join(dataDir, CREATING), { force: true });
}

export async function startNeo4j(options: LaunchOptions): Promise<RunningNeo4j> {
  const classpath = resolveClasspath();
  await mkdir(options.dataDir, { recursive: true });
  // A store whose first start was cut short (the process killed while Neo4j was creating it) can lack its
  // transaction logs, and Neo4j then refuses it for good ("Transaction logs are missing and recovery is not
  // possible"). So a store's creation is marked until the server is ready; a store still marked never held
  // anything, and is created again.
  await discardUnfinishedStore(options.dataDir);
  const creating = join(options.dataDir, CREATING);
  if (!existsSync(join(options.dataDir, 'data', 'databases'))) await writeFile(creating, 'the first start of this store has not finished\n');
  const heap = options.heap ?? '1g';
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...(options.javaOptions ?? DEFAULT_JAVA_OPTIONS),
    ...(await javaProgram(NEO4J_DIR, 'Launcher', classpath)),
    '--data',
    options.dataDir,
    '--port',
    String(options.port ?? 7687),
    '--pagecache',
    options.pageCache ?? '512m',
    ...(options.password === undefined ? ['--no-auth'] : ['--password', options.password]),
    '--exit-with-parent',
  ];
  // Its own process group, so a terminal's Ctrl-C reaches us and we stop it in order.
  // stdin stays open as a lifeline: the launcher exits when it closes (--exit-with-parent).
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const log: string[] = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) {
      log.push(line);
      if (log.length > 50) log.shift();
      options.onLog?.(line);
    }
  });

  const ready = new Promise<string>((done, fail) => {
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const match = /guanxi-neo4j ready (bolt:\/\/\S+)/.exec(buffered);
      if (match) done(match[1] as string);
    });
    child.once('error', (err) => fail(new Error(`cannot start java (${err.message}): install Java 17 to run a local Neo4j`)));
    void exited.then((code) => fail(new Error(`Neo4j did not start: ${failure(log) ?? `it exited with code ${code} (${lastLine(log)})`}`)));
  });
  const timeoutMs = options.timeoutMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`Neo4j was not ready after ${timeoutMs / 1000} s (its log: ${join(options.dataDir, 'logs', 'debug.log')})`)), timeoutMs);
  });
  const aborted = new Promise<never>((_, fail) => {
    const onAbort = (): void => fail(new Error('Neo4j was stopped during start-up'));
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    // The shutdown hook flushes the store; give it time before forcing.
    const forced = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(forced);
  };

  try {
    const uri = await Promise.race([ready, timeout, aborted]);
    await rm(creating, { force: true });
    const port = Number(new URL(uri.replace(/^bolt:/, 'http:')).port);
    return { uri, port, process: child, stop };
  } catch (err) {
    await stop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
