/**
 * The bank gazetteer (dict/banks.tsv and `# list: banks` user files): each
 * bank's canonical name, kind and aliases, and the lookups the rules need.
 */
import { WordMatcher } from './matcher.js';
import { DictionaryError, readAllLines } from './read.js';

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
}

export const BANK_KINDS = ['central', 'policy', 'state', 'joint-stock', 'city', 'private', 'rural', 'foreign', 'hk', 'macau', 'taiwan', 'other'] as const;

/** Reads one banks file; `into` collects across files, so a later file may add aliases to a bank named earlier. */
export function readBanks(file: string, into: Bank[]): void {
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
    let bank = into.find((b) => b.name === name);
    if (!bank) {
      bank = { name, kind, aliases: [] };
      into.push(bank);
    }
    for (const a of rest) {
      if (a === '') continue;
      const alias = a.replace(/^[*~]/, '');
      // One alias, one bank: an alias of two banks would make every mention of it a guess.
      const other = into.find((b) => b !== bank && (b.name === alias || b.aliases.some((x) => x.replace(/^~/, '') === alias)));
      if (other) throw new DictionaryError(file, line, `alias "${alias}" of ${name} is already a name of ${other.name}`);
      if (a.startsWith('*')) bank.short = alias;
      bank.aliases.push(a.replace(/^\*/, ''));
    }
  }
}

export function compileBanks(banks: Bank[], extra: Map<string, string>): BankGazetteer {
  const byAlias = new Map<string, string>();
  const weak = new Set<string>();
  for (const b of banks) {
    for (const raw of [b.name, ...b.aliases]) {
      const a = raw.replace(/^~/, '');
      if (raw.startsWith('~')) weak.add(a);
      byAlias.set(a, b.name);
    }
  }
  // Words a user dictionary tags `bank`: each is a bank of its own name.
  for (const [w] of extra) if (!byAlias.has(w)) byAlias.set(w, w);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  return { banks, byAlias, weak, aliases, matcher: new WordMatcher(aliases) };
}
