/**
 * Runs Neo4j's import tool on the local server's store (neo4j/BulkImport.java,
 * on the classpath of neo4j/pom.xml): a first load of a big graph written
 * offline in one pass, instead of transactions through Bolt. The server must
 * be stopped and its database empty; the tool checks both, imports into a
 * staging folder and swaps it in only when the import succeeded.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { javaProgram } from '../neo4j/java-class.js';
import { NEO4J_DIR, discardUnfinishedStore, resolveClasspath } from '../neo4j/launcher.js';
import { importOptions, type ImportFiles } from './csv.js';

/** The local server is running on this store (it holds the store lock). */
export class StoreInUse extends Error {
  override readonly name = 'StoreInUse';
  constructor(readonly dataDir: string) {
    super(`the Neo4j store in ${dataDir} is in use`);
  }
}

/** The database already holds data (and no replacement was asked for). */
export class StoreNotEmpty extends Error {
  override readonly name = 'StoreNotEmpty';
  constructor(
    readonly dataDir: string,
    readonly nodes: number,
    readonly relationships: number,
  ) {
    super(`database neo4j in ${dataDir} holds ${nodes} nodes and ${relationships} relationships`);
  }
}

export interface ImportProgress {
  /** The tool's stage, e.g. "Node import" (1 of 4). */
  stage: string;
  step: number;
  steps: number;
  percent: number;
}

export interface LocalImportOptions {
  /** Replace a database that holds data (`--bulk --wipe`); `onReplace` is told what goes. */
  replace?: boolean;
  onReplace?: (nodes: number, relationships: number) => void;
  onProgress?: (progress: ImportProgress) => void;
  /** JVM heap of the tool (its caches live off the heap). */
  heap?: string;
}

/** Imports `files` into database neo4j of the store in `dataDir` (the folder `npm run neo4j:local` uses). */
export async function importIntoLocalStore(files: ImportFiles, dataDir: string, options: LocalImportOptions = {}): Promise<void> {
  const classpath = resolveClasspath();
  // (A store whose first start was cut short is no store: the import makes a new one.)
  await discardUnfinishedStore(dataDir);
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    ...(await javaProgram(NEO4J_DIR, 'BulkImport', classpath)),
    '--data',
    dataDir,
    '--exit-with-parent',
    ...(options.replace ? ['--replace'] : []),
    '--',
    ...importOptions(files),
    // The tool's list of bad rows (none are tolerated): beside the files, not in the working folder.
    `--report-file=${join(files.dir, 'import.report')}`,
  ];
  // stdin stays open as a lifeline: the tool stops (before swapping stores) when this process dies.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const keep = (line: string): void => {
    if (line.trim() === '' || /^[-.]*\.{5}/.test(line)) return;
    tail.push(line);
    if (tail.length > 30) tail.shift();
  };
  let stage: ImportProgress = { stage: 'starting', step: 0, steps: 4, percent: 0 };
  let inUse = false;
  let notEmpty: [number, number] | undefined;
  const onLine = (line: string): void => {
    const stageMatch = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d\d-\d\d/.exec(line);
    if (stageMatch) {
      stage = { stage: stageMatch[3] as string, step: Number(stageMatch[1]), steps: Number(stageMatch[2]), percent: 0 };
      options.onProgress?.(stage);
    }
    const percent = /(\d+)% ∆/.exec(line);
    if (percent) options.onProgress?.({ ...stage, percent: Number(percent[1]) });
    const own = /^guanxi-import: (\S+)(?: (\d+) (\d+))?/.exec(line);
    if (own?.[1] === 'in-use') inUse = true;
    if (own?.[1] === 'not-empty') notEmpty = [Number(own[2]), Number(own[3])];
    if (own?.[1] === 'replacing') options.onReplace?.(Number(own[2]), Number(own[3]));
    keep(line);
  };
  const lines = (stream: NodeJS.ReadableStream): void => {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop() as string;
      parts.forEach(onLine);
    });
    stream.on('end', () => buffered !== '' && onLine(buffered));
  };
  lines(child.stdout);
  lines(child.stderr);
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', (err) => fail(new Error(`cannot start java (${err.message}): install Java 17 to run Neo4j's import tool`)));
    child.once('close', (c) => done(c));
  });
  if (inUse) throw new StoreInUse(dataDir);
  if (notEmpty) throw new StoreNotEmpty(dataDir, ...notEmpty);
  if (code !== 0) {
    const reason = tail.filter((l) => !/^\s+at |^\s*$/.test(l)).slice(-6).join('\n');
    throw new Error(`Neo4j's import tool failed (exit code ${code}):\n${reason}`);
  }
}
