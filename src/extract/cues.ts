/**
 * The lexicon's cue lists compiled into the regular expressions the rules
 * test, once per lexicon. Alternatives keep the order of their list, which
 * is the order they are tried in where the matched word is used.
 */
import type { CueList, Lexicon } from '../lexicon/index.js';

const HAN_1_4 = '[\\u4e00-\\u9fff]{1,4}';
const HAN_ANY = '[\\u4e00-\\u9fff]*';

/** A list word as a regular expression: "…" is one to four Chinese characters, "*" any number of them. */
function wordPattern(w: string): string {
  return w
    .split(/(…|\*)/)
    .map((part) => (part === '…' ? HAN_1_4 : part === '*' ? HAN_ANY : part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');
}

export interface Cues {
  honourSuffix: RegExp;
  programmeSuffix: RegExp;
  honourBefore: RegExp;
  honourAfter: RegExp;
  programmeBefore: RegExp;
  programmeAfter: RegExp;
  programmeAliasAfter: RegExp;
  honourCore: RegExp;
  honourCoreAll: RegExp;
  honourQualifier: Set<string>;
  honourTail: RegExp;
  productAfter: RegExp;
  sloganAfter: RegExp;
  receivedTrigger: RegExp;
  orgSuffixAll: RegExp;
  roleSuffix: RegExp;
  articleUnitRole: Set<string>;
  roleInNameGap: RegExp;
  personAfter: RegExp;
  notGivenName: Set<string>;
  notAPerson: Set<string>;
  publicNoun: Set<string>;
  speechAfterName: RegExp;
  speechVerb: RegExp;
  anaphorAll: RegExp;
  nameBreak: RegExp;
  notInName: Set<string>;
  genericUnitName: Set<string>;
  unitSuffix: RegExp;
  unitSuffixAll: RegExp;
}

const compiled = new WeakMap<Lexicon, Cues>();

export function cues(lex: Lexicon): Cues {
  let c = compiled.get(lex);
  if (!c) {
    c = compile(lex);
    compiled.set(lex, c);
  }
  return c;
}

function compile(lex: Lexicon): Cues {
  const alt = (list: CueList): string => `(?:${lex.cues[list].map(wordPattern).join('|')})`;
  const set = (list: CueList): Set<string> => new Set(lex.cues[list]);
  const units = `(?:${lex.units.suffixes.map(wordPattern).join('|')})`;
  return {
    honourSuffix: new RegExp(`${alt('honour-suffix')}$`),
    programmeSuffix: new RegExp(`${alt('programme-suffix')}$`),
    honourBefore: new RegExp(`${alt('honour-before')}[^，。；]{0,8}$`),
    honourAfter: new RegExp(`^${alt('honour-after')}`),
    programmeBefore: new RegExp(`${alt('programme-before')}了?(?:第[一二三四五六七八九十百\\d]+[届期季次])?$`),
    programmeAfter: new RegExp(`^${alt('programme-after')}`),
    programmeAliasAfter: new RegExp(`^${alt('programme-alias-after')}`),
    honourCore: new RegExp(alt('honour-core')),
    honourCoreAll: new RegExp(alt('honour-core'), 'g'),
    honourQualifier: set('honour-qualifier'),
    honourTail: new RegExp(`^${alt('honour-tail')}`),
    productAfter: new RegExp(`^(?:系列)?${alt('product-after')}`),
    sloganAfter: new RegExp(`^${alt('slogan-after')}`),
    receivedTrigger: new RegExp(alt('received-trigger')),
    orgSuffixAll: new RegExp(alt('org-suffix'), 'g'),
    roleSuffix: new RegExp(`${alt('role-suffix')}$`),
    articleUnitRole: set('article-unit-role'),
    roleInNameGap: new RegExp(alt('role-in-name-gap')),
    personAfter: new RegExp(`^${alt('person-after')}`),
    notGivenName: set('not-given-name'),
    notAPerson: set('not-a-person'),
    publicNoun: set('public-noun'),
    speechAfterName: new RegExp(`^${alt('speech-after-name')}`),
    speechVerb: new RegExp(`^${alt('speech-verb')}`),
    anaphorAll: new RegExp(
      // The listed anaphors anywhere; a bare unit word only as a clause's subject (支行曾…, 分行2019年…).
      `${alt('anaphor')}|(?<=^|[，,；;：:。])(?:支行|分行|网点|营业部|营业室)(?=[曾于在将还也已先连被获荣是就则均都又再]|20|19|成功|开展|推出|启动|作为)`,
      'g',
    ),
    nameBreak: new RegExp(alt('name-break')),
    notInName: set('not-in-name'),
    genericUnitName: set('generic-unit-name'),
    unitSuffix: new RegExp(units),
    unitSuffixAll: new RegExp(units, 'g'),
  };
}
