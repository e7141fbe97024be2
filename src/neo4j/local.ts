/**
 * `npm run neo4j:local`: a real Neo4j for users with Java but no Docker.
 * Auth is on, with the password from NEO4J_PASSWORD or the project default
 * (the one `guanxi load` uses when none is given). Ctrl-C stops it cleanly,
 * during start-up too; if this process dies, the JVM sees its stdin close
 * and stops (Launcher.java, --exit-with-parent).
 *
 * Environment: NEO4J_PASSWORD, NEO4J_PORT (default 7687), NEO4J_DATA
 * (default neo4j/data), NEO4J_HEAP (default 1g), NEO4J_PAGECACHE (default 512m).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONNECTION } from './connection.js';
import { NEO4J_DIR, startNeo4j, type RunningNeo4j } from './launcher.js';

const env = process.env;
const password = env['NEO4J_PASSWORD'] || DEFAULT_CONNECTION.password;
const port = Number(env['NEO4J_PORT'] || 7687);
const dataDir = env['NEO4J_DATA'] || join(NEO4J_DIR, 'data');

if (password.length < 8) {
  console.error('neo4j:local: NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)');
  process.exit(2);
}

// Installed before the start: Ctrl-C or SIGTERM while Neo4j is still starting
// stops its JVM too (and waits for it), instead of leaving it to finish alone.
const abort = new AbortController();
let running: RunningNeo4j | undefined;
let stopping = false;
const shutdown = (): void => {
  if (stopping) return;
  stopping = true;
  if (!running) {
    console.error('\nStopping Neo4j (it was still starting)…');
    abort.abort();
    return;
  }
  console.error('\nStopping Neo4j…');
  void running.stop().then(() => {
    console.error('Neo4j stopped.');
    process.exit(0);
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
// Whoever started this (npm and its shell, a supervisor) may be killed outright (SIGKILL), which no handler sees:
// then Neo4j is stopped as on Ctrl-C, rather than left running unseen with its store lock. Watched: this process's
// parent, and on Linux each ancestor up the chain that runs this script (npm run neo4j:local, its sh -c), not
// the user's own shell.
const watched = launchers(process.ppid);
setInterval(() => {
  if (watched.every(alive)) return;
  // (Its terminal may be gone with it: a message it cannot take must not stop the stopping.)
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  shutdown();
}, 1000).unref();

/** Still there (and the parent still ours: a number can be reused once its process is gone). */
function alive(pid: number): boolean {
  if (pid === watched[0] && process.ppid !== pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent, then its ancestors while they run this script (read from /proc where there is one). */
function launchers(parent: number): number[] {
  const out = [parent];
  for (let pid = parent; out.length < 4; ) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/neo4j:local|neo4j\/local/.test(cmd)) break;
      const up = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)\s+\S+\s+/, '').split(' ')[0]);
      if (!(up > 1)) break;
      const upCmd = readFileSync(`/proc/${up}/cmdline`, 'utf8');
      if (!/neo4j:local|neo4j\/local/.test(upCmd)) break;
      out.push(up);
      pid = up;
    } catch {
      break;
    }
  }
  return out;
}

console.error(`Starting Neo4j 5.26 (data in ${dataDir}); the first run downloads its jars with Maven…`);
try {
  running = await startNeo4j({
    dataDir,
    port,
    password,
    heap: env['NEO4J_HEAP'] || '1g',
    pageCache: env['NEO4J_PAGECACHE'] || '512m',
    signal: abort.signal,
  });
} catch (err) {
  if (abort.signal.aborted) {
    console.error('Neo4j stopped.');
    process.exit(130);
  }
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  const hint = / port \d+ .*already in use/.test(message) ? ': set NEO4J_PORT to another port' : '';
  console.error(`neo4j:local: ${message}${hint}`);
  process.exit(1);
}
const server = running;
const uri = server.uri.replace('127.0.0.1', 'localhost');
console.log(`Neo4j is running at ${uri}`);
console.log(`  user ${DEFAULT_CONNECTION.user}, password ${env['NEO4J_PASSWORD'] ? 'from NEO4J_PASSWORD' : `${password} (set NEO4J_PASSWORD to change it)`}`);
console.log(`  load a graph: npx guanxi load out/ --uri ${uri}`);
console.log('Press Ctrl-C to stop.');

server.process.once('exit', (code) => {
  if (!stopping) {
    console.error(`Neo4j exited unexpectedly (code ${code}); its log is in ${join(dataDir, 'logs')}`);
    process.exit(1);
  }
});
