/**
 * Builds the viewer (web/dist) once for the suite when it is missing or
 * older than its sources, so browser tests run the production bundle that
 * `guanxi serve` serves.
 */
import { ensureWebBuild } from '../../src/serve/web-build.js';

export async function setupWeb(): Promise<() => Promise<void>> {
  await ensureWebBuild((line) => process.stderr.write(`[setup] ${line}\n`));
  return async () => {};
}
