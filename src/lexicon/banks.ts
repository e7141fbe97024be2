/**
 * The bank gazetteer (dict/banks.tsv and `# list: banks` user files): each
 * bank's canonical name, kind and aliases, and the lookups the rules need.
 */
import { WordMatcher } from './matcher.js';
import { DictionaryError, readAllLines, readLines } from './read.js';

export interface Bank {
  name: string;
  kind: string;
  aliases: string[];
  /** The short form used to name its branches when the text gives no bank (工行). */
  short?: string;
}

export interface BankGazetteer {
  banks: Bank[];
  /** Any name or alias → canonical name. */
  byAlias: Map<string, string>;
  /** Aliases that are everyday words too (平安): a bank only where the text plainly means one. */
  weak: Set<string>;
  /** Every name and alias, longest first (ties in file order). */
  aliases: string[];
  /** Finds every name and alias in a text at once. */
  matcher: WordMatcher;
  /** Words that make a bank's name after a place, longest first, and a matcher for them. */
  shapes: BankShape[];
  shapeMatcher: WordMatcher;
}

export const BANK_KINDS = ['central', 'policy', 'state', 'joint-stock', 'city', 'private', 'rural', 'foreign', 'hk', 'macau', 'taiwan', 'other'] as const;

/** Reads one banks file; `into` collects across files, so a later file may add aliases to a bank named earlier. */
export function readBanks(file: string, into: Bank[]): void {
  // Indexes of what `into` holds (a bank by name; the banks by each name and alias), so that each line is not
  // checked against every alias of every bank read before: that check, on the shipped list alone, was most of a
  // lexicon's load, which every build thread pays.
  const byName = new Map<string, Bank>();
  const byKey = new Map<string, Bank[]>();
  const index = (key: string, b: Bank): void => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [b]);
    else if (!list.includes(b)) list.push(b);
  };
  for (const b of into) {
    if (!byName.has(b.name)) byName.set(b.name, b);
    index(b.name, b);
    for (const x of b.aliases) index(x.replace(/^~/, ''), b);
  }
  let kind = 'other';
  for (const { text, line } of readAllLines(file)) {
    const t = text.trim();
    const kindLine = /^#\s*kind:\s*(\S+)$/.exec(t)?.[1];
    if (kindLine !== undefined) {
      if (!(BANK_KINDS as readonly string[]).includes(kindLine)) throw new DictionaryError(file, line, `unknown bank kind "${kindLine}" (kinds: ${BANK_KINDS.join(', ')})`);
      kind = kindLine;
      continue;
    }
    if (t === '' || t.startsWith('#')) continue;
    const [name, ...rest] = t.split('\t').map((s) => s.trim());
    if (!name || /^[*~]/.test(name) ) throw new DictionaryError(file, line, `expected "name<TAB>alias<TAB>…", got "${t}"`);
    let bank = byName.get(name);
    if (!bank) {
      bank = { name, kind, aliases: [] };
      into.push(bank);
      byName.set(name, bank);
      index(name, bank);
    }
    for (const a of rest) {
      if (a === '') continue;
      const alias = a.replace(/^[*~]/, '');
      // One alias, one bank: an alias of two banks would make every mention of it a guess.
      if (byKey.get(alias)?.some((b) => b !== bank)) {
        // The first such bank in the order read, as the message always named.
        const other = into.find((b) => b !== bank && (b.name === alias || b.aliases.some((x) => x.replace(/^~/, '') === alias)))!;
        throw new DictionaryError(file, line, `alias "${alias}" of ${name} is already a name of ${other.name}`);
      }
      if (a.startsWith('*')) bank.short = alias;
      const stored = a.replace(/^\*/, '');
      bank.aliases.push(stored);
      index(stored.replace(/^~/, ''), bank);
    }
  }
}

