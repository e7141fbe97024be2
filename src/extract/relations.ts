/**
 * Relation candidates inside one sentence, between the mentions the rules
 * found: WORKS_AT (unit + role + name), RECEIVED (unit or person + 荣获/评为 +
 * honour), RUNS (unit + 开展/启动 + programme). A head of -1 stands for the
 * article's main unit (该行, or no subject at all), which resolution fills in.
 */
import type { Mention, RelationCandidate, RuleCtx, SentenceCtx } from './types.js';
import { pushTo } from '../util/collections.js';

export const ARTICLE_UNIT = -1;
/** Tail id standing for the mention's own Article node (AUTHORED). */
export const ARTICLE_NODE = -2;
/** Head id standing for the last unit named earlier in the paragraph. */
export const PREVIOUS_UNIT = -3;

const BANK_ROLES = /^(?:行长|副行长|行长助理|储蓄员|柜员|客户经理|理财经理|客服经理|大堂经理|网点负责人|营业室主任|网点主任|支行长|分行行长|员工|负责人)$/;
const HONOUR_TRIGGER = /荣获|获得|获评|评为|授予|荣膺|摘得|入选|喜获|斩获|称号|荣誉|作为|创建成果|成功创建|创成|蝉联|保持|被命名为|被确定为/;
const YEAR = /((?:19|20)\d{2})年/;

function isUnit(m: Mention): boolean {
  return m.type === 'Branch' || m.type === 'Bank';
}

