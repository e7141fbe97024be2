/**
 * System packages the suite drives for real: Debian's chromium (the viewer
 * tests) and python3-networkx (a third-party GraphML reader). On this
 * project's machines (Debian, root, apt reachable) a missing one is
 * installed, so `npm test` works on a fresh machine exactly as the README
 * says; elsewhere the message says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function missing(): string[] {
  const out: string[] = [];
  if (!existsSync('/usr/bin/chromium')) out.push('chromium');
  if (spawnSync('/usr/bin/python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status !== 0) out.push('python3-networkx');
  return out;
}

export async function setupSystem(): Promise<() => Promise<void>> {
  const need = missing();
  if (need.length > 0) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!root || !existsSync('/usr/bin/apt-get')) {
      throw new Error(`the tests need these Debian packages: ${need.join(' ')} (install them with: sudo apt-get install -y ${need.join(' ')})`);
    }
    process.stderr.write(`installing ${need.join(', ')} with apt-get (first run only)…\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...need], { stdio: 'inherit', env });
  }
  return async () => {};
}
