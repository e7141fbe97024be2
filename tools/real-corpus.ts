/**
 * The real development corpus (eval/real/README.md): checks the local,
 * git-ignored texts against the committed records, and scores the build on
 * each half of the corpus.
 *
 *   npm run real -- check            texts/ against sources.json, gold against its text, queries against it
 *   npm run real -- eval [tune|test|all] [--details] [--json] [--by kind|topic|page|script] [--fold a|b]
 *   npm run real -- split            give a split to records that have none (once per new article)
 *
 * The texts are third-party: they are never committed. A missing or changed
 * text is reported with the query and url that find it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../src/pipeline/build.js';
import { mergeGold, parseGold, type Gold } from '../src/eval/gold.js';
import { formatReport, normalizeName, score, type Report } from '../src/eval/score.js';
import { writeGraph } from '../src/export/write.js';
import { mulberry32 } from '../src/graph/random.js';
import { loadLexicon } from '../src/lexicon/index.js';
import { MIN_RUN_IN_CORPUS, repeatedWording } from './query-wording.js';
import { goldIdentity } from '../src/pipeline/gold-identity.js';


const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'eval', 'real');
const TEXTS = path.join(DIR, 'texts');
const GOLD = path.join(DIR, 'gold');
const SOURCES = path.join(DIR, 'sources.json');

export interface Source {
  id: string;
  /** The page's address, when it holds no words of the article. */
  url?: string;
  /**
   * For an address that spells out the article's headline (news sites put it in the path): its SHA-256 and the
   * address with the headline's part cut out, instead of the address itself.
   */
  urlSha256?: string;
  urlHint?: string;
  query: string;
  length: number;
  /** SHA-256 of the saved text's UTF-8 bytes: the text itself is third-party and never committed, not even its opening. */
  sha256: string;
  script: 'simplified' | 'traditional';
  kind: string;
  page?: string;
  topic?: string;
  split?: 'tune' | 'test';
}

const SPLITS = ['tune', 'test'] as const;
type Split = (typeof SPLITS)[number];

function readSources(): Source[] {
  const own = existsSync(SOURCES) ? (JSON.parse(readFileSync(SOURCES, 'utf8')) as Source[]) : [];
  // Fragments written while collecting (sources-<slice>.json) join the main file at the next split.
  const fragments = readdirSync(DIR).filter((f) => /^sources-.+\.json$/.test(f));
  const more = fragments.flatMap((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Source[]);
  const ids = new Set(own.map((s) => s.id));
  return [...own, ...more.filter((s) => !ids.has(s.id))];
}

const codePoints = (s: string): string[] => [...s];

/** How to tell the page among the search results: its address, or the hash of an address that holds a headline. */
function whichPage(s: Source): string {
  if (s.url) return s.url;
  return `the result whose url (as given) has SHA-256 ${s.urlSha256} (printf %s URL | sha256sum; it looks like ${s.urlHint})`;
}

/**
 * Every saved text, one after another, and every gold name of the corpus, read once: queries are checked against
 * all of them (a long keyword found in another article is a phrase unless some article names it).
 */
let all: { text: string; names: string[] } | undefined;
function corpus(): { text: string; names: string[] } {
  const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : []).map((f) => path.join(dir, f));
  all ??= {
    text: files(TEXTS).map((f) => readFileSync(f, 'utf8')).join('\n'),
    names: files(GOLD).flatMap((f) => parseGold(JSON.parse(readFileSync(f, 'utf8'))).entities.flatMap((e) => [e.name, ...e.aliases])),
  };
  return all;
}

