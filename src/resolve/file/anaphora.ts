/**
 * Anaphora: 该行 (该支行) is the unit (of that kind) named last before it in
 * its sentence; else 该行 is the article's main unit, and 支行 / 营业部 the
 * main unit if it is a unit of that kind, else the unit of that kind the
 * article names most. The counts per article and kind are computed once: per anaphor they
 * made a long article quadratic. 总行 (a head office) is a bank: the one named before it in its sentence,
 * else the article's main unit when that is a bank, else the bank the article names most.
 */
import type { FileResolution } from './state.js';
import { SPONSOR_AFTER, type Mention } from '../../extract/types.js';
import { partOfNameChain } from '../../extract/resolution-rules.js';
import type { Lexicon } from '../../lexicon/index.js';
import { canonicalCore } from '../names.js';
import { guidanceFrameAfter } from './guidance.js';
import { branchNodeKey } from './branches.js';
import { centralBankTest } from './own-units.js';

const UNIT_KIND = /(支行|分行|营业部|营业室|营业所|储蓄所|分理处|网点)$/;
/** The kind `mostNamed` counts banks under. */
const BANK = 'Bank';
/** The anaphor for a province's union of rural credit co-operatives, and the kind `mostNamed` counts them under. */
const PROVINCE_UNION = '省联社';
/** Names of a province's union (or the bank it became): 某某省农村信用社联合社, 某某农信联社, 某某农商联合银行. */
const UNION_NAME = /(?:省|自治区)(?:农村信用社联合社|农村信用联社|农信联社)$|^[\u4e00-\u9fff]{2,3}(?:农村信用社联合社|农信联社)$|(?:农村商业|农商)联合银行$/;

/**
 * 该社, 联社, 信用社 (read as anaphors before a post: 联社理事长某某): the names of the units each may mean, the
 * kinds to try in turn (a bare 信用社 is the county's union when the article names no co-operative under it).
 */
const CO_OP_KINDS: Record<string, RegExp[]> = {
  该社: [/(?:信用社|信用合作社|联社|联合社|互助社|分社)$/],
  // (本社理事长某某: a union's own report; as 该社, none where the article names no credit union or co-operative.)
  本社: [/(?:信用社|信用合作社|联社|联合社|互助社|分社)$/],
  联社: [/(?:联社|联合社)$/],
  信用社: [/(?:信用社|分社)$/, /(?:联社|联合社)$/],
};


/** After a bare 支行 or 分行 read as an anaphor: a post of its head (行长, 副行长, 党委书记). */
const HEAD_POST_AFTER = /^(?:党委|党组|党支部)?(?:副?行长|书记|副书记)/;

/** Before a unit: 在 opening a frame of guidance (在人民银行某支行的帮助下，). */
const FRAME_OPENS = /在[^，,。；;的在]{0,20}$/;
/**
 * Before a clause's subject: nothing, or a few words of time or manner (近日，, 今年以来，, 昨天上午): no word that puts
 * the unit inside the clause (在, 与, 向, 从, 的) and no person that speaks of it (客户称其在…).
 */
const OPENS_CLAUSE = /(?:^|[，,；;：:])[^，,；;：:在从向与和跟同对为给到由被经于及称其的把将让]*$/;

/** Before a unit: a former post's mark (原某支行行长某某, 前某行董事长). */
const FORMER_POST = /(?:原|前)$/;

