/**
 * Gephi's own GraphML importer as a test client: runs tools/gephi/GephiImport.java (Java's
 * single-file source launch) on the Gephi toolkit jar, whose classpath Maven resolves from
 * tools/gephi/pom.xml into tools/gephi/cp.txt (the first run downloads the 83 MB jar).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const GEPHI_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../tools/gephi');
const POM = join(GEPHI_DIR, 'pom.xml');
const CLASSPATH_FILE = join(GEPHI_DIR, 'cp.txt');
const PROGRAM = join(GEPHI_DIR, 'GephiImport.java');

export interface GephiColumn {
  id: string;
  title: string;
}

/** What GephiImport.java prints. */
export interface GephiImport {
  nodes: number;
  edges: number;
  nodeColumns: GephiColumn[];
  edgeColumns: GephiColumn[];
  /** Gephi's `getLabel()` (the name it shows) of the node asked for; null when absent. */
  nodeLabel: string | null;
  /** Distinct edge labels (the GraphML edge `label` key), sorted. */
  edgeLabels: string[];
  /** Distinct Gephi edge types, sorted. */
  edgeTypes: string[];
  /** Import issues per level. */
  issues: Record<'INFO' | 'WARNING' | 'SEVERE' | 'CRITICAL', number>;
  /** Messages of the SEVERE and CRITICAL issues. */
  severe: string[];
}

/**
 * Reads tools/gephi/cp.txt, or resolves it with Maven when it is missing, older than
 * pom.xml, or names a jar that is no longer in the Maven cache.
 */
export function gephiClasspath(): string {
  if (existsSync(CLASSPATH_FILE) && statSync(CLASSPATH_FILE).mtimeMs >= statSync(POM).mtimeMs) {
    const cp = readFileSync(CLASSPATH_FILE, 'utf8').trim();
    if (cp !== '' && cp.split(':').every((jar) => existsSync(jar))) return cp;
  }
  const args = ['-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`];
  const r = spawnSync('mvn', args, { encoding: 'utf8', timeout: 600_000 });
  if (r.error) throw new Error(`cannot run Maven (${r.error.message})`);
  if (r.status !== 0 || !existsSync(CLASSPATH_FILE)) {
    throw new Error(`Maven could not resolve the Gephi toolkit (mvn ${args.join(' ')}):\n${`${r.stdout}${r.stderr}`.trim().split('\n').slice(-5).join('\n')}`);
  }
  return readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

/** Imports a GraphML file with Gephi (ImportController.importFile + DefaultProcessor). */
export function gephiImport(file: string, nodeId?: string): GephiImport {
  const classpath = gephiClasspath();
  const args = ['-Djava.awt.headless=true', '-cp', classpath, PROGRAM, file, ...(nodeId === undefined ? [] : [nodeId])];
  // A UTF-8 locale so the JVM decodes a non-ASCII node id argument correctly.
  const r = spawnSync('java', args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  if (r.error) throw new Error(`cannot run java (${r.error.message})`);
  if (r.status !== 0) throw new Error(`GephiImport failed (exit ${r.status}):\n${r.stderr.trim().split('\n').slice(-10).join('\n')}`);
  return JSON.parse(r.stdout) as GephiImport;
}
