/**
 * Compiles src/ to dist/ when dist/ is not the compile of the current
 * sources (tools/build-dist.mjs --if-stale compares hashes of both): the
 * tests that run `bin/guanxi.js` run dist/, and must never exercise an old one.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const r = spawnSync(process.execPath, [path.join(root, 'tools', 'build-dist.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`compiling src/ to dist/ failed (exit ${r.status ?? r.signal}): the CLI tests cannot run`);
}
