/**
 * Files and folders the user may not read, inside an input folder: skipped by
 * name with the reason, the rest read. The suite runs as root, which reads
 * every file, so `guanxi build` runs here as the unprivileged user `nobody`
 * (skipped when the suite is not root: then the probe needs no set-up).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

describe.runIf(isRoot)('guanxi build with files it may not read', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'guanxi-unreadable-'));
  chmodSync(base, 0o755);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('skips an unreadable file and an unlistable folder by name ("permission denied"), reads the rest, exits 3', () => {
    const input = path.join(base, 'in');
    mkdirSync(path.join(input, 'closed'), { recursive: true });
    writeFileSync(path.join(input, 'open.txt'), '2024年3月5日，示例银行宁波分行行长张三出席了示例活动。\n', { mode: 0o644 });
    writeFileSync(path.join(input, 'secret.txt'), '2024年3月6日，示例银行杭州分行行长李四出席了示例活动。\n', { mode: 0o600 });
    writeFileSync(path.join(input, 'closed', 'inside.txt'), '2024年3月7日，示例银行温州分行行长王五出席了示例活动。\n', { mode: 0o644 });
    chmodSync(path.join(input, 'closed'), 0o700);
    const out = path.join(base, 'out');
    mkdirSync(out);
    chownSync(out, NOBODY, NOBODY);

    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/guanxi.js'), 'build', input, '--out', out], {
      encoding: 'utf8',
      cwd: base,
      uid: NOBODY,
      gid: NOBODY,
      env: { ...process.env, HOME: base },
    });
    expect(r.stderr).toContain(`skipped ${path.join(input, 'secret.txt')}: permission denied`);
    expect(r.stderr).toContain(`skipped ${path.join(input, 'closed')}: permission denied (cannot list folder)`);
    expect(r.stdout).toMatch(/^read 1 file\(s\), 1 article\(s\)/m);
    expect(r.stdout).toContain('skipped: 2 (listed above)');
    expect(r.status, r.stderr).toBe(3);
    const graph = readFileSync(path.join(out, 'graph.json'), 'utf8');
    expect(graph).toContain('张三');
    expect(graph).not.toContain('李四');
  }, 300_000);
});