export function compileBanks(banks: Bank[], extra: Map<string, string>, shapes: BankShape[]): BankGazetteer {
  const byAlias = new Map<string, string>();
  const weak = new Set<string>();
  for (const b of banks) {
    for (const raw of [b.name, ...b.aliases]) {
      const a = raw.replace(/^~/, '');
      if (raw.startsWith('~')) weak.add(a);
      byAlias.set(a, b.name);
    }
  }
  // Taiwan news shortens 某某商業銀行 to 某某商銀 (板信商銀, 陽信商銀): each such name gives that form too, unless
  // it names another bank already.
  for (const b of banks) {
    for (const raw of [b.name, ...b.aliases]) {
      const m = /^([\u4e00-\u9fff]{2,})商(業銀行|业银行)$/.exec(raw.replace(/^~/, ''));
      const short = m ? `${m[1]}商${m[2]![0] === '業' ? '銀' : '银'}` : undefined;
      if (short && !byAlias.has(short)) byAlias.set(short, b.name);
      // (…and a Taiwan bank's 某某(國際)商業銀行 to 某某銀: 華南銀, 彰化銀, 兆豐銀.)
      const bare = b.kind === 'taiwan' ? /^([\u4e00-\u9fff]{2,}?)(?:國際|国际)?商(業銀行|业银行)$/.exec(raw.replace(/^~/, '')) : null;
      const shortest = bare ? `${bare[1]}${bare[2]![0] === '業' ? '銀' : '银'}` : undefined;
      // (Weak where the stem is an everyday word the list marks weak: 將來銀行會更重視… is no bank; 王道銀 in a list
      // of banks is one.)
      if (shortest && !byAlias.has(shortest)) {
        byAlias.set(shortest, b.name);
        if (b.aliases.some((x) => x.startsWith(`~${bare![1]}`))) weak.add(shortest);
      }
      // (A foreign bank's mainland arm, 东亚中国, is also written 东亚(中国) with either kind of bracket.)
      const arm = /\((?:中国|中國)\)$/.test(b.name) ? /^([^()（）]{2,})(中国|中國)$/.exec(raw.replace(/^~/, '')) : null;
      for (const f of arm ? [`${arm[1]}(${arm[2]})`, `${arm[1]}（${arm[2]}）`] : []) if (!byAlias.has(f)) byAlias.set(f, b.name);
    }
  }
  // A province's union of rural credit co-operatives goes by every name the shapes of such unions give its
  // province (云南省农村信用社联合社: 云南省农村信用联社, 云南农信联社, 云南省联社 …), and its short form 某某农信 by
  // 某某农信联社 / 某某农信社: one bank, where the shape words alone would make a second one of each form.
  const unionWords = shapes.filter((x) => /^农村信用(?:合作联社|社)$/.test(x.group)).map((x) => x.word);
  for (const b of banks) {
    for (const raw of [b.name, ...b.aliases]) {
      const a = raw.replace(/^~/, '');
      const forms: string[] = [];
      const union = /^([\u4e00-\u9fff]{2,3}?)(省|自治区|市)?农村信用社联合社$/.exec(a);
      if (union) for (const w of unionWords) forms.push(`${union[1]}${union[2] ?? ''}${w}`, `${union[1]}${w}`);
      if (/^[\u4e00-\u9fff]{2,4}(?:农信|農信)$/.test(a)) forms.push(...(a.endsWith('農信') ? ['聯社', '社'] : ['联社', '社']).map((t) => a + t));
      for (const f of forms) if (!byAlias.has(f)) byAlias.set(f, b.name);
    }
  }
  // Words a user dictionary tags `bank`: each is a bank of its own name.
  for (const [w] of extra) if (!byAlias.has(w)) byAlias.set(w, w);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const sortedShapes = shapes.slice().sort((a, b) => b.word.length - a.word.length);
  return { banks, byAlias, weak, aliases, matcher: new WordMatcher(aliases), shapes: sortedShapes, shapeMatcher: new WordMatcher(sortedShapes.map((s) => s.word)) };
}

/** A word that ends a bank's name after a place (农商银行, 村镇银行, 联社): dict/bank-shapes.tsv. */
export interface BankShape {
  word: string;
  kind: string;
  /** Forms of one group name the same bank (龙游农商行 = 龙游农村商业银行). */
  group: string;
  /** How high the place before it must be: a county or higher, or a city or higher. */
  place: 'county' | 'city';
}

export function readBankShapes(file: string, into: BankShape[]): void {
  for (const { text, line } of readLines(file)) {
    const [word, kind, group, place, ...extra] = text.split('\t').map((s) => s.trim());
    if (!word || !kind || !group || (place !== 'county' && place !== 'city') || extra.length || !(BANK_KINDS as readonly string[]).includes(kind)) {
      throw new DictionaryError(file, line, `expected "word<TAB>kind<TAB>group<TAB>county|city", got "${text}"`);
    }
    const old = into.findIndex((s) => s.word === word);
    if (old >= 0) into.splice(old, 1);
    into.push({ word, kind, group, place });
  }
}