export function resolveAnaphora(res: FileResolution, lex: Lexicon, namedThrough: Set<number>): void {
  const frameAfter = guidanceFrameAfter(lex);
  const isCentral = centralBankTest(res, lex);
  // (在人民银行某支行的帮助下，该行…: a unit in a frame of guidance that closes before the anaphor guides the clause's
  // actor; it is not the unit 该行 means.)
  const guidesBefore = (x: Mention, m: Mention): boolean => {
    const text = res.r.sentences[x.sentence]?.text ?? '';
    const frame = frameAfter.exec(text.slice(x.end));
    return frame !== null && FRAME_OPENS.test(text.slice(0, x.start)) && x.end + frame[0].length <= m.start;
  };
  // The entity of a kind the article names most (a 支行, a 营业部, a bank), computed once per article and kind.
  const top = new Map<string, string | undefined>();
  const mostNamed = (article: number, kind: string): string | undefined => {
    const k = `${article}|${kind}`;
    if (!top.has(k)) {
      const counts = new Map<string, number>();
      for (const x of res.byArticle[article] ?? []) {
        const key = res.keyOf.get(x.id);
        const node = res.nodes.get(key ?? '');
        const fits = kind === BANK ? x.type === 'Bank' : kind === PROVINCE_UNION ? x.type === 'Bank' && node !== undefined && [node.name, ...node.aliases].some((a) => UNION_NAME.test(a)) : x.type === 'Branch' && !x.anaphora && node?.core?.endsWith(kind);
        if (key && fits) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      top.set(k, [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0]);
    }
    return top.get(k);
  };
  // (在人民银行某支行的帮助下，调研组来到某行。该行…: nor is one in such a frame of the sentence before; 由某农商银行发起设立的
  // 某村镇银行…。该行…: nor is the bank that sponsored the one named after it.)
  const asideInSentence = (x: Mention): boolean => {
    const text = res.r.sentences[x.sentence]?.text ?? '';
    return (frameAfter.test(text.slice(x.end)) && FRAME_OPENS.test(text.slice(0, x.start))) || SPONSOR_AFTER.test(text.slice(x.end));
  };
  for (const m of res.r.mentions.filter((x) => x.anaphora)) {
    if (m.name === '总行') {
      // 总行 is a bank's head office: the bank named last before it in its sentence, else the article's bank.
      const bank = (res.bySentence.get(m.sentence) ?? []).filter((x) => x.type === 'Bank' && x.end <= m.start && res.keyOf.has(x.id)).sort((x, y) => y.end - x.end)[0];
      const main = res.mainUnit.get(res.articleOf(m.sentence).index);
      const unit = bank ? res.keyOf.get(bank.id) : main && res.nodes.get(main)?.type === 'Bank' ? main : mostNamed(res.articlePosition(m.sentence), BANK);
      if (unit) res.keyOf.set(m.id, unit);
      continue;
    }
    if (m.name === PROVINCE_UNION) {
      // 省联社 is the province's union of rural credit co-operatives: the one the article names most; none if it
      // names none (a county's 联社 is not it).
      const union = mostNamed(res.articlePosition(m.sentence), PROVINCE_UNION);
      if (union) res.keyOf.set(m.id, union);
      continue;
    }
    const coOp = CO_OP_KINDS[m.name];
    if (coOp) {
      const unit = coOpUnit(res, m, coOp);
      if (unit) res.keyOf.set(m.id, unit);
      continue;
    }
    const main = res.mainUnit.get(res.articleOf(m.sentence).index);
    // 分行营业部: the sub-unit of the 分行 meant, found as 该分行's would be.
    const kind = UNIT_KIND.exec(m.subUnit ? m.name.slice(0, -m.subUnit.length) : m.name)?.[1];
    let unit = main;
    if (kind && kind !== '网点' && main && !res.nodes.get(main)?.core?.endsWith(kind)) unit = mostNamed(res.articlePosition(m.sentence), kind) ?? main;
    // 光大银行公告称，该行行长某某: a unit of its kind named earlier in the same sentence is the one meant.
    // (某分行迎来新行长，原甲支行行长某某出任该行行长: nor a unit of a former post, after 原 or 前.)
    const sentenceText = res.r.sentences[m.sentence]?.text ?? '';
    const former = (x: Mention): boolean => FORMER_POST.test(sentenceText.slice(0, x.start));
    const before = (res.bySentence.get(m.sentence) ?? []).filter((x) => !x.anaphora && x.end <= m.start && (x.type === 'Bank' || x.type === 'Branch') && res.keyOf.has(x.id) && !guidesBefore(x, m) && !former(x));
    const near = before.filter((x) => !kind || kind === '网点' || res.nodes.get(res.keyOf.get(x.id)!)?.core?.endsWith(kind)).sort((x, y) => y.end - x.end || x.start - y.start)[0];
    if (near) unit = res.keyOf.get(near.id);
    else for (let back = 1; back <= 2 && m.sentence - back >= 0 && res.articleOf(m.sentence - back).index === res.articleOf(m.sentence).index; back++) {
      // 紫金银行公告了高管变更。公告显示，该行现任董事长某某: else the first unit of its kind the sentence before
      // names, its subject (an article about several banks moves from one to the next this way).
      const text = res.r.sentences[m.sentence - back]?.text ?? '';
      const previous = (res.bySentence.get(m.sentence - back) ?? []).filter((x) => (x.type === 'Bank' || x.type === 'Branch') && res.keyOf.has(x.id) && !asideInSentence(x));
      // (网点, 该网点: an outlet, so a branch of any kind, never the bank it belongs to.)
      const subject = previous.filter((x) => (kind ? !x.anaphora && (kind === '网点' ? x.type === 'Branch' : res.nodes.get(res.keyOf.get(x.id)!)?.core?.endsWith(kind)) : true)).sort((x, y) => x.start - y.start)[0];
      if (!subject) continue;
      // (该行董事长某某致辞…。该行还…: a sentence whose subject is itself 该行 hands on the unit it meant.)
      if (subject.anaphora) {
        unit = res.keyOf.get(subject.id);
        break;
      }
      // (该行甲支行行长某某介绍…。该行还…, 辖内甲支行走进社区。该行还…: a unit named as the unit's own is no new subject;
      // the sentence is still about the unit meant before it. A customer's or a partner's bank named inside a clause (客户称其在
      // 某银行的账户…, 与某银行签约), and a central bank in news of a commercial one (人民银行某支行派员授课), are none either.)
      // (A sponsor's or a guide's unit set aside before it, 由某农商银行发起设立的某村镇银行, 在县人民银行某某的陪同下，调研组
      // 来到某村镇银行, leaves the unit after it the sentence's subject, whatever words come between.)
      const afterAside = (res.bySentence.get(m.sentence - back) ?? []).some((x) => x.end <= subject.start && (x.type === 'Bank' || x.type === 'Branch') && asideInSentence(x));
      if (!kind && (namedThrough.has(subject.id) || (!afterAside && !OPENS_CLAUSE.test(text.slice(0, subject.start))) || (isCentral(res.keyOf.get(subject.id)!) && !(main && isCentral(main))))) continue;
      unit = res.keyOf.get(subject.id);
      break;
    }
    // (联社理事长甲、支行副行长乙, ，分行副行长乙: a bare 支行 or 分行 opening an item of a list of posts or a clause, before a
    // post of its head, is a unit of its kind the article names; none when it names none, never the article's unit of
    // another kind.)
    const sentence = res.r.sentences[m.sentence]?.text ?? '';
    const listed = /[、，,；;]/.test(sentence[m.start - 1] ?? '') && HEAD_POST_AFTER.test(sentence.slice(m.end));
    if (kind && m.name === kind && listed && unit && !res.nodes.get(unit)?.core?.endsWith(kind)) continue;
    if (unit && m.subUnit) subUnitOf(res, m, unit, kind);
    else if (unit) res.keyOf.set(m.id, unit);
  }
}

/**
 * The credit union or co-operative 该社 (联社, 信用社) means: of the first kind that finds one, the unit named last
 * before it in its sentence, else the first one of the two sentences before, else the one the article names most;
 * none when the article names none (a farmers' 合作社, a news agency's 该社 are no bank).
 */
function coOpUnit(res: FileResolution, m: Mention, kinds: RegExp[]): string | undefined {
  const fits = (x: Mention, kind: RegExp): boolean => {
    if (x.anaphora || (x.type !== 'Bank' && x.type !== 'Branch')) return false;
    const node = res.nodes.get(res.keyOf.get(x.id) ?? '');
    return node !== undefined && [node.name, ...node.aliases].some((a) => kind.test(a));
  };
  const article = res.articleOf(m.sentence).index;
  // (某联社走访了某合作社，该社社长某某: a 社 named after the last unit of the kind, no bank's, is the one meant.)
  const text = res.r.sentences[m.sentence]?.text ?? '';
  // (社区, 社会, 社员, 社保 name no body.)
  // (联社团委书记甲领奖，联社工会副主席乙致辞: nor is the 社 of a unit's name or of an earlier anaphor for a union or
  // co-operative, which means one of the kind itself.)
  const inUnit = (i: number): boolean => (res.bySentence.get(m.sentence) ?? []).some((x) => (x.type === 'Bank' || x.type === 'Branch') && x.start <= i && i < x.end);
  const lastShe = Math.max(-1, ...[...text.slice(0, m.start + 1).matchAll(/社(?![区會会员員保])/g)].map((x) => x.index).filter((i) => i < m.start && !inUnit(i)));
  for (const kind of kinds) {
    const near = (res.bySentence.get(m.sentence) ?? []).filter((x) => x.end <= m.start && fits(x, kind)).sort((x, y) => y.end - x.end || x.start - y.start)[0];
    if (near) return near.end > lastShe ? res.keyOf.get(near.id) : undefined;
    if (lastShe !== -1) return undefined;
    for (let back = 1; back <= 2 && m.sentence - back >= 0 && res.articleOf(m.sentence - back).index === article; back++) {
      const subject = (res.bySentence.get(m.sentence - back) ?? []).filter((x) => fits(x, kind)).sort((x, y) => x.start - y.start)[0];
      if (subject) return res.keyOf.get(subject.id);
    }
    const counts = new Map<string, number>();
    for (const x of res.byArticle[res.articlePosition(m.sentence)] ?? []) if (fits(x, kind)) counts.set(res.keyOf.get(x.id)!, (counts.get(res.keyOf.get(x.id)!) ?? 0) + 1);
    const most = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    if (most) return most;
  }
  return undefined;
}

/**
 * The sub-unit (营业部) of the unit meant: the node a full name (某分行营业部) would make, named so, with the
 * bare words as an alias and PART_OF the unit. Nothing when the unit meant is no unit of that kind (a bank).
 */
function subUnitOf(res: FileResolution, m: Mention, unit: string, kind: string | undefined): void {
  const parent = res.nodes.get(unit);
  if (!parent || parent.type !== 'Branch' || !kind || !parent.core?.endsWith(kind)) return;
  const core = canonicalCore(parent.core + m.subUnit!);
  const key = branchNodeKey({ bank: parent.bank ?? '', core });
  const child = res.addNode(key, 'Branch', res.nodes.get(key)?.name ?? parent.name + m.subUnit!, m, { bank: parent.bank ?? '', core, anchored: parent.anchored ?? false }, [m.name]);
  res.keyOf.set(m.id, child.key);
  res.addEdgeFor('PART_OF', child.key, parent.key, m, partOfNameChain.id, partOfNameChain.confidence);
}
