/**
 * `guanxi build` and `guanxi eval` as a user runs them: real processes,
 * real files, exit codes and messages; the quality bar on ../shared/corpus.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const GOLD = path.resolve(ROOT, '../shared/eval/seeds-gold.json');

function guanxi(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/guanxi.js'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'guanxi-cli-'));
}

function evalJson(graphDir: string, gold: string) {
  const r = guanxi('eval', '--graph', path.join(graphDir, 'graph.graphml'), '--gold', gold, '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as { entities: { f1: number }; relations: { f1: number } };
}

describe('guanxi build on the development corpus', () => {
  const out = tmp();
  const r = guanxi('build', CORPUS, '--out', out);

  it('writes graph.json and graph.graphml and a summary', () => {
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^read 5 file\(s\), \d+ article\(s\)/m);
    expect(r.out).toMatch(/^entities: \d+ {2}Bank 1, Branch \d+, Person \d+, Programme \d+, Honour \d+/m);
    expect(r.out).toMatch(/^relations: \d+ {2}PART_OF \d+, WORKS_AT \d+, RECEIVED \d+, RUNS \d+/m);
    expect(r.out).toContain('skipped: none');
    expect(existsSync(path.join(out, 'graph.json'))).toBe(true);
  });

  it('meets the quality bar: entity F1 ≥ 0.90, relation F1 ≥ 0.75', () => {
    const s = evalJson(out, GOLD);
    expect(s.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.relations.f1).toBeGreaterThanOrEqual(0.75);
  });

  it('is deterministic: the main thread alone and two workers give the same graph.json', () => {
    // Explicit --jobs 2: the default starts one worker for a corpus this small.
    const [one, two] = [tmp(), tmp()];
    expect(guanxi('build', CORPUS, '--out', one, '--jobs', '1').code).toBe(0);
    expect(guanxi('build', CORPUS, '--out', two, '--jobs', '2').code).toBe(0);
    expect(readFileSync(path.join(one, 'graph.json'), 'utf8')).toBe(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    expect(readFileSync(path.join(two, 'graph.json'), 'utf8')).toBe(readFileSync(path.join(out, 'graph.json'), 'utf8'));
  }, 600_000);
});

describe('guanxi build on the sample articles', () => {
  it('reads every layout and encoding of data/sample and scores well on its gold', () => {
    const out = tmp();
    const r = guanxi('build', 'data/sample', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/read 6 file\(s\), 10 article\(s\), [\d,]+ characters in [\d.]+ s \(utf-8 5, gb18030 1\)/);
    const s = evalJson(out, 'data/sample.gold.json');
    expect(s.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.relations.f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('bad input', () => {
  const dir = tmp();
  const GOOD = '工行沈阳分行开展驿站服务\n\n记者 周海\n\n工行沈阳分行今年启动“暖心驿站”活动，网点负责人王立新说，效果很好。';
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(GOOD, 'gbk'));
  writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(GOOD, 'utf-16le')]));
  // One 5 MB line.
  const unit = '工行沈阳分行开展“普及金融知识万里行”活动，网点负责人王立新说，效果很好。';
  writeFileSync(path.join(dir, 'long.txt'), unit.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(unit))));
  mkdirSync(path.join(dir, 'nothing'));
  writeFileSync(path.join(dir, 'nothing', 'notes.pdf'), 'x');

  it('skips empty and binary files by name with the reason, reads GBK, UTF-16 and a 5 MB line, exits 3', () => {
    const out = tmp();
    const r = guanxi('build', dir, '--out', out, '--quiet');
    expect(r.code).toBe(3);
    expect(r.err).toContain(`skipped ${path.join(dir, 'binary.txt')}: binary content (NUL bytes; UTF-16 needs a byte-order mark)`);
    expect(r.err).toContain(`skipped ${path.join(dir, 'empty.txt')}: empty file`);
    expect(r.out).toMatch(/read 3 file\(s\), .* \(gb18030 1, utf-8 1, utf-16le 1\)/);
    expect(r.out).toContain('skipped: 2 (listed above)');
    const g = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8')) as { nodes: Array<{ attributes: { type: string; name: string } }> };
    expect(g.nodes.filter((n) => n.attributes.type === 'Person').map((n) => n.attributes.name).sort()).toEqual(['周海', '王立新']);
  });

  it('a folder with no articles: a one-line error, exit 1, nothing written', () => {
    const out = path.join(tmp(), 'out');
    const r = guanxi('build', path.join(dir, 'nothing'), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`skipped ${path.join(dir, 'nothing')}: folder holds no .txt or .md files\nguanxi: no articles could be read from ${path.join(dir, 'nothing')} (see the skipped files above); nothing was written\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('a missing path: reported, exit 1', () => {
    const r = guanxi('build', path.join(dir, 'missing'), '--out', tmp());
    expect(r.code).toBe(1);
    expect(r.err).toContain(`skipped ${path.join(dir, 'missing')}: no such file or folder`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('usage errors: exit 2 with a hint', () => {
    const r = guanxi('build', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("error: required option '-o, --out <dir>' not specified");
    const bad = guanxi('build', dir, '--out', tmp(), '--jobs', 'many');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('guanxi: --jobs must be a whole number from 1 to 64, got "many"\n');
  });

  it('a user dictionary types new words: an unquoted programme becomes a Programme run by its unit', () => {
    const d = tmp();
    const dict = path.join(d, 'mine.dict');
    writeFileSync(dict, '# my words\n金穗夜读 programme\n');
    const articles = path.join(d, 'articles');
    mkdirSync(articles);
    writeFileSync(path.join(articles, 'a.txt'), '农行城南支行办夜读\n\n记者 周海\n\n农行城南支行今年推出金穗夜读，每周一次。');
    const without = tmp();
    expect(guanxi('build', articles, '--out', without, '-q').code).toBe(0);
    const withDict = tmp();
    expect(guanxi('build', articles, '--out', withDict, '--dict', dict, '-q').code).toBe(0);
    const programmes = (dir: string) =>
      (JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8')) as { nodes: Array<{ attributes: { type: string; name: string } }> }).nodes
        .filter((n) => n.attributes.type === 'Programme')
        .map((n) => n.attributes.name);
    expect(programmes(without)).toEqual([]);
    expect(programmes(withDict)).toEqual(['金穗夜读']);
  });

  it('a malformed user dictionary is refused before anything is read', () => {
    const dict = path.join(tmp(), 'bad.dict');
    writeFileSync(dict, '驿站 12 programme extra\n');
    const r = guanxi('build', dir, '--out', tmp(), '--dict', dict);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`guanxi: dictionary ${dict}, line 1: expected "word [weight] [tag]", got "驿站 12 programme extra"\n`);
  });

  it('eval with a missing or malformed file says which', () => {
    expect(guanxi('eval', '--graph', path.join(dir, 'none.graphml'), '--gold', GOLD).err).toBe(`guanxi: --graph ${path.join(dir, 'none.graphml')}: no such file\n`);
    const bad = path.join(tmp(), 'bad.graphml');
    writeFileSync(bad, '<graphml><graph><node id="a"></graph>');
    const r = guanxi('eval', '--graph', bad, '--gold', GOLD);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^guanxi: .*bad\.graphml: not well-formed XML/);
  });
});

describe('--help', () => {
  it.each(['build', 'eval'])('guanxi %s --help', (cmd) => {
    const r = guanxi(cmd, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Usage: guanxi ${cmd}`);
  });
});
