/**
 * Names as written. Rules read Traditional text converted to Simplified, so
 * node keys and names come out in Simplified, with the written forms among
 * the aliases. A user who reads Traditional news expects the graph in the
 * script of the news (陳必達, not 陈必达): a node whose evidence never writes
 * its Simplified name, and writes a Traditional form of it, is named by that
 * form. It runs after the corpus passes of src/resolve, which compare
 * Simplified names. Keys stay as they are, so the same person named in a
 * Simplified and a Traditional article is still one node (named in
 * Simplified then).
 * A bank keeps the gazetteer's name, in Traditional when only Traditional news names it and writes that name whole
 * (华侨银行 as 華僑銀行: see bankAsWritten).
 * A relation's post (role) is written as its sentence writes it, the same way.
 *
 * Only the sentences of files read as Traditional were converted for the
 * rules, so only they are converted here: a corpus of Simplified news never
 * loads OpenCC's tables (a fifth of a second, most of it on a rebuild's
 * critical path), and a name is compared with the text its rules read.
 */
import type { GuanxiGraph } from '../graph/model.js';
import type { Evidence } from '../graph/types.js';
import { normalizeText } from '../text/normalize.js';

export function nameAsWritten(graph: GuanxiGraph, traditionalFiles: ReadonlySet<string>): void {
  if (traditionalFiles.size === 0) return;
  const converted = (e: Evidence): boolean => traditionalFiles.has(e.file);
  graph.forEachNode((_, a) => {
    if (a.type === 'Article') return;
    if (a.type === 'Bank') {
      bankAsWritten(a, converted);
      return;
    }
    if (!a.evidence.some(converted)) return;
    addWrittenAliases(a, converted);
    // (Quotes are compared as one mark: normalisation writes a quote inside a quote as ‘’ in the sentence and as “”
    // in the name cut from it, 「金融『樂活』講座」.)
    const variant = a.aliases.find((x) => x.length === a.name.length && x !== a.name && anyQuote(normalizeText(x, true)) === anyQuote(a.name));
    if (!variant || a.evidence.some((e) => e.sentence.includes(a.name))) return;
    const written = scriptOf(variant, a.name);
    if (written === a.name || !a.evidence.some((e) => normalizeText(e.sentence, false).includes(written))) return;
    a.aliases = [a.name, ...a.aliases.filter((x) => x !== written)];
    a.name = written;
  });
  // A post as the sentence writes it too (經辦, not 经办), when no evidence writes it in Simplified.
  graph.forEachEdge((_, a) => {
    const role = a.role;
    if (!role || a.evidence.some((e) => e.sentence.includes(role))) return;
    for (const e of a.evidence) {
      if (!converted(e)) continue;
      // normalizeText keeps lengths, so an offset in the converted sentence is one in the written sentence.
      const at = normalizeText(e.sentence, true).indexOf(role);
      if (at === -1) continue;
      a.role = scriptOf(e.sentence.slice(at, at + role.length), role);
      return;
    }
  });
}

const QUOTE = /[“”‘’「」『』"']/;
const QUOTES = new RegExp(QUOTE.source, 'g');

/** `s` with every quotation mark written alike. */
function anyQuote(s: string): string {
  return s.replace(QUOTES, '"');
}

/**
 * The written form of each alias that only a Traditional sentence writes (反詐「三進」宣講活動 gives the alias 三进 as
 * 三進 too): a rule's alias is cut from the converted text, and a reader, or a gold file, names it as written.
 */
function addWrittenAliases(a: { name: string; aliases: string[]; evidence: readonly Evidence[] }, wasConverted: (e: Evidence) => boolean): void {
  const converted = new Map<string, string>();
  for (const alias of [...a.aliases]) {
    if (alias.length < 2 || a.evidence.some((e) => e.sentence.includes(alias))) continue;
    for (const e of a.evidence) {
      if (!wasConverted(e)) continue;
      let normal = converted.get(e.sentence);
      if (normal === undefined) converted.set(e.sentence, (normal = normalizeText(e.sentence, true)));
      // normalizeText keeps lengths, so an offset in the converted sentence is one in the written sentence.
      const at = normal.indexOf(alias);
      if (at === -1) continue;
      const written = scriptOf(e.sentence.slice(at, at + alias.length), alias);
      if (written !== alias && written !== a.name && !a.aliases.includes(written)) a.aliases.push(written);
      break;
    }
  }
}

/**
 * `normalised` in the script of `written` (the same text before normalisation): the written characters, but digits,
 * letters and quotes as normalisation made them (２０２２ → 2022).
 */
function scriptOf(written: string, normalised: string): string {
  const chars = [...normalised];
  // (A quote takes the name's mark whatever the written one: normalisation writes 『 as “ alone and as ‘ inside 「」.)
  return [...written].map((ch, i) => (normalizeText(ch, false) === chars[i] || (QUOTE.test(ch) && QUOTE.test(chars[i] ?? '')) ? chars[i] : ch)).join('');
}

/**
 * A bank named only in Traditional news (every piece of evidence from a file read as Traditional, none writing the
 * gazetteer's Simplified name) is named as its evidence writes the whole name (華僑銀行 for 华侨银行). Where the text
 * writes only a short form (建設銀行), the gazetteer's name stays: a Traditional form made by conversion would be a
 * name no text gives, and a gold file or a reader may know the bank by any of several. The Simplified name stays an
 * alias, and the key is unchanged.
 */
function bankAsWritten(a: { name: string; aliases: string[]; evidence: readonly Evidence[] }, wasConverted: (e: Evidence) => boolean): void {
  if (a.evidence.length === 0 || !a.evidence.every(wasConverted) || a.evidence.some((e) => e.sentence.includes(a.name))) return;
  const asWritten = (x: string): boolean => a.evidence.some((e) => e.sentence.includes(x));
  // (A subsidiary's name holds its place in brackets, half-width in the gazetteer, 渣打银行(中国), and the text writes
  // them full-width, 渣打銀行（中國）: the written characters with the gazetteer's brackets, 渣打銀行(中國).)
  const written = a.aliases.map((x) => [x, withGazetteerBrackets(x, a.name)] as const).find(([x, w]) => w.length === a.name.length && w !== a.name && normalizeText(w, true) === a.name && asWritten(x))?.[1];
  if (!written) return;
  a.aliases = [a.name, ...a.aliases.filter((x) => x !== written)];
  a.name = written;
}

/** `x` with each bracket written as `name` writes the one at its place (full-width （） or half-width ()). */
function withGazetteerBrackets(x: string, name: string): string {
  if (x.length !== name.length) return x;
  let out = '';
  for (let i = 0; i < x.length; i++) out += /[（）()]/.test(x[i]!) && /[（）()]/.test(name[i]!) ? name[i]! : x[i]!;
  return out;
}