/** Compares texts/ with the records; returns the number of problems. */
function check(): number {
  const sources = readSources();
  let problems = 0;
  const report = (id: string, what: string, s?: Source): void => {
    problems++;
    process.stdout.write(`${id}: ${what}\n`);
    if (s) process.stdout.write(`  collect it again: search the "pages" corpus for ${JSON.stringify(s.query)}, take the excerpt of ${whichPage(s)}\n  and save it exactly as given (UTF-8, no newline added) as eval/real/texts/${s.id}.txt\n`);
  };
  for (const s of sources) {
    const file = path.join(TEXTS, `${s.id}.txt`);
    if (!existsSync(file)) {
      report(s.id, 'missing', s);
      continue;
    }
    const bytes = readFileSync(file);
    const cps = codePoints(bytes.toString('utf8'));
    if (cps.length !== s.length) report(s.id, `length ${cps.length}, expected ${s.length}`, s);
    else if (createHash('sha256').update(bytes).digest('hex') !== s.sha256) report(s.id, 'same length, other text (SHA-256 differs)', s);
    const goldFile = path.join(GOLD, `${s.id}.json`);
    if (!existsSync(goldFile)) {
      report(s.id, 'no gold file');
      continue;
    }
    const text = normalizeName(cps.join(''));
    const gold = parseGold(JSON.parse(readFileSync(goldFile, 'utf8')));
    for (const e of gold.entities) {
      for (const n of [e.name, ...e.aliases]) if (!text.includes(normalizeName(n))) report(s.id, `gold ${e.id}: "${n}" does not occur in the text`);
      if (!e.docs.includes(s.id)) report(s.id, `gold ${e.id}: docs does not name ${s.id}`);
    }
    const names = gold.entities.flatMap((e) => [e.name, ...e.aliases]);
    const copied = repeatedWording(s.query, cps.join(''), names) ?? repeatedWording(s.query, corpus().text, corpus().names, MIN_RUN_IN_CORPUS);
    if (copied) report(s.id, `the query repeats an article's wording ("${copied}"): use keywords that do not stand side by side in the texts, and check that the query still finds the page`);
  }
  const known = new Set(sources.map((s) => s.id));
  for (const f of existsSync(TEXTS) ? readdirSync(TEXTS) : []) if (!known.has(f.replace(/\.txt$/, ''))) report(f, 'a text with no record in sources.json');
  process.stdout.write(problems ? `${problems} problem(s) in ${sources.length} articles\n` : `${sources.length} articles, all present and as recorded\n`);
  return problems;
}

/**
 * Draws tune/test for records without a split, at random within each kind
 * (so both halves hold every kind), with a fixed seed so the draw can be
 * explained; splits already drawn are never changed.
 */