/** Mentions that are not nested inside a longer mention of a unit (工行 inside 工行沈阳分行). */
function outer(ms: Mention[]): Mention[] {
  return ms.filter((m) => !ms.some((o) => o !== m && isUnit(o) && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

export function extractRelations(s: SentenceCtx, ctx: RuleCtx): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  // In text order: "nearest before" below depends on it.
  const here = outer([...ctx.inSentence(s.index)]).sort((a, b) => a.start - b.start || b.end - a.end);
  const units = here.filter(isUnit);
  const text = s.text;

  for (const p of here.filter((m) => m.type === 'Person' && m.role)) {
    const role = p.role!;
    // Walk left over 、-joined roles (董事长、党委书记石玉东) to the unit.
    let left = p.start - role.length;
    const chain = /(?:[\u4e00-\u9fff]{2,6}、)+$/.exec(text.slice(0, left));
    if (chain) left -= chain[0].length;
    if (text[left - 1] === '的') left--;
    const unit = units.find((u) => u.end === left);
    const after = units.find((u) => u.start > p.end && /^在/.test(text.slice(p.end, u.start)) && u.start - p.end <= 2);
    const head = p.id;
    if (unit) out.push({ type: 'WORKS_AT', head, tail: unit.id, sentence: s.index, rule: 'works_at.unit-role-name', confidence: 0.9, role });
    else if (after) out.push({ type: 'WORKS_AT', head, tail: after.id, sentence: s.index, rule: 'works_at.name-at-unit', confidence: 0.8, role });
    // 市分行行长 / 总行副行长 with no name for the unit: some other level than the article's unit, so no guess.
    else if (BANK_ROLES.test(role) && !/(?:分行|总行|省行|市行)$/.test(text.slice(0, left)) && !here.some((m) => m.type === 'Organization' && m.end <= p.start)) {
      out.push({ type: 'WORKS_AT', head, tail: ARTICLE_UNIT, sentence: s.index, rule: 'works_at.article-unit', confidence: 0.6, role });
    }
  }

  // 营口市分行所辖的鲅鱼圈区支行 / 向工街支行隶属于辽宁省分行: the text states the hierarchy.
  for (const a of units) {
    for (const b of units) {
      if (b.start <= a.end || a.type !== 'Branch' || b.type === 'Person') continue;
      const between = text.slice(a.end, b.start);
      if (/^(?:所辖|下辖|所属|辖内|旗下|下属)的?$/.test(between)) out.push({ type: 'PART_OF', head: b.id, tail: a.id, sentence: s.index, rule: 'part_of.stated', confidence: 0.9 });
      else if (/^(?:隶属于|隶属|属于|归属于?|是)$/.test(between) || /^(?:隶属于|隶属)[^，。]{0,12}下辖的$/.test(between)) out.push({ type: 'PART_OF', head: a.id, tail: b.id, sentence: s.index, rule: 'part_of.stated', confidence: 0.9 });
    }
  }

  // Persons found by POS tag alone carry a relation only when a stronger rule named them earlier in the file
  // (中央文明委 is not a person; 王建国, named after a role before, is).
  const confirmed = (m: Mention): boolean => (m.rule !== 'person.pos' && m.rule !== 'person.pos-marked') || ctx.strongPersons.has(m.name);
  // A bank's head office confers honours (被中国农业银行总行评为): it is not their subject.
  const subjects = here.filter((m) => (isUnit(m) && !(m.type === 'Bank' && /总行$/.test(m.surface))) || (m.type === 'Person' && confirmed(m)));
  // The nearest branch or person before; a bank only when no branch or person is named (the more specific actor wins).
  const subjectFor = (target: Mention): Mention | undefined => {
    const before = subjects.filter((m) => m.end <= target.start);
    const specific = before.filter((m) => m.type !== 'Bank');
    if (specific.length) return specific[specific.length - 1];
    if (before.length) return before[before.length - 1];
    return subjects.find((m) => m.start >= target.end && m.type !== 'Bank') ?? subjects.find((m) => m.start >= target.end);
  };

  const honours = here.filter((m) => m.type === 'Honour');
  honours.forEach((h, k) => {
    // The year of this honour: the last one written after the previous honour and before this one's clause ends
    // (2019年被…评为“A”，2022年又被…评为“B”).
    const from = k > 0 ? honours[k - 1]!.end : 0;
    const years = [...text.slice(from, h.start).matchAll(new RegExp(YEAR.source, 'g'))];
    const year = years.length ? years[years.length - 1] : YEAR.exec(clauseAround(text, h));
    receivedFor(h, year ?? null);
  });
  function receivedFor(h: Mention, year: RegExpExecArray | RegExpMatchArray | null): void {
    // The trigger must be in the honour's own clause: 涌现出“全国劳动模范” in a sentence that also says 获得 is no award.
    if (!HONOUR_TRIGGER.test(clauseAround(text, h))) return;
    const subj = subjectFor(h);
    const conferrer = conferrerOf(text, h);
    out.push({
      type: 'RECEIVED',
      head: subj ? subj.id : ARTICLE_UNIT,
      tail: h.id,
      sentence: s.index,
      rule: subj ? 'received.subject' : 'received.article-unit',
      confidence: subj ? 0.8 : 0.6,
      ...(conferrer ? { conferrer } : {}),
      ...(year ? { year: Number(year[1]) } : {}),
    });
  }

  for (const p of here.filter((m) => m.type === 'Programme')) {
    const subj = units.filter((m) => m.end <= p.start).pop() ?? units.find((m) => m.start >= p.end);
    if (subj) out.push({ type: 'RUNS', head: subj.id, tail: p.id, sentence: s.index, rule: 'runs.subject', confidence: 0.75 });
    // The sentence's own subject, when it opens the sentence (建行本溪分行……推广平山支行经验，让“劳动者港湾”……).
    const opener = units[0];
    // Only a unit that opens the sentence itself: 据农行鞍山分行介绍 names a source, not the actor.
    if (opener && opener !== subj && opener.end <= p.start && /^[\s“"]*$/.test(text.slice(0, opener.start)) && !/^(?:介绍|表示|称|透露|获悉)/.test(text.slice(opener.end))) {
      out.push({ type: 'RUNS', head: opener.id, tail: p.id, sentence: s.index, rule: 'runs.sentence-subject', confidence: 0.6 });
    }
    if (!subj) out.push({ type: 'RUNS', head: PREVIOUS_UNIT, tail: p.id, sentence: s.index, rule: 'runs.previous-unit', confidence: 0.55 });
  }
  return out;
}

function clauseAround(text: string, m: Mention): string {
  const before = text.slice(0, m.start);
  const from = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
  const rest = text.slice(m.end);
  const cut = rest.search(/[，,；;。]/);
  return text.slice(from, cut === -1 ? text.length : m.end + cut);
}

/** 总行级“工银先锋号”, 全国总工会“工人先锋号”, 被巴中市委、市政府评为: who conferred the honour. */
function conferrerOf(text: string, h: Mention): string | undefined {
  const before = text.slice(0, h.start).replace(/[“"]$/, '');
  const m = /(?:获得了?|荣获|授予|获评|、|，)([\u4e00-\u9fff]{2,10}?)(?:级|颁发的|授予的|的)?$/.exec(before);
  if (m && /总行|总工会|工会|委|政府|协会|联合会|部|局|银行|妇联|团中央|共青团/.test(m[1]!)) return m[1]!;
  const by = /被([\u4e00-\u9fff、]{2,16}?)(?:评为|授予)$/.exec(before);
  return by ? by[1] : undefined;
}

/**
 * A paragraph about one programme that goes through units one by one
 * (X支行发挥“工行驿站”特色……；Y支行结合……；Z支行的“工行驿站”……): each unit that
 * opens a clause takes part in it. Only programmes named at least twice in
 * the paragraph count as its topic.
 */
export function paragraphTopicRuns(paragraph: SentenceCtx[], ctx: RuleCtx): RelationCandidate[] {
  const mentions = paragraph.flatMap((s) => ctx.inSentence(s.index));
  const counts = new Map<string, Mention[]>();
  for (const m of mentions.filter((x) => x.type === 'Programme')) pushTo(counts, m.name, m);
  const topics = [...counts.values()].filter((ms) => ms.length >= 2).map((ms) => ms[0]!);
  if (topics.length !== 1) return [];
  const topic = topics[0]!;
  const out: RelationCandidate[] = [];
  for (const s of paragraph) {
    for (const m of ctx.inSentence(s.index)) {
      if (m.type !== 'Branch' || m.anaphora) continue;
      const before = s.text.slice(0, m.start);
      if (before !== '' && !/[；;。]\s*$/.test(before)) continue;
      out.push({ type: 'RUNS', head: m.id, tail: topic.id, sentence: s.index, rule: 'runs.paragraph-topic', confidence: 0.5 });
    }
  }
  return out;
}