function split(): void {
  const sources = readSources();
  const random = mulberry32(20261202);
  const byKind = new Map<string, Source[]>();
  for (const s of sources.filter((x) => !x.split)) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  for (const [, list] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shuffled = list.map((s) => ({ s, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.s);
    // Alternate from a random first half, so odd-sized kinds do not all lean the same way.
    const first: Split = random() < 0.5 ? 'tune' : 'test';
    shuffled.forEach((s, k) => (s.split = k % 2 === 0 ? first : first === 'tune' ? 'test' : 'tune'));
  }
  sources.sort((a, b) => (a.id < b.id ? -1 : 1));
  writeFileSync(SOURCES, `[\n${sources.map((s) => `  ${JSON.stringify(s)}`).join(',\n')}\n]\n`);
  for (const f of readdirSync(DIR).filter((x) => /^sources-.+\.json$/.test(x))) unlinkSync(path.join(DIR, f));
  const count = (sp: Split): number => sources.filter((s) => s.split === sp).length;
  process.stdout.write(`${sources.length} articles: tune ${count('tune')}, test ${count('test')}\n`);
}

/**
 * Which of two fixed folds of a half a record falls in, by a hash of its id: a rule found on the misses of fold a is
 * kept only if fold b, whose misses nobody reads, does not drop. The tune half has been read for many sessions; a
 * second, unread part of it tells a general shape from one fitted to the article it came from.
 */
export function fold(id: string): 'a' | 'b' {
  return createHash('sha256').update(`fold:${id}`).digest()[0]! % 2 === 0 ? 'a' : 'b';
}

async function evaluate(which: Split | 'all', details: boolean, json: boolean, onlyFold?: 'a' | 'b'): Promise<Record<string, Report>> {
  const sources = readSources().filter((s) => !onlyFold || fold(s.id) === onlyFold);
  const reports: Record<string, Report> = {};
  for (const sp of which === 'all' ? SPLITS : [which]) {
    const chosen = sources.filter((s) => s.split === sp);
    const files = chosen.map((s) => path.join(TEXTS, `${s.id}.txt`)).filter(existsSync);
    if (files.length < chosen.length) process.stderr.write(`${sp}: ${chosen.length - files.length} text(s) missing (npm run real -- check)\n`);
    const gold: Gold = mergeGold(chosen.filter((s) => existsSync(path.join(TEXTS, `${s.id}.txt`))).map((s) => parseGold(JSON.parse(readFileSync(path.join(GOLD, `${s.id}.json`), 'utf8')))), goldIdentity(loadLexicon()));
    const built = await buildGraph(files, { jobs: 1 });
    const out = `${sp}${onlyFold ? `-${onlyFold}` : ''}`;
    await writeGraph(built.graph, path.join(ROOT, 'out', 'real', out));
    const report = score(built.graph, gold);
    reports[sp] = report;
    if (!json) process.stdout.write(`\n== ${sp}${onlyFold ? ` fold ${onlyFold}` : ''}: ${files.length} articles (graph in out/real/${out})\n${formatReport(report, details)}`);
  }
  if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return reports;
}

/**
 * Figures per group of one half (kind, topic, page or script), each group built
 * on its own: where the gap lies, without showing a single miss. The corpus-wide
 * passes then see only the group, so the groups' figures do not add up to the half's.
 */
async function evaluateBy(which: Split | 'all', key: 'kind' | 'topic' | 'page' | 'script', onlyFold?: 'a' | 'b'): Promise<void> {
  const sources = readSources().filter((s) => (which === 'all' || s.split === which) && (!onlyFold || fold(s.id) === onlyFold));
  const groups = new Map<string, Source[]>();
  for (const s of sources) if (existsSync(path.join(TEXTS, `${s.id}.txt`))) groups.set(s[key] ?? '?', [...(groups.get(s[key] ?? '?') ?? []), s]);
  const f = (x: number): string => x.toFixed(3);
  process.stdout.write(`== ${which} by ${key}\n${key.padEnd(14)} n   ent P/R/F1           rel P/R/F1           WORKS_AT R  RECEIVED R  RUNS R\n`);
  for (const [name, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const gold = mergeGold(list.map((s) => parseGold(JSON.parse(readFileSync(path.join(GOLD, `${s.id}.json`), 'utf8')))), goldIdentity(loadLexicon()));
    const built = await buildGraph(list.map((s) => path.join(TEXTS, `${s.id}.txt`)), { jobs: 1 });
    const r = score(built.graph, gold);
    const recall = (t: string): string => {
      const row = r.relationsByType[t];
      return row && row.tp + row.fn > 0 ? f(row.recall) : '  -  ';
    };
    process.stdout.write(`${name.padEnd(14)} ${String(list.length).padStart(3)} ${f(r.entities.precision)}/${f(r.entities.recall)}/${f(r.entities.f1)}  ${f(r.relations.precision)}/${f(r.relations.recall)}/${f(r.relations.f1)}  ${recall('WORKS_AT')}       ${recall('RECEIVED')}       ${recall('RUNS')}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [cmd = 'check', ...rest] = argv;
  if (cmd === 'check') return check() ? 1 : 0;
  if (cmd === 'split') {
    split();
    return 0;
  }
  if (cmd === 'eval') {
    const which = (rest.find((a) => !a.startsWith('-')) ?? 'tune') as Split | 'all';
    if (!['tune', 'test', 'all'].includes(which)) throw new Error(`eval: expected tune, test or all, got ${which}`);
    // The test half is looked at for its figures only: its misses would teach the rules what to fit.
    if (which !== 'tune' && rest.includes('--details')) throw new Error('--details is for the tune half only');
    const f = rest.includes('--fold') ? rest[rest.indexOf('--fold') + 1] : undefined;
    if (f !== undefined && f !== 'a' && f !== 'b') throw new Error(`--fold: expected a or b, got ${f}`);
    const by = rest[rest.indexOf('--by') + 1];
    if (rest.includes('--by')) {
      if (by !== 'kind' && by !== 'topic' && by !== 'page' && by !== 'script') throw new Error(`--by: expected kind, topic, page or script, got ${by}`);
      await evaluateBy(which, by, f);
      return 0;
    }
    // Fold b is the tune half's check on what was fitted to fold a: read for its figures only, like test.
    if (f === 'b' && rest.includes('--details')) throw new Error('--details is for fold a only');
    await evaluate(which, rest.includes('--details'), rest.includes('--json'), f);
    return 0;
  }
  process.stderr.write('usage: npm run real -- check | split | eval [tune|test|all] [--details] [--json] [--by kind|topic|page|script] [--fold a|b]\n');
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
