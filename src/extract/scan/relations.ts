/**
 * What the relation rules of one sentence share: its mentions in text order
 * without those nested in a longer unit's name, the units among them, and
 * the decisions that several rules split between them (which unit a person
 * works at, who received an honour), made once.
 */
import { cues } from '../cues.js';
import { isRole, PHOTO_PLACE, RANK_BEFORE_POST } from './persons.js';
import type { Token } from '../../segment/jieba.js';
import { LIST_NUMBER_SOURCE } from '../../text/list-number.js';
import { CREDIT_RULES, SPONSOR_AFTER, type Mention, type RuleCtx, type SentenceCtx } from '../types.js';
import { inLabelledList, labelledHonours } from './labelled-honours.js';

export interface SentenceView {
  /** Mentions in text order, without those nested inside a longer unit mention (工行 inside 工行沈阳分行). */
  here: Mention[];
  units: Mention[];
}

export function isUnit(m: Mention): boolean {
  return m.type === 'Branch' || m.type === 'Bank';
}

export function sentenceView(s: SentenceCtx, ctx: RuleCtx): SentenceView {
  return ctx.memo(s, 'relations.view', () => {
    const ms = ctx.inSentence(s.index);
    // In text order: "nearest before" below depends on it.
    const here = ms.filter((m) => !ms.some((o) => o !== m && isUnit(o) && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)).sort((a, b) => a.start - b.start || b.end - a.end);
    return { here, units: here.filter(isUnit) };
  });
}

/** (article-unit's `outlet`: the post is one of a 支行 or 网点 named by its bare word, 支行行长, 该支行副行长.) */
export type WorksAt = { kind: 'unit-role-name'; unit: Mention; joint?: Mention; paired?: Map<Mention, Mention>; role?: string } | { kind: 'name-at-unit'; unit: Mention } | { kind: 'sentence-unit'; unit: Mention } | { kind: 'article-unit'; role?: string; outlet?: boolean } | { kind: 'article-bank' } | { kind: 'article-branch' } | { kind: 'none' };

/**
 * Where a person named after a role works: the unit right before the role, the unit after 在, or the article's own
 * unit. Five relation rules ask it of each person; it is worked out once per person and sentence.
 */
export function worksAt(p: Mention, s: SentenceCtx, ctx: RuleCtx): WorksAt {
  const known = ctx.memo(s, 'relations.works-at', () => new Map<Mention, WorksAt>());
  let w = known.get(p);
  if (!w) {
    w = findWorksAt(p, s, ctx);
    known.set(p, w);
  }
  return w;
}

/** The name of another body before its post, after the posts held at a bank: no bank's unit word in it, at most 20 characters. */
const OTHER_BODY_NAME = /[、，,]([^、，,。；;：:（）()“”]{2,20})$/;

/**
 * 行长，外汇局某分局局长某某: where a person's last post is another body's (局长), the bank's post before the
 * separator and that body's name; none when the body's name holds a bank's unit.
 */
function heldBeforeOtherBody(left: number, role: string, s: SentenceCtx, ctx: RuleCtx): Token | undefined {
  const c = cues(ctx.lex);
  if (!c.otherBodyPost.test(role)) return undefined;
  const m = OTHER_BODY_NAME.exec(s.text.slice(Math.max(0, left - 21), left));
  if (!m) return undefined;
  const sep = left - m[0].length;
  if (ctx.inSentence(s.index).some((u) => (u.type === 'Bank' || u.type === 'Branch') && u.start < left && u.end > sep)) return undefined;
  const post = s.tokens.find((t) => t.start + t.word.length === sep && isRole(t, ctx, c) && !c.otherBodyPost.test(t.word));
  return post;
}

/** Between a named unit and a post: an unnamed unit under it (旗下分行, 下属的网点). */
const UNDER_UNIT = /(?:旗下|下属|下屬|所属|所屬)的?(?:分行|支行|网点|網點|营业网点|營業網點|分支机构|分支機構)$/;

/** Between a unit and 由 before a post and its holder: nothing, a word of when, or 并 after a comma. */
const LED_BY_GAP = /^(?:日前|近日|近期|昨日|昨天|今日|今天|当天|当日|[，,]?并)?$/;

/** A bare unit word right before a post (分行经理, 支行行长): which level the post is of. */
const BARE_LEVEL = /(?:分行|支行|营业部|营业室)$/;

function findWorksAt(p: Mention, s: SentenceCtx, ctx: RuleCtx): WorksAt {
  const { here, units } = sentenceView(s, ctx);
  const text = s.text;
  const role = p.role!;
  // 、-joined roles (董事长、党委书记某某) are walked over by unitBeforeTitles.
  let left = p.unitBefore ?? p.start - role.length;
  if (text[left - 1] === '的') left--;
  // (「某信用合作社某分社」行員某某: the unit may be quoted.)
  if (/[」”"』]/.test(text[left - 1] ?? '')) left--;
  // (中國信託商業銀行（中信銀行）董事長某某: the unit's short name in brackets.)
  if (/[）)]/.test(text[left - 1] ?? '') && units.some((u) => u.end === left - 1 && /[（(]/.test(text[u.start - 1] ?? ''))) left--;
  const unit = units.find((u) => u.end === left) ?? unitBeforeTitles(units, here, s, ctx, left);
  // (人民银行某中心支行党委书记、行长，外汇局某分局局长某某: a post of another body last, after 、 or a comma, and
  // the bank's posts before it: the person holds the last of those at the bank too.)
  if (!unit) {
    const held = heldBeforeOtherBody(left, role, s, ctx);
    const at = held ? (units.find((u) => u.end === held.start) ?? unitBeforeTitles(units, here, s, ctx, held.start)) : undefined;
    if (held && at) return { kind: 'unit-role-name', unit: at, role: held.word };
  }
  // (某某金控暨某某銀行董事長某某: one person holds the post at both bodies joined by 暨.)
  const joint = unit ? units.find((u) => u.end === unit.start - 1 && text[u.end] === '暨') : undefined;
  // (甲支行、乙支行行长某某、某某分别发言: each at the unit of the same place in the list.)
  const paired = unit ? postsPairedRespectively(unit, s, ctx) : undefined;
  if (paired?.has(p)) return { kind: 'unit-role-name', unit: paired.get(p)!, paired };
  // (农行网点主任某某: a post of one outlet, 网点…, right after a bank's bare name is at the outlet the story is in. The
  // role is read from the text in Simplified, whatever the script of the file.)
  if (unit?.type === 'Bank' && unit.end === left && role.startsWith('网点')) return { kind: 'article-unit', outlet: true };
  if (unit) return { kind: 'unit-role-name', unit, ...(joint ? { joint } : {}) };
  // 某支行由经理某某带领同仁…, 某分行由工会主席某某带队: the unit right before 由 is led by the post's holder.
  // (该行近日由行长某某率同员工…, 某银行，并由总经理某某上台受奖: a word of when, or 并 after a comma, may stand
  // between.)
  const ledBy = text[left - 1] === '由' ? units.find((u) => u.end <= left - 1 && LED_BY_GAP.test(text.slice(u.end, left - 1))) : undefined;
  if (ledBy && !cues(ctx.lex).otherBodyPost.test(role) && !cues(ctx.lex).publicNoun.has(role)) return { kind: 'unit-role-name', unit: ledBy };
  // 某银行旗下分行员工某某, 某行下属网点负责人某某: a post in an unnamed unit under a named one is at the named one.
  const under = UNDER_UNIT.exec(text.slice(0, left))?.[0];
  const above = under ? units.find((u) => u.end === left - under.length) : undefined;
  if (above) return { kind: 'unit-role-name', unit: above };
  // 为某茶厂负责人某某办理贷款, 公司总经理某某说: a post right after the name of another body (a company, a farm, a
  // school) is at that body, whether or not it was read as one; a bank's front-line post (公司客户经理) is not.
  // (某公司的财务经理某某在某支行办理业务: so also when the person is at a bank's unit.)
  if (cues(ctx.lex).otherBodyWord.test(text.slice(0, left)) && !cues(ctx.lex).frontLineRole.has(role)) return { kind: 'none' };
  // (记者某某在某支行采访: a reporter is at the unit, not of it.)
  const after = cues(ctx.lex).reporterBefore.test(text.slice(0, p.start)) ? undefined : units.find((u) => u.start > p.end && /^在/.test(text.slice(p.end, u.start)) && u.start - p.end <= 2);
  if (after) return { kind: 'name-at-unit', unit: after };
  // 近日，记者走访了某分行。党委书记某某强调…: a unit's own post opening its sentence is at the unit the sentence before
  // named last.
  // (某银行为一家服装厂发放贷款。总经理某某说: after a sentence that goes on to another body, the post is that body's.)
  const before = unitOfSentenceBefore(p, here, s, ctx, left);
  if (before === 'other') return { kind: 'none' };
  if (before) return { kind: 'sentence-unit', unit: before };
  // 杭州银行在公告中强调，…董事长某某将代为履行: a top post with no unit of its own is one at the unit the sentence
  // is about, named first as its subject (after a date at most), when no other unit, organisation or person
  // stands between.
  if (cues(ctx.lex).topPost.has(role)) {
    const first = here[0];
    // (A short clause of time or condition may open the sentence: 正式批准后，某行将回归由行长甲…构成的架构.)
    // (Others with a post may stand before in a list: 董事长甲、总经理乙亲自出席: both are the unit's.)
    const listedBefore = (m: Mention): boolean => m.type === 'Person' && m.role !== undefined && LIST_GOES_ON.test(text.slice(m.end));
    // (A name jieba's tags alone suggest, inside an honour's quoted name (“卓越服务奖”), is no one between.)
    const someone = (m: Mention): boolean => m.type === 'Person' && !listedBefore(m) && (m.strength === 'certain' || ctx.certainPersons.has(m.name)) && !here.some((t) => t !== m && t.type !== 'Person' && t.start <= m.start && m.end <= t.end);
    // (农行某支行…，分行行长某某: a bare unit word before the post names another level than a subject that does not
    // end in it.)
    const level = BARE_LEVEL.exec(text.slice(0, left))?.[0];
    const sameLevel = (u: Mention): boolean => level === undefined || text.slice(u.start, u.end).endsWith(level);
    if (first && first.end <= left && opensSentence(first, text) && sameLevel(first) && !here.some((m) => m !== first && m !== p && m.start >= first.end && m.start < p.start && (isUnit(m) || m.type === 'Organization' || someone(m)))) return { kind: 'sentence-unit', unit: first };
    // 由董事长某某代为主持日常工作: a top post in a sentence that names no unit nor other body is one at
    // the bank the article is about, when the article is about a whole bank.
    // (Posts a branch has too, 行长, go on to the article's unit below.)
    if (!cues(ctx.lex).articleUnitRole.has(role) && !here.some((m) => isUnit(m) || m.type === 'Organization') && !PUBLIC_POST.test(text.slice(Math.max(0, left - 6), left))) return { kind: 'article-bank' };
  }
  // 市分行行长 / 总行副行长 with no name for the unit: some other level than the article's unit, so no guess.
  // Any post of a bare 支行 or 网点 opening the clause (支行党支部书记某某, 网点主任某某) is one at the article's unit.
  const clause = /[^，,。；;：:、\s“”"]*$/.exec(text.slice(0, left))![0];
  const bareUnit = /^(?:据)?(?:该|本|我)?(?:支行|网点)[\u4e00-\u9fff]{0,5}$/.test(clause);
  // 交给了营业部主任王霞: jieba reads 营业部 / 主任; the post with its bare unit word is one of the article's unit.
  const bareWord = /(?:营业部|营业室|网点|支行)$/.exec(text.slice(0, left))?.[0];
  const bareOutletPost = bareWord !== undefined && (cues(ctx.lex).frontLineRole.has(bareWord + role) || cues(ctx.lex).articleUnitRole.has(bareWord + role));
  // (支行行长某某, 该支行副行长某某: the post of a 支行 named by its bare word is at the outlet the story is in, as a
  // front-line post is; in a 分行's article that is the 支行 named last, not the 分行.)
  const outlet = /^(?:据)?该?(?:支行|网点)/.test(clause);
  if ((cues(ctx.lex).articleUnitRole.has(role) || cues(ctx.lex).frontLineRole.has(role) || bareUnit || bareOutletPost) && !/(?:分行|总行|省行|市行)$/.test(text.slice(0, left)) && !here.some((m) => m.type === 'Organization' && m.end <= p.start)) return bareOutletPost ? { kind: 'article-unit', role: bareWord + role } : { kind: 'article-unit', ...(bareUnit && outlet ? { outlet } : {}) };
  // 副市长甲、分行行长乙出席; 某分行行长甲到某支行调研，分行副行长乙陪同: a post of a bare 分行 opening its clause is at
  // the 分行 the sentence named last before it.
  // (镇长甲和支行行长乙: so is one of a bare 支行 or 分行 after 和 or 、 in a list of other bodies' posts and names, at
  // the unit of that level named last.)
  const bareLevel = /^该?(分行)$/.exec(clause)?.[1] ?? /(?:^|[和与及、])该?(分行|支行)$/.exec(clause)?.[1];
  if (bareLevel) {
    const named = units.filter((u) => u.end <= p.start && text.slice(u.start, u.end).endsWith(bareLevel)).pop();
    if (named) return { kind: 'sentence-unit', unit: named };
    // (某分行召开会议。分行行长某某作报告: with no unit nor other body named before it in the sentence, the 分行 the
    // article is about, if it is one.)
    if (!here.some((m) => (isUnit(m) || m.type === 'Organization') && m.end <= p.start) && !cues(ctx.lex).otherBodyPost.test(role)) return { kind: 'article-branch' };
  }
  const subject = clauseSubjectBefore(p, here, s, ctx, left);
  if (subject) return { kind: 'sentence-unit', unit: subject };
  const colleague = colleagueUnitBefore(p, here, s, ctx, left);
  return colleague ? { kind: 'sentence-unit', unit: colleague } : { kind: 'none' };
}

/** Before a post that opens its sentence: nothing, or one short clause of when or where (会上，), maybe 该行. */
const OPENS_WITH_POST = /^(?:[^，,。；;：:“”"「」]{1,8}[，,])?(?:该行|该支行|该分行|该网点)?$/;
/** A government's or a public body's name in a sentence (某市教育局, 某街道): a body other than the unit. */
const PUBLIC_BODY = /[\u4e00-\u9fff](?:局|厅)|政府|人大|政协|派出所|法院|检察院|公安|街道|管委会/;

/**
 * 近日，记者走访了某分行。党委书记某某强调…; 某银行召开职代会。工会主席某某作报告: a unit's own post (dict/cues/unit-own-post.txt)
 * that opens its sentence, with no one and nothing named before it, is at the unit the sentence before (in the same
 * paragraph) named last, when no one after that unit is named; when another body is (走进某村, 为某公司, 与某教育局), the
 * post is that body's ('other').
 */
function unitOfSentenceBefore(p: Mention, here: Mention[], s: SentenceCtx, ctx: RuleCtx, left: number): Mention | 'other' | undefined {
  const c = cues(ctx.lex);
  const role = p.role!;
  // (党/n 支部书记/role 某某: jieba may leave the party's word before the post; the two are the unit's own 党支部书记.)
  const party = /[党黨]$/.test(s.text.slice(0, left)) && c.unitOwnPost.has(`党${role}`);
  if ((!c.unitOwnPost.has(role) && !party) || c.otherBodyPost.test(role) || left > p.start) return undefined;
  const lead = s.text.slice(0, party ? left - 1 : left);
  if (!OPENS_WITH_POST.test(lead) || PUBLIC_POST.test(lead) || here.some((m) => m !== p && m.start < p.start)) return undefined;
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph || prev.article !== s.article) return undefined;
  const named = sentenceView(prev, ctx).here;
  const unit = named.filter(isUnit).pop();
  if (!unit) return undefined;
  if (named.some((m) => m.start >= unit.end && m.type === 'Organization') || c.otherBodyWordIn.test(prev.text.slice(unit.end)) || PUBLIC_BODY.test(prev.text.slice(unit.end))) return 'other';
  return named.some((m) => m.start >= unit.end && m.type === 'Person') ? undefined : unit;
}

/**
 * 会议由某行行长甲主持，党委书记、董事长乙作报告: a post with no unit that opens the clause after one whose person holds a
 * post at a named unit: the two are colleagues at that unit, when only posts stand before the name in its clause
 * and no other unit, organisation or person stands between. Posts of a government, a village or the public are
 * no one's at the unit.
 */
function colleagueUnitBefore(p: Mention, here: Mention[], s: SentenceCtx, ctx: RuleCtx, left: number): Mention | undefined {
  const c = cues(ctx.lex);
  const role = p.role!;
  const text = s.text;
  // (Only a post written before its name: the colleague is found before the post's clause, never at the name.)
  if (left > p.start || c.otherBodyPost.test(role) || c.publicNoun.has(role) || PUBLIC_POST.test(role)) return undefined;
  const clauseStart = Math.max(...[...text.slice(0, left).matchAll(/[，,；;]/g)].map((m) => m.index + 1), 0);
  if (clauseStart === 0) return undefined;
  // (Only posts, joined by 、, before the name in its clause: 党委书记、董事长.)
  const lead = s.tokens.filter((t) => t.start >= clauseStart && t.start < left);
  if (lead.some((t) => t.word !== '、' && !isRole(t, ctx, c)) || lead.some((t) => c.otherBodyPost.test(t.word) || PUBLIC_POST.test(t.word))) return undefined;
  const q = here.filter((m) => m !== p && m.type === 'Person' && m.end < clauseStart).pop();
  if (!q?.role || here.some((m) => m !== q && m !== p && m.start >= q.end && m.start < p.start)) return undefined;
  // (One clause boundary between the two: 甲主持，乙讲话.)
  if ([...text.slice(q.end, clauseStart - 1).matchAll(/[，,；;]/g)].length > 0) return undefined;
  const w = worksAt(q, s, ctx);
  return w.kind === 'unit-role-name' ? w.unit : undefined;
}

/** Before a clause's subject: nothing, a date, or a word that picks it out of a list (其中). */
const BEFORE_CLAUSE_SUBJECT = /(?:^|[，,；;：:])\s*(?:其中[，,]?|同时[，,]?|随后[，,]?)?[\s0-9０-９年月日号上下午晚早]*$/;
/** A post held with the next one, before it: 纪委书记兼, 党委委员、. */
const HELD_WITH_BEFORE = /([\u4e00-\u9fff]{2,8})(?:、|兼任?)$/;

/** Before a post that opens the next clause: nothing, a word of who acts (由, 并由, 不止), or a department (党委组织部). */
const BEFORE_CLAUSE_POST = /(?:^|[，,；;])(?:并|又|还)?(?:由|请|不止|不仅|包括)?(?:[\u4e00-\u9fff]{1,6}(?:部|室|处|委|中心|工会|团委))?$/;

/**
 * 某支行举行表彰会，党委办公室主任某某为员工颁奖; 该行召开工作会议，纪委书记某某作报告; 其中，某行最为重视，不止董事长甲、
 * 总经理乙到场: a post of a unit's own that opens the clause after one whose subject is a unit, with
 * no other unit, organisation or person between: the post is that unit's. Posts of a government, a village or the
 * public (村支书, 客户) are no one's at the unit.
 */
function clauseSubjectBefore(p: Mention, here: Mention[], s: SentenceCtx, ctx: RuleCtx, left: number): Mention | undefined {
  const c = cues(ctx.lex);
  const role = p.role!;
  const text = s.text;
  if (c.otherBodyPost.test(role) || c.publicNoun.has(role) || PUBLIC_POST.test(role)) return undefined;
  // (董事长甲、总经理乙: a post and name listed with 、 after another's is at the same unit as that one.)
  const previous = text[left - 1] === '、' ? here.filter((m) => m.type === 'Person' && m.role !== undefined && m.end === left - 1).pop() : undefined;
  if (previous) return clauseSubjectBefore(previous, here, s, ctx, previous.unitBefore ?? previous.start - previous.role!.length);
  // (某分行获评…，分行经理某某: the post of a bare unit word is the subject's when the subject's name ends in that
  // word; after a 支行 as the subject, 分行行长 is some other unit's.)
  const level = BARE_LEVEL.exec(text.slice(0, left))?.[0];
  const postLeft = level !== undefined && BEFORE_CLAUSE_POST.test(text.slice(0, left - level.length)) ? left - level.length : left;
  // (纪委书记兼工会主席某某, 党委委员、副行长兼风险总监某某: the unit's own posts joined by 、 or 兼 before the post are
  // held with it.)
  let heldFrom = postLeft;
  for (let m = HELD_WITH_BEFORE.exec(text.slice(0, heldFrom)); m && c.roleSuffix.test(m[1]!) && !PUBLIC_POST.test(m[1]!) && !c.otherBodyPost.test(m[1]!); m = HELD_WITH_BEFORE.exec(text.slice(0, heldFrom))) heldFrom -= m[0].length;
  if (!BEFORE_CLAUSE_POST.test(text.slice(0, heldFrom))) return undefined;
  const postClause = /[^，,；;]*$/.exec(text.slice(0, heldFrom))![0];
  if (PUBLIC_POST.test(postClause)) return undefined;
  const clauseStart = heldFrom - postClause.length;
  if (clauseStart === 0) return undefined;
  const unit = here.filter((m) => isUnit(m) && m.end <= clauseStart).pop();
  if (!unit || !BEFORE_CLAUSE_SUBJECT.test(text.slice(0, unit.start))) return undefined;
  if (postLeft !== left && !text.slice(unit.start, unit.end).endsWith(level!)) return undefined;
  // (One clause at most between the unit's and the post's: 某行举办了仪式，党委书记某某…)
  if ([...text.slice(unit.end, clauseStart - 1).matchAll(/[，,；;]/g)].length > 0) return undefined;
  // (Others with a post may stand before in a list: 董事长甲、总经理乙: both are the unit's.)
  const listed = (m: Mention): boolean => m.type === 'Person' && m.role !== undefined && LIST_GOES_ON.test(text.slice(m.end));
  // (The department before the post, 党委组织部, is the unit's own.)
  if (here.some((m) => m !== unit && m !== p && m.start >= unit.end && m.start < p.start && (isUnit(m) || (m.type === 'Organization' && m.start < clauseStart) || (m.type === 'Person' && !listed(m) && (m.strength === 'certain' || ctx.certainPersons.has(m.name)))))) return undefined;
  return unit;
}

/**
 * The unit the sentence is about: a unit named first, after a date at most or one or two short clauses of
 * time or condition (正式批准后，某行将…; 在行长空缺两个月后，6月28日，某行发布公告…).
 */
export function opensSentence(first: Mention, text: string): boolean {
  // (…多家银行出现人事变动，以某银行为例，…: the unit taken as the example is what the sentence goes on about.)
  return isUnit(first) && (LEADING_DATE.test(text.slice(0, first.start)) || /^(?:[^，,。；;]{1,10}[，,]){1,2}$/.test(text.slice(0, first.start)) || (/(?:^|[，,]\s*)以$/.test(text.slice(0, first.start)) && /^为例\s*[，,]/.test(text.slice(first.end))));
}

/**
 * 某银行某分行副总经理、团委书记某某, 某银行执行董事兼首席执行官某某, 某农商银行北区普惠金融服务中心主管某某:
 * the nearest unit before a run of titles and departments, when nothing between them is a verb of its own or
 * another organisation (邀请市公安局民警某某 is no staff of the unit).
 */
/** The name of a body inside a unit, or one it sends out: a department, an office, a team (工作队, 服务队). */
const BODY_WORD = /(?:办公室|中心|部|室|处|科|组|工作队|服务队|突击队)$/;

function unitBeforeTitles(units: Mention[], here: Mention[], s: SentenceCtx, ctx: RuleCtx, left: number): Mention | undefined {
  const unit = units.filter((u) => u.end <= left).pop();
  if (!unit) return undefined;
  // 某营业部党委书记、总经理甲，党委委员、副总经理乙: after a comma that closes a name of the run, the run goes on
  // with the next posts and name, at the same unit.
  const personEndsAt = (at: number): boolean => here.some((m) => m.type === 'Person' && m.start >= unit.end && m.end === at);
  // (董事甲、乙、埃文斯，总监丙: the list's last item may be a foreign name written for its sounds, which no rule reads
  // as a name; the comma after it closes the list all the same.)
  const foreignLast = (at: number): boolean => {
    const item = FOREIGN_LAST.exec(s.text.slice(unit.end, at));
    return item !== null && personEndsAt(at - item[0].length);
  };
  const commaAfterPerson = (at: number): boolean => personEndsAt(at) || foreignLast(at);
  // (A caption's place in the photo may follow a post: 某银行甲总经理（左三）、乙协理（左二）; a finance portal prints a
  // share price after a listed bank's name: 某银行(5.550, 0.02, 0.36%)副行长某某.)
  const photo = [...s.text.slice(unit.end, left).matchAll(ASIDE)].map((m) => [unit.end + m.index, unit.end + m.index + m[0].length] as const);
  const inPhoto = (at: number): boolean => photo.some(([a, b]) => at >= a && at < b);
  const commas = [...s.text.slice(unit.end, left).matchAll(/[，,]/g)].map((m) => unit.end + m.index).filter((at) => !inPhoto(at));
  // (Each item of a run of posts and names, 甲部总经理某、乙部总经理某、丙部总经理某, may take as much room.)
  const items = commas.length + [...s.text.slice(unit.end, left).matchAll(/、/g)].length;
  if (!commas.every(commaAfterPerson) || left - unit.end > 24 * (items + 1) + (photo.length ? 24 : 0)) return undefined;
  const gap = s.text.slice(unit.end, left).replace(ASIDE, '');
  // Other people may stand in the run when it lists posts and names with 、 (彰银董事长某某、总经理某某).
  // (Written name first, post after, as Hong Kong, Macau and Taiwan news do: 甲总经理（左三）、乙协理.)
  const listedPerson = (m: Mention): boolean => {
    if (m.type !== 'Person') return false;
    let rest = s.text.slice(m.end);
    const ranked = rest.replace(RANK_BEFORE_POST, '');
    if (m.role && ranked.startsWith(m.role)) rest = ranked.slice(m.role.length);
    return LIST_GOES_ON.test(rest) || (/^[，,]/.test(rest) && commaAfterPerson(m.end));
  };
  // (A place that names the bank's own region, 某银行香港区副行政总裁, stands in the run as 亚太区 does.)
  const region = (m: Mention): boolean => m.type === 'Place' && s.text[m.end] === '区' && GROUP_REGION.test(s.text.slice(m.start, m.end + 1));
  // (A committee right after the bank is its own, 某銀行行政委員會主席, 某银行风险管理委员会主任; not a regulator, whose
  // name may start with a bank's, 中国银行保险监督管理委员会.)
  const ownCommittee = (m: Mention): boolean => m.type === 'Organization' && m.start === unit.end && OWN_COMMITTEE.test(s.text.slice(m.start, m.end));
  if (!/^[\u4e00-\u9fff、，,]*$/.test(gap) || here.some((m) => m.start >= unit.end && m.start < left && !listedPerson(m) && !region(m) && !ownCommittee(m))) return undefined;
  const c = cues(ctx.lex);
  const inGap = s.tokens.filter((t) => t.start >= unit.end && t.start < left && !inPhoto(t.start));
  // (某农商银行东南片区信用工程推进办公室主管某某: a verb may stand inside a department's own name.)
  // (某县支行调查统计股股长: a 股 is a department too.)
  // (某县支行货币信贷股副股长: jieba may leave the rank alone, 股/q 副/b 股长/n, the post read without it.)
  const department = /(?:办公室|中心|部|室|处|科|股|组|委员会)副?$/.test(gap);
  const departmentEnd = gap.endsWith('副') ? left - 1 : left;
  // (某分行驻某村乡村振兴工作队第一书记、队长某某: a verb inside the name of a team or a department the posts belong
  // to, wherever the posts after it end.)
  const lastBody = inGap.filter((t) => BODY_WORD.test(t.word) && !/^(?:v|vd|p|c|d|r|m|q)$/.test(t.tag)).pop();
  // (After a comma the posts must be the unit's: 县委副书记、县长某某 or 某村党支部书记某某 go with a place.)
  const firstComma = commas[0] ?? left;
  // (A bank's own region of the world, 亚太区行政总裁, is no place's government; nor is a character jieba tags as a
  // place inside a name of the run, 聂/德/伟, or inside a foreign name of a list of names, written for its sounds,
  // which no rule reads as a name: 、梅/尔/莫、.)
  const foreign = [...s.text.slice(unit.end, left).matchAll(FOREIGN_ITEM_OF_RUN)].map((m) => unit.end + m.index).filter(personEndsAt);
  const inName = (t: Token): boolean => here.some((m) => m.type === 'Person' && m.start <= t.start && t.start < m.end) || foreign.some((at) => t.start > at && t.start <= at + 4 && !/[、，,]/.test(s.text.slice(at + 1, t.start + 1)));
  if (inGap.some((t) => t.start > firstComma && !GROUP_REGION.test(t.word) && !inName(t) && (t.tag === 'ns' || PUBLIC_POST.test(t.word)))) return undefined;
  // (和 or 与 goes on with a post of the same unit, 副行长甲和副行长乙, not with another body's: 甲和华山副秘书长乙; and
  // Hong Kong's 同, 和 in Cantonese: 行政總裁甲同副行政總裁乙.)
  // (甲经理和乙主任: or with a name written before its own post, as the first was.)
  const andPost = (t: Token): boolean => {
    const next = s.tokens[s.tokens.indexOf(t) + 1];
    // (副总经理甲与乙、营销总监丙: or with a second name of the same post, the run going on after it.)
    return next !== undefined && (isRole(next, ctx, c) || here.some((m) => m.type === 'Person' && m.start === next.start && ((m.role !== undefined && s.text.startsWith(m.role, m.end) && !c.otherBodyPost.test(m.role) && !PUBLIC_POST.test(m.role)) || (m.end < left && s.text[m.end] === '、'))) || leadThenPost(next.start));
  };
  // (行长甲和党支部书记乙, 副行长甲和个贷部经理乙: or with the party's, a charge or a department of the unit, then a post.)
  const leadThenPost = (at: number): boolean => {
    const lead = POST_LEAD.exec(s.text.slice(at))?.[0];
    const post = lead ? s.tokens.find((x) => x.start === at + lead.length) : undefined;
    return lead !== undefined && post !== undefined && isRole(post, ctx, c) && !PUBLIC_POST.test(lead) && !PUBLIC_POST.test(post.word) && !c.otherBodyPost.test(post.word) && !/社区|街道|公司|学校|医院/.test(lead);
  };
  // (A name of the run may be cut by jieba into a verb and more, 戴/v 国/n 良/a: its tokens are the name's.)
  // (国库股股长甲、货币信贷股股长乙: the 股 of an earlier item's department, jieba's 股/q, stands right before that item's post.)
  const beforePost = (t: Token): boolean => {
    const k = s.tokens.indexOf(t);
    const next = s.tokens[k + 1]?.word === '副' ? s.tokens[k + 2] : s.tokens[k + 1];
    return next !== undefined && isRole(next, ctx, c);
  };
  // (某银行第四届董事会独立董事某某: the board's term, a number to jieba, names the board of the bank before it.)
  const ok = inGap.every((t) => inName(t) || BOARD_TERM.test(t.word) || (/^[处科股]$/.test(t.word) && ((department && t.start + t.word.length === departmentEnd) || beforePost(t))) || t.word === '、' || /^[，,]$/.test(t.word) || t.word === '及' || t.word === '以及' || (/^[和与同]$/.test(t.word) && andPost(t)) || t.word === '的' || c.rolePhraseVerb.has(t.word) || ((department || (lastBody !== undefined && t.start < lastBody.start)) && /^(?:v|vn)$/.test(t.tag)) || (!/^(?:v|vd|p|c|u|uj|ul|ud|d|r|m|q|f|t)$/.test(t.tag) && !c.notInName.has(t.word)));
  return ok ? unit : undefined;
}

/** An item's opening before a name: the sentence's start, a colon or a semicolon, maybe a list number, maybe a short clause ending in 的. */
const OPENS_ITEM = new RegExp(`(?:^|[：:；;])\\s*(?:${LIST_NUMBER_SOURCE}\\s*)?(?:[^，,。；;：:、“”"]{2,12}的)?$`);
/** The term of a bank's board (第四届, 第十一届), a number to jieba. */
const BOARD_TERM = /^第[一二三四五六七八九十\d０-９]+届$/;

/** A listed bank's share price as finance portals print it after the name: (5.550, 0.02, 0.36%). */
const STOCK_QUOTE = /[（(]\s*-?[0-9.]+\s*[,，]\s*-?[0-9.]+\s*[,，]\s*-?[0-9.]+%\s*[）)]/;
/** A listed bank's stock code as Taiwan and Hong Kong news print it after the name: (2836), （0011）. */
const STOCK_CODE = /[（(]\d{3,6}(?:\.[A-Z]{2})?[）)]/;
/** What may stand aside in a run of titles: a place in a photo, a share price, a stock code. */
const ASIDE = new RegExp(`${PHOTO_PLACE.source}|${STOCK_QUOTE.source}|${STOCK_CODE.source}`, 'g');

/** The last item of a list of names, after its 、: two to four characters. */
const FOREIGN_LAST = /、[\u4e00-\u9fff]{2,4}$/;
/** An item of a list of names, after a 、 and before the next 、 or comma: two to four characters. */
const FOREIGN_ITEM_OF_RUN = /、[\u4e00-\u9fff]{2,4}(?=[、，,])/g;

/** A bank's own committee by its name: a field of the bank's work or governance and 委员会 (行政委员会, 风险管理委员会). */
const OWN_COMMITTEE = /^(?![\u4e00-\u9fff]*(?:监督|监管|保险|证券|协会|公会))[\u4e00-\u9fff]{2,10}委员会$/;

/** A region of the world a bank group runs as one (亚太区, 大中华区): its posts are the group's, not a place's. */
const GROUP_REGION = /^(?:亚太|亚洲|大中华|中国|香港|澳门|台湾|东南亚|东亚|南亚|中东|欧洲|美洲|北美|拉美|环球|全球|国际)区$/;

/** Words of a post in a local government or a village, not at a bank. */
const PUBLIC_POST = /[县镇村乡局厅省市区]|政府|人大|政协/;

/** Before a post in a run of titles, after 和: the party's, a charge, or a department (党支部书记, 分管副行长, 个贷部经理). */
const POST_LEAD = /^(?:[党黨团團]|分管|[\u4e00-\u9fff]{1,6}?(?:部|室|中心|组|組))/;

/**
 * After a person in a run of titles, the run lists another (its photo place read over: 甲（左三）、乙; and a form of
 * address: 行政總裁甲先生及總經理乙先生).
 */
const LIST_GOES_ON = new RegExp(`^(?:${PHOTO_PLACE.source})?(?:先生|女士|小姐|博士)?(?:、|及|和|与|同)`);

/**
 * Between two units of a list: 、, 和, 及 or 与, maybe after the first unit's team (甲农商银行代表队、乙农商银行代表队分获…:
 * each team stands for its unit, as the last one does before the verb).
 */
const JOINED_UNIT_GAP = /^(?:代表队|参赛队)?(?:[、和及与]|以及)$/;

/**
 * The units joined to `unit` by 、, 和, 及 or 与 right before it (甲支行、乙支行和丙支行), nearest first: they share
 * what the sentence says of it. `mentions` in text order.
 */
export function unitsJoinedBefore(mentions: Mention[], unit: Mention, text: string): Mention[] {
  const out: Mention[] = [];
  for (let k = mentions.indexOf(unit); k > 0; k--) {
    const prev = mentions[k - 1]!;
    if (!isUnit(prev) || prev.end > mentions[k]!.start || !JOINED_UNIT_GAP.test(text.slice(prev.end, mentions[k]!.start))) break;
    out.push(prev);
  }
  return out;
}

/** The units joined to `unit` by 、, 和, 及 or 与 right after it (甲银行、乙银行和丙银行), in text order. */
export function unitsJoinedAfter(units: Mention[], unit: Mention, text: string): Mention[] {
  const out: Mention[] = [];
  for (let cur = unit; ; ) {
    const next = units.filter((u) => u.start > cur.end && /^(?:[、和及与]|以及)$/.test(text.slice(cur.end, u.start))).sort((a, b) => a.start - b.start || b.end - a.end)[0];
    if (!next) return out;
    out.push(next);
    cur = next;
  }
}

/** Between a unit and the first person of a list after it: a post (的 maybe before it), nothing else. */
const POST_BETWEEN = /^的?[\u4e00-\u9fff]{1,12}$/;
/** Between two people of the list. */
const PERSON_JOINED = /^(?:[、和及与]|以及)$/;
/** Right after the list: 分别 (也分别, 还分别), the verb after it. */
const RESPECTIVELY_AFTER_LIST = /^(?:也|还|又|则|将|均)?分别/;

/**
 * 甲支行、乙支行行长某某、某某分别发言; 甲支行、乙支行的负责人某某和某某分别介绍了经验: units joined before a post and as many
 * people joined after it, then 分别: the first person is at the first unit, and so on. The map from each person of
 * the list to their unit, or nothing when the sentence does not pair them.
 */
export function postsPairedRespectively(unit: Mention, s: SentenceCtx, ctx: RuleCtx): Map<Mention, Mention> | undefined {
  const { here } = sentenceView(s, ctx);
  const text = s.text;
  const list = [...unitsJoinedBefore(here, unit, text)].reverse().concat(unit);
  if (list.length < 2) return undefined;
  const first = here.find((m) => m.start >= unit.end && m.type === 'Person');
  if (!first || here.some((m) => m !== first && m.start >= unit.end && m.start < first.start) || !POST_BETWEEN.test(text.slice(unit.end, first.start))) return undefined;
  const people = [first];
  for (;;) {
    const cur = people[people.length - 1]!;
    const next = here.find((m) => m.start > cur.start && m !== cur);
    if (!next || next.type !== 'Person' || !PERSON_JOINED.test(text.slice(cur.end, next.start))) break;
    people.push(next);
  }
  if (people.length !== list.length || !RESPECTIVELY_AFTER_LIST.test(text.slice(people[people.length - 1]!.end))) return undefined;
  return new Map(people.map((m, i) => [m, list[i]!]));
}

/** Persons with a role, in text order. */
export function rolePersons(s: SentenceCtx, ctx: RuleCtx): Mention[] {
  return sentenceView(s, ctx).here.filter((m) => m.type === 'Person' && m.role);
}

export function clauseAround(text: string, m: Mention): string {
  const before = text.slice(0, m.start);
  const from = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
  const rest = text.slice(m.end);
  const cut = rest.search(/[，,；;。]/);
  return text.slice(from, cut === -1 ? text.length : m.end + cut);
}

export interface Received {
  honour: Mention;
  /** The recipient named in the sentence, or none (the article's own unit). */
  subject?: Mention;
  /** An honour for a person (先进个人): with no person named, no one is guessed. */
  individual: boolean;
  /** Units listed with the subject (甲支行、乙支行等三家网点获评), or people (甲、乙获评): each received it too. */
  listed: Mention[];
  conferrer?: string;
  year?: number;
}

const YEAR = /((?:19|20)\d{2})年/;
/** Only a date, or nothing, before a sentence's subject (7月15日，新安银行公告). */
const LEADING_DATE = /^[\s0-9０-９年月日号，,、今近昨前后日来以上下午晚早]*$/;
/** After an honour described by 的, a kind of unit with no name that ends its clause (的网点, 的农商银行, 的单位). */
const KIND_OF_UNIT_DESCRIBED = /^[\u4e00-\u9fff]{0,6}?(?:网点|单位|银行|支行|分行|机构|营业所|集体)(?=[，,。；;！!]|$)/;
/** Between a unit and an honour that describes a kind of unit: 是 and words of rank (是全市唯一获得, 也是全省首家荣获). */
const IS_ONE_OF = /^(?:也|还|已|已经|则|就)?(?:是|成为)[^，,。；;“”"]{0,14}[“"「]?$/;
/** In an honour's clause, a verb of helping, whom it helps, then the verb of winning (协助某街道成功创建, 助力某县创成). */
/** 梦想是获得“…”, 希望能够评上, 目标是成为: a wish or a goal to receive it, not received. */
const HOPED_FOR = /(?:梦想|希望|目标|愿望|心愿|渴望|期待|期望)(?:是|就是|能|能够|早日|再次|也)*(?:获得|荣获|获评|评上|拿到|捧回|成为)[^，,。；;]*$/;
/** (获得“…”称号是她的梦想: the same said after the honour.) */
const HOPED_AFTER = /^[”"」』]?(?:荣誉)?(?:称号)?(?:一直|曾经?)?是[\u4e00-\u9fff]{0,6}?(?:梦想|目标|愿望|心愿)/;
const HELPED_TO_HONOUR = /(?:助力|协助|帮助|配合)[\u4e00-\u9fff]{2,12}?(?:成功(?:创建|创成|获评|获得|入选|通过)|创成|顺利创建)[^，,。；;]*$/;
/** After an honour, 的 that makes it describe a noun: 获得“优秀员工”称号的柜员甲 (not 的同时, 的称号). */
const HONOUR_DESCRIBES = /^[”"」』]?(?:荣誉)?(?:称号|奖项|奖章|奖牌|奖)?的(?!同时|称号|荣誉|殊荣|肯定|认可|表彰|赞誉|桂冠)/;
/**
 * After an honour that describes who holds it (荣获“…”的): who, maybe, then 有, 包括 or 是 and the list of them
 * (的有甲和乙, 的单位有：甲、乙, 的是甲).
 */
// (获得“…”称号的还有甲支行: 还, 也 or 另 before 有 adds holders to those named before.)
const HOLDERS_LISTED = /^(?:[\u4e00-\u9fff]{0,4}?(?:单位|网点|集体|机构|员工|同志|个人|选手))?(?:还|也|另|另外|同时)?(?:有|包括|分别是|分别为|是|为)[：:]?/;
/**
 * After an honour, a count of those that hold it (国家级青年文明号2家, “星级网点”3个); not of honours (“乙”两项荣誉,
 * 两项国家级荣誉: a level may stand before the word of honour).
 */
const HONOUR_TALLY = /^[”"」』]?(?:称号|荣誉称号)?[0-9０-９一二三四五六七八九十两]+(?:家|个|間|间|名|位|人|项)(?!(?:国家级|省级|市级|县级|区级|全国性|重要|重量级)?(?:荣誉|大奖|奖项|殊荣|称号|奖))/;
/**
 * Between a subject and its honour: a count of members (三个城区支行, 16人, 3名员工) just before the verb, or a work's
 * title (《冬日的温暖》荣获), or a number of units (某分行四支行荣获): they received it.
 */
const COUNTED_MEMBERS = /(?:^|[^第\d０-９])[0-9０-９一二三四五六七八九十两多几]+(?:个|家|間|间|名|位|人|户|(?=[\u4e00-\u9fff]{0,4}?(?:支行|网点|营业所|分理处)))[^，,。；;]{0,8}?(?:均|都|分别|同时|共同)?(?:荣获|获得|获评|获颁|獲頒|獲得|榮獲|被|喜获|摘得|斩获|夺得|揽获|荣膺|入选|获(?![悉批取知益]))/;
const RECEIVED_BY_OTHERS = new RegExp(`${COUNTED_MEMBERS.source}|》[^，,。；;]{0,4}(?:荣获|获得|获评|榮獲|獲得)`);

/** 据悉，“青年文明号”是由共青团中央设立的荣誉称号: the sentence says what the honour is, not who received it. */
export function definesHonour(h: Mention, s: SentenceCtx): boolean {
  return HONOUR_IS.test(s.text.slice(h.end));
}

/** Right after an honour: 是 or 系 and what it is (…是某会设立的荣誉, …是团中央授予的最高荣誉). */
const HONOUR_IS = /^[”"」』]?(?:称号|荣誉称号|奖)?(?:是|系)(?:由|经|我国|国家|全国|[^，,。；;]{0,16}?(?:设立|授予|颁发|评选|表彰|最高|荣誉|奖项))/;

/**
 * 两名柜员获得“…”表彰, 6个网点荣获某奖: the honour's clause counts who received it, none of them
 * named; the article's own unit is not one of them.
 */
export function countedRecipients(h: Mention, s: SentenceCtx): boolean {
  return COUNTED_MEMBERS.test(clauseLead(s.text, h));
}
/** Right after a unit, a count of its members (三个城区支行, 3名员工, 12位客户经理): they, not the unit, act. */
const MEMBERS_AFTER_UNIT = /^[0-9０-９一二三四五六七八九十两多几]+(?:个|家|名|位)[\u4e00-\u9fff]{0,6}?(?:支行|分行|网点|营业所|分理处|员工|职工|同志|选手|青年|客户经理|柜员)/;
/** Right after a unit, a count of units with no 等 (两家网点, 3个支行), then the verb of receiving. */
const UNITS_COUNTED = /^([0-9０-９一二两三四五六七八九十]+)(?:家|个)(?:金融机构|机构|网点|营业网点|支行|分行|单位|银行)?(?:均|都|分别|同时|共同)?(?:荣获|获得|获评|获颁|獲頒|獲得|榮獲|被|喜获|摘得|入选|当选)/;
/** A small count in figures or Chinese (3, 三, 两, 十二). */
function countOf(n: string): number {
  if (/^[0-9０-９]+$/.test(n)) return Number(n.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const digit = (ch: string): number => (ch === '两' ? 2 : '零一二三四五六七八九'.indexOf(ch));
  if (n === '十') return 10;
  if (n.startsWith('十')) return 10 + digit(n[1]!);
  if (n.length === 2 && n.endsWith('十')) return digit(n[0]!) * 10;
  if (n.length === 3 && n[1] === '十') return digit(n[0]!) * 10 + digit(n[2]!);
  return digit(n);
}
/** Words for an honour's list of winners (获得者名单, 获奖者名单): their 获得 is no verb of receiving. */
const WINNERS_WORD = /(?:获得者|获奖者)(?=名单)/g;
/**
 * Right after a unit, a word for its staff with no name, then the verb of receiving (某分行员工获评“…”, 某支行客户经理获“…”
 * 称号, 某銀行員工榮獲「…」, as headlines write it): one of its people received it, named in the body or not at all; not the unit.
 */
const MEMBER_AFTER_UNIT_RECEIVES = /^的?(?:一名|一位|两名|青年|女|老|优秀|一线|基层|年轻)?(?:员工|職員|员工们|职工|職工|行员|行員|干部|党员|青年|客户经理|客戶經理|柜员|櫃員|理财经理|理專|理财专员|理財專員|大堂经理|行长|行長|副行长|副行長|支行长|网点负责人|网点主任|营业部主任|营业室主任|负责人|信贷员|工作人员|志愿者|专员|專員)(?:同志)?(?:曾经?|先后|多次|连续|还|也|又|均|都|已|再次|再度|近日|日前|今年|喜|荣)*(?:荣获|榮獲|获得|獲得|获评|獲評|获颁|獲頒|获选|獲選|获|獲|被|荣膺|榮膺|喜获|摘得|斩获|夺得|入选|入選|当选|當選|荣登|榮登|上榜|登上)/;
/** Right after a body, a verb that makes it the honour's conferrer or host (某会授予, 某会主办的, 联合评选). */
const BODY_CONFERS = /^[^，,。；;]{0,6}?(?:授予|颁发|命名|认定|评定|评选|评出|评为|表彰|联合|共同|主办|举办|承办|组织|发起|发布|公布|开展)/;
/** Between a body and the honour, its own verb of receiving (某公司荣获, 某公司先后获得了). */
const BODY_RECEIVES = /^[^，,。；;“”"]{0,8}?(?:荣获|获得|获评|获颁|被评为|被授予|荣膺|喜获|摘得|斩获|夺得|入选|当选)[了]?[“"「]?$/;

/**
 * Between a unit and an honour, the unit's own verb of conferring it and who gets it (向20家企业授予“, 授予10家机构“); not
 * 授予的 (荣获某会授予的“…”), and only with the recipients between the verb and the honour.
 */
const UNIT_CONFERS = /^[^，,。；;被获荣评]{0,4}?(?:(?:向|为|给)[^，,。；;被]{1,16}?(?:授予|颁发|颁授)(?!的)了?[^，,。；;被“"「]{0,16}|(?:授予|颁发|颁授)(?!的)了?[^，,。；;被“"「]{1,16})[“"「]?$/;
/**
 * A clause that opens with 授予 or 颁发 and who it goes to, before the honour (…，授予营业部等5个集体“先进集体”称号): it goes
 * on from the subject of the clause before, who confers.
 */
const CLAUSE_CONFERS = /^(?:并|还|又|同时|分别|特)?(?:授予|颁发|颁授)(?!的)了?[^，,。；;被“"「]{1,16}[“"「]?$/;
/**
 * Between a unit and an honour, 的 and a body the unit helps, serves or works with (的帮扶村——某村荣获, 的合作企业某公司获评);
 * or a verb of putting forward or backing and 的, whoever follows (某支行推荐的5家商户上榜, 某支行帮扶的茶叶合作社荣获).
 */
const UNIT_OWN_RECIPIENT = /^(?:的(?:帮扶|结对|对口|合作|服务|支持|扶持|共建)?(?:村|企业|客户|对象|学校|社区|单位|商户|农户)|(?:所|重点)?(?:推荐|帮扶|扶持|支持|服务|培育|授信|结对|对接|资助)的)/;
/** Between a unit and a place after it: a verb and 的, the unit's part in a phrase that describes the place (支持的). */
const UNIT_DESCRIBES = /^[^，,。；;、和与及的“”"]{1,6}的$/;

/** A body of a unit's own people: its union, league, party branch or team. */
/** After a unit's registered name (…股份有限公司): the list goes on, or the verb of receiving comes. */
const REGISTERED_NAME_THEN = /^(?:等|、|和|及|与|以及|(?:均|都|同时|先后|曾经?|已|也|还|又|再次)*(?:荣获|获|被|入选|当选|荣膺|喜获))/;
const OWN_BODY = /(?:工会|团委|团总支|团支部|党支部|党总支|党委|代表队|突击队|妇委会)$/;
const UNIT_WORD = /银行|分行|支行|营业部|营业室|营业所|信用社|农商行/;

/**
 * 某科技公司荣获“创新企业”, 授予某公司“文明单位”称号: an organisation that is no bank, in the honour's clause, as the subject
 * of the verb of receiving right before it, or as the one 授予 names: it received the honour, not the bank or the
 * person named earlier (who only attends, serves or reports). A body that confers or hosts (被某会, 由某会, 某会授予的,
 * 在某会举办的) is none, nor a unit's own (某支行工会).
 */
function otherBodyReceives(h: Mention, here: Mention[], text: string, tokens: Token[]): boolean {
  const lead = clauseLead(text, h);
  const from = h.start - lead.length;
  // (A place opens the clause as its subject, 某县荣获“全国文明城市”, 某村被评为: the place got it, not a bank named
  // later in the sentence that only joined in. Its tokens are read, as the rules name only cities and provinces.)
  const placeReceives = tokens.some((t) => {
    const end = t.start + t.word.length;
    if (!/^(?:ns|place)$/.test(t.tag) || t.start < from || end > h.start) return false;
    // (Unless the unit only describes the place, 某行支持的某镇获评, 某行帮扶的某村: a verb and 的 between them.)
    const describesPlace = (m: Mention): boolean => m.end <= t.start && UNIT_DESCRIBES.test(text.slice(m.end, t.start));
    if (here.some((m) => m.start < end && m.end > t.start && m.type !== 'Place') || here.some((m) => (isUnit(m) || m.type === 'Person') && m.start >= from && m.end <= h.start && !describesPlace(m))) return false;
    return !/(?:被|由|受到?|在|经|向|从|与|和|为|对)$/.test(text.slice(from, t.start)) && BODY_RECEIVES.test(text.slice(end, h.start));
  });
  if (placeReceives) return true;
  return here.some((o) => {
    if (o.type !== 'Organization' || o.start < from || o.end > h.start) return false;
    if (here.some((m) => m !== o && (isUnit(m) || m.type === 'Person') && m.start >= o.end && m.end <= h.start)) return false;
    // (某农村商业银行股份有限公司等N个集体: a company name that begins inside a unit's name is that unit's registered
    // name, when a list or the verb follows; 某农商银行股份有限公司总行机关荣获 names a body of its own.)
    if (here.some((m) => isUnit(m) && m.start < o.start && m.end > o.start) && REGISTERED_NAME_THEN.test(text.slice(o.end, h.start))) return false;
    // (某支行工会, 某支行团委: a unit's own body stands for the unit.)
    if (OWN_BODY.test(o.name) && (UNIT_WORD.test(o.name) || here.some((m) => isUnit(m) && m.start < o.start && m.end >= o.start))) return false;
    const before = text.slice(from, o.start);
    const between = text.slice(o.end, h.start);
    if (/(?:被|由|受到?|在|经|向|从|与|和)$/.test(before) || BODY_CONFERS.test(between)) return false;
    return BODY_RECEIVES.test(between) || (/(?:授予了?|颁给|颁发给)$/.test(before) && /^[“"「]?$/.test(between));
  });
}

/**
 * Right after an honour, the campaign or contest held for it (“青年文明号”创建活动, 评选工作, 申报): aimed at, not
 * received. (Not its fruits: 巩固“全国文明单位”创建成果 says the unit holds it.)
 */
const CAMPAIGN_FOR_HONOUR = /^[”"」』]?(?:称号|荣誉)?(?:创建|争创|创评|评选|选拔|申报|评审|推荐|评比)(?!成果|成功|达标)(?:活动|工作|行动|竞赛)?(?![\u4e00-\u9fff]{0,6}?(?:单位|集体|个人|网点|奖|标兵|能手|之星))/;

/**
 * A lone 获 shortly before the honour, maybe with its conferrer between (某代表队获团体一等奖, 获市政府“…”表彰): news
 * writes a prize or a commendation so. (Not 获悉, 获批, 获取, 获奖, 收获: learning, approval, a prize-winner's word, a harvest.)
 * Or 拿下, 拿到, 拿了 right before it (攞咗「某某獎」 in Hong Kong's Cantonese reads 拿了), never further away: 拿了一份「某某」
 * 傳單 is a leaflet taken.
 */
const GOT_RIGHT_BEFORE = /(?:(?<![收捕查俘破])获(?![悉批取知奖益])[^，,。；;：:“”"「」]{0,8}|拿[下到了])[“"「]?$/;

/**
 * 登上“服务之星”光荣榜, 上了“诚信之星”红榜, 登上“感动某地”人物榜: getting onto a board of honour named by the quote (a
 * verb of climbing right before it, a word for a board right after): the title is conferred.
 */
const ONTO_BEFORE = /(?:登上|走上|上了|登)了?[“"「『]$/;
const BOARD_AFTER = /^[”"」』](?:[\u4e00-\u9fff]{0,2})(?:光荣榜|红榜|榜单|荣誉榜|英雄榜|人物榜|排行榜|榜)/;

/** A lone 获, then a longer run of words before the honour (checked to be the conferring unit's name). */
const GOT_BEFORE_CONFERRER = /(?<![收捕查俘破])获(?![悉批取知奖益])[^，,。；;：:“”"「」]{9,24}[“"「]?$/;

/** The verbs of conferring an honour after 被 and its conferrers (被某行授予, 被某会评为). */
const CONFERRING_VERB = /(?:授予|评为|命名为|认定为)/;

/**
 * After the last unit of a list: 等 (or 在内的 after 包括), its count and what they are (等5家机构, 等8家金融机构,
 * 包括甲支行在内的12家单位), then the verb. (A bank's
 * registered name may end the unit first: 某农商银行股份有限公司等N个集体.)
 */
const LISTED_THEN_COUNTED = /^(?:股份)?(?:有限)?(?:责任)?(?:公司)?(?:等|在内的)(?:(?:[0-9０-９一二三四五六七八九十两]+(?:余|多)?|多|數|数|几|幾|若干)(?:个|個|家|间|間)|一批|一些|众多|眾多)(?:(?:金融|银行|銀行|基层|基層|先进|先進)?(?:机构|機構|單位|单位|网点|網點|支行|分行|银行|銀行|集体|集體))?(?:均|都|分别|分別|同时|同時|共同)?(?:荣获|获得|获评|获颁|获选|獲頒|獲得|榮獲|獲評|獲選|获嘉许|獲嘉許|被|喜获|摘得|入选|入選)/;
/**
 * After the last person of a list: 等, their count and what they are (等6名选手, 等3位员工), then the verb; or the
 * list's own count without 等 (甲、乙和丙三位员工被评为).
 */
const PERSONS_THEN_COUNTED = /^(?:等?[0-9０-９一二三四五六七八九十两]+|等(?:[0-9０-９一二三四五六七八九十两]+(?:余|多)|多|數|数|几|幾|若干))(?:名|位|人)[\u4e00-\u9fff]{0,4}?(?:均|都|分别|分別|同时|同時|共同)?(?:荣获|获得|获评|获颁|获选|獲頒|獲得|榮獲|獲評|獲選|被|喜获|摘得|入选|入選)/;

/** From the start of the honour's clause (after the last ，；) up to it. */
function clauseLead(text: string, m: Mention): string {
  const before = text.slice(0, m.start);
  const from = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
  return text.slice(from, m.start);
}
/** Verbs of handing an honour over (甲为乙颁发): in the honour's clause they make 甲为 the presenter. */
const PRESENTING = /颁发|颁奖|授牌|颁授|颁证|揭牌/;
/**
 * A verb of presenting right after a unit or person (甲颁发“…”予乙, 甲今日颁授): who presents, not who receives;
 * unless 向 or 为 comes before (市政府向甲颁发: 甲 receives).
 */
const PRESENTS_RIGHT_AFTER = /^(?:今天|今日|昨天|昨日|日前|近日|特别|正式|隆重|首次|再次|亦|也|将)*(?:颁发|颁授|颁奖|颁证)(?!的)/;


/** Each honour of the sentence that its clause says was conferred, with its recipient, conferrer and year. */
/** Between the one named and the honour: a relative of theirs (的女儿, 之子, 她的父亲) as the clause's subject. */
const KIN_RECEIVES = /(?:(?:^|的|之|[他她其])(?:女儿|儿子|子女|孩子|小孩|丈夫|妻子|爱人|老公|老婆|母亲|父亲|妈妈|爸爸|父母|双亲|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|孙子|孙女|外孙|外孙女|公公|婆婆|岳父|岳母|家人|家属|亲属)|之(?:子|女|妻|夫))(?![\u4e00-\u9fff]{0,3}?(?:的|、|和|与|及)?(?:柜员|员工|客户经理|行长|主任|经理))/;
/** After an honour, its winners being given something or greeted (为“…”得主颁奖, 向…得主表示祝贺): no one named received it here. */
export const WINNER_PRESENTED = /^[\s"“”'‘’「」『』》]*的?(?:获得者|得主|得奖者|获奖者|获奖选手|获奖代表)们?(?:颁|授|献|送|发放|表示|致)/;
/** Before an honour that names an occasion: 在, 于 (於) and maybe its quote. */
const OCCASION_BEFORE = /(?:在|于|於)[“"「『]?$/;
/** After it: its quote, maybe a word for the event, then 中 / 上 / 期间 (“…大奖”中, “…”评选中, “…”颁奖典礼上). */
const OCCASION_AFTER = /^[”"」』]?(?:[\u4e00-\u9fff]{0,6}?(?:评选|评比|颁奖|典礼|活动|比赛|大赛|竞赛|峰会|盛典|论坛|年会|大会))?(?:中|上|期间)/;
/** Right after a unit, a word for its customers (客户, 储户, 老客户, 持卡人), not a post of its own (客户经理, 客户部). */
const CUSTOMER_AFTER_UNIT = /^(?:的)?(?:老|储蓄|贵宾|VIP)?(?:客户|储户|持卡人|商户)(?!经理|部|服务|专员|主管|中心|代表|关系)/;
/** In the honour's clause, a unit's word for its customer, a name and the verb (某行客户王某荣获“, 某支行储户李某获评“). */
const CUSTOMER_RECEIVES = /(?:银行|分行|支行|营业部|分理处|信用社|农商行)的?(?:老|储蓄|贵宾)?(?:客户|储户|持卡人|商户)[\u4e00-\u9fff]{2,4}?(?:荣获|获得|获评|获颁|被评为|荣膺|荣登|当选|入选)[“"]?$/;

/** 某银行客户王某荣获“…”: a customer, maybe a name the rules do not read, received the honour; not the article's unit. */
export function customerReceives(h: Mention, s: SentenceCtx): boolean {
  return CUSTOMER_RECEIVES.test(clauseLead(s.text, h));
}

export function receivedHonours(s: SentenceCtx, ctx: RuleCtx): Received[] {
  return ctx.memo(s, 'relations.received', () => {
    const { here } = sentenceView(s, ctx);
    const c = cues(ctx.lex);
    const text = s.text;
    // Persons found by POS tag alone count only when a certain rule named them earlier in the file
    // (中央文明委 is not a person; 王建国, named after a role before, is).
    const confirmed = (m: Mention): boolean => m.strength === 'certain' || ctx.certainPersons.has(m.name);
    // A bank's head office confers honours (被中国农业银行总行评为): it is not their subject.
    // Nor is a unit that confers or praises (被人行某分行授予, 受到某分行表彰, 由某分行颁发).
    // (被甲、乙和某银行联合授予: every unit of the list between 被 and the verb confers it.)
    const inConferrerList = (m: Mention): boolean => {
      const by = /被[^，,。；;被]*$/.exec(text.slice(0, m.start));
      return by !== null && !CONFERRING_VERB.test(by[0]) && new RegExp(`^[^，,。；;]*?(?:联合|共同)?${CONFERRING_VERB.source}`).test(text.slice(m.end));
    };
    // (被评为某分行先进工作者, 荣获某支行“优秀员工”称号: a unit between the verb and the honour is whose honour it is.)
    const honourOf = (m: Mention): boolean => /(?:评为|荣获|获评|获得了?)$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && here.some((o) => o.type === 'Honour' && o.start >= m.end && /^[“"「]?$/.test(text.slice(m.end, o.start)));
    // (荣获某中心支行颁发的“…”称号: a unit right before 颁发的 / 授予的 is who gave the honour after it.)
    const givesThe = (m: Mention): boolean => /(?:获得?|获评|评为|荣膺)$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^(?:颁发|授予|评定|评选|命名|表彰)的/.test(text.slice(m.end));
    const conferring = (m: Mention): boolean => /(?:被|由|受到了?|获得了?)$/.test(text.slice(Math.max(0, m.start - 3), m.start)) || inConferrerList(m) || honourOf(m) || givesThe(m);
    // Who wrote or photographed a report (CREDIT_RULES, or a reporter's title before the name) never receives an
    // honour it reports, even in a sentence that names no recipient the rules know (a farmers' association).
    const credited = (m: Mention): boolean => CREDIT_RULES.has(m.rule) || c.reporterBefore.test(text.slice(Math.max(0, m.start - 8), m.start));
    // (县长某某表扬…: one named with a post of a government presents honours; it is not received.)
    const official = (m: Mention): boolean => m.role !== undefined && c.otherBodyPost.test(m.role);
    // (某银行客户王某荣获“…”: a unit right before a word for its customers only says whose customer won it.)
    const customerOf = (m: Mention): boolean => CUSTOMER_AFTER_UNIT.test(text.slice(m.end));
    // (某村镇银行是某农商银行发起设立的村镇银行，近日荣获…: the sponsor named in a clause about the bank it set up is no subject.)
    const sponsor = (m: Mention): boolean => m.type === 'Bank' && SPONSOR_AFTER.test(text.slice(m.end));
    const subjects = here.filter((m) => (isUnit(m) && !(m.type === 'Bank' && /总行$/.test(m.surface)) && !conferring(m) && !guidesActor(m, s, ctx) && !customerOf(m) && !sponsor(m)) || (m.type === 'Person' && confirmed(m) && !credited(m) && !official(m)));
    // The nearest branch or person before; a bank only when no branch or person is named (the more specific actor wins).
    const subjectFor = (target: Mention, only?: 'Person' | 'unit'): Mention | undefined => {
      const candidates = only === 'unit' ? subjects.filter(isUnit) : only ? subjects.filter((m) => m.type === only) : subjects;
      // 获得“优秀员工”称号的柜员甲: the honour describes who follows it, so the recipient is named right after
      // 的 (maybe after a role), or not at all (为获得“…”称号的员工颁发证书).
      const describes = HONOUR_DESCRIBES.exec(text.slice(target.end));
      if (describes) {
        // (荣获“…”的有甲支行和乙支行, 获评“…”的单位有：甲、乙: the holders listed after 有, 包括 or 是.)
        const intro = HOLDERS_LISTED.exec(text.slice(target.end + describes[0].length))?.[0] ?? '';
        const at = target.end + describes[0].length + intro.length;
        // (荣获“…”称号的市民某某, 荣获“…”的某公司员工某某: a person named right after a few words of who they are is
        // the one described, whatever rule named them.)
        const people = only === 'unit' ? [] : here.filter((m) => m.type === 'Person' && !credited(m) && m.start >= at && m.start - at <= 10);
        const described = [...candidates, ...people].sort((a, b) => a.start - b.start).find((m) => m.start >= at && (m.start - (m.role?.length ?? 0) <= at || people.includes(m)) && /^[\u4e00-\u9fff]*$/.test(text.slice(at, m.start)));
        if (described || !KIND_OF_UNIT_DESCRIBED.test(text.slice(at))) return described;
        // (甲支行是全市唯一获得“…”的网点: the kind of unit described is the subject of 是 before it.)
        const subject = candidates.filter((m) => m.end <= target.start && isUnit(m)).pop();
        return subject && IS_ONE_OF.test(text.slice(subject.end, target.start)) ? subject : undefined;
      }
      // 行长甲为…颁发: who presents it is no recipient; nor 甲向乙颁发 (乙 receives) or 甲颁发“…”予乙.
      const presenting = PRESENTING.test(clauseAround(text, target));
      const before = candidates.filter((m) => m.end <= target.start && !(presenting && (/^[为向]/.test(text.slice(m.end)) || (PRESENTS_RIGHT_AFTER.test(text.slice(m.end)) && !/[向为给]$/.test(text.slice(0, m.start))))));
      const specific = before.filter((m) => m.type !== 'Bank');
      // (甲支行、乙农商银行荣获: a bank that ends a list of units is the subject, and the list walker finds the rest.)
      const last = before[before.length - 1];
      if (last && last.type === 'Bank' && specific.length && JOINED_UNIT_GAP.test(text.slice(before[before.length - 2]!.end, last.start))) return last;
      // (甲支行获“A”，乙农商银行获“B”: a bank after another honour is the subject of its own clause; the unit named
      // before that honour received that one.)
      const lastSpecific = specific[specific.length - 1];
      if (last && last.type === 'Bank' && lastSpecific && lastSpecific.end <= last.start && here.some((o) => o.type === 'Honour' && o.start >= lastSpecific.end && o.end <= last.start)) return last;
      // (甲支行、乙支行分别荣获一、二、三等奖，丙银行获优秀组织奖: so is a bank that opens the honour's own clause, the
      // branches named in a clause before it.)
      if (last && last.type === 'Bank' && lastSpecific && lastSpecific.end <= last.start && /[，,；;]\s*$/.test(text.slice(lastSpecific.end, last.start)) && !/[，,；;]/.test(text.slice(last.end, target.start))) return last;
      if (specific.length) return specific[specific.length - 1];
      if (before.length) return before[before.length - 1];
      // (Not one with a verb of receiving of its own after it: 甲、乙等M个集体获评“A”，丙银行等N个集体获评“B”.)
      // (Nor one after 他 or 她, 某某荣登“…”，她是某支行的客户经理: the unit says where the person works.)
      const after = candidates.filter((m) => m.start >= target.end && !c.receivedTrigger.test(/^[^，,。；;]*/.exec(text.slice(m.end))![0]) && !/[他她]/.test(text.slice(target.end, m.start)));
      return after.find((m) => m.type !== 'Bank') ?? after[0];
    };
    // (获中国人民银行某中心支行“…”表彰: a lone 获 further off, where all between it and the honour is the unit that
    // confers it.)
    const gotFromUnit = (h: Mention): RegExpExecArray | null => {
      const lead = clauseLead(text, h);
      const m = GOT_BEFORE_CONFERRER.exec(lead);
      if (!m) return null;
      const from = h.start - lead.length + m.index + 1;
      const to = h.start - (/[“"「]$/.test(lead) ? 1 : 0);
      return here.some((u) => isUnit(u) && u.start === from && u.end === to) ? m : null;
    };
    // (甲支行、乙支行两家网点入选: a count with no 等 right after a list of units, as many as the list holds, is the
    // list's own; one unit and a count, 某分行两家网点, are its members.)
    const listCountedItself = (subject: Mention, between: string): boolean => {
      const m = UNITS_COUNTED.exec(between);
      return m !== null && isUnit(subject) && unitsJoinedBefore(subjects, subject, text).length + 1 === countOf(m[1]!);
    };
    const out: Received[] = [];
    // (Honours of a labelled list, 主要荣誉：…, go to their unit by received.labelled-list.)
    const listed = labelledHonours(s, ctx);
    const honours = here.filter((m) => m.type === 'Honour' && !inLabelledList(m, listed));
    honours.forEach((h, k) => {
      // The year of this honour: the last one written after the previous honour and before this one's clause ends
      // (2019年被…评为“A”，2022年又被…评为“B”).
      const from = k > 0 ? honours[k - 1]!.end : 0;
      // (自2012年以来, 从2010年起 is a time since, not the year of an award.)
      const years = [...text.slice(from, h.start).matchAll(new RegExp(YEAR.source, 'g'))].filter((y) => !/[自从]$/.test(text.slice(0, from + y.index)) && !/^(?:以来|起|开始|至今)/.test(text.slice(from + y.index + y[0].length)));
      const year = years.length ? years[years.length - 1] : YEAR.exec(clauseAround(text, h));
      // An honour for a person (先进个人, 优秀共产党员) goes to a person named with it, never to a unit.
      // (Not a unit's title ranked up, 省级文明单位标兵, 先进集体标兵: the rank follows a unit's honour.)
      const individual = c.individualHonour.test(h.name) && !c.rankedCollectiveHonour.test(h.name);
      // The trigger must be in the honour's own clause: 走出过“全国劳动模范” in a sentence that also says 获得 is no award.
      // (A lone 获 counts only with its recipient before it: a unit between it and the honour confers it, 获省分行“…”表彰.)
      // (“…”获得者名单: 获得 of a word for its winners names who won, no verb of this clause; a later clause names them.)
      const conferredHere = c.receivedTrigger.test(clauseAround(text, h).replace(WINNERS_WORD, ''));
      const got = conferredHere ? null : (GOT_RIGHT_BEFORE.exec(clauseLead(text, h)) ?? gotFromUnit(h));
      const gotAt = got ? h.start - clauseLead(text, h).length + got.index : undefined;
      // (成为首批“…”之一: one of its holders.)
      const oneOf = /成为[^，,。；;]{0,12}$/.test(clauseLead(text, h)) && /^[”"」』]?(?:称号)?(?:单位|网点|机构)?之一/.test(text.slice(h.end));
      const onto = ONTO_BEFORE.test(clauseLead(text, h)) && BOARD_AFTER.test(text.slice(h.end));
      if (!conferredHere && !got && !oneOf && !onto && !listedAfterCount(text, h, c.receivedTrigger)) {
        // Unless the honour's list is announced and a later clause names who made it (公布“千佳示范单位”名单，甲支行、乙支行榜上有名).
        // (Or counted, 评出“最美网点”10家，甲支行获此殊荣.)
        const made = c.honourList.test(text.slice(h.end)) || HONOUR_TALLY.test(text.slice(h.end)) ? madeTheList(h, subjects.filter((m) => !individual || m.type === 'Person'), text, c.madeTheList) : [];
        if (made.length) out.push({ honour: h, subject: made[0]!, listed: made.slice(1), individual, ...(year ? { year: Number(year[1]) } : {}) });
        return;
      }
      // 努力争创“…”荣誉称号, 今年申报“…”, 她的梦想是获得“…”: aimed at, not received.
      if (c.honourAim.test(clauseLead(text, h)) || HOPED_FOR.test(clauseLead(text, h)) || HOPED_AFTER.test(text.slice(h.end))) return;
      // 协助某街道成功创建“…”, 助力某县创成“…”: the one helped got it, not the unit that helped.
      if (HELPED_TO_HONOUR.test(clauseLead(text, h))) return;
      // “青年文明号”创建活动, “最美柜员”评选工作: the honour names a campaign or a contest for it, not an award.
      if (CAMPAIGN_FOR_HONOUR.test(text.slice(h.end))) return;
      if (WINNER_PRESENTED.test(text.slice(h.end))) return;
      // 于“2024亚洲银行家大奖”中荣获“…”, 在“…大赛”上获得“…”: the first names the occasion, an award event or contest; the
      // honour received in it follows. (Alone, 在“最美网点”评选中，甲脱颖而出, the occasion's own honour is the one won.)
      if (OCCASION_BEFORE.test(clauseLead(text, h)) && OCCASION_AFTER.test(text.slice(h.end)) && honours.some((o) => o.start > h.end && c.receivedTrigger.test(text.slice(h.end, o.start)))) return;
      // 未能获评“…”, 没有入选: denied, not conferred.
      if (/(?:未能|未曾|未|没有|没能|尚未|无缘)(?:荣获|获得|获评|获|被评为|被授予|入选|当选|评上)[^，,。；;]*$/.test(clauseLead(text, h))) return;
      // 将被授予“…”称号, 拟授予: to be conferred, not conferred yet.
      if (/(?:将|拟)被?(?:授予|评为|命名为|表彰为)[^，,。；;]*$/.test(clauseLead(text, h))) return;
      // 已有国家级青年文明号2家: a tally of units that hold it, none of them named. (Unless a later clause names who
      // made it: 共评出“最美网点”10家，甲支行获此殊荣.)
      if (HONOUR_TALLY.test(text.slice(h.end))) {
        const made = madeTheList(h, subjects.filter((m) => !individual || m.type === 'Person'), text, c.madeTheList);
        if (made.length) out.push({ honour: h, subject: made[0]!, listed: made.slice(1), individual, ...(year ? { year: Number(year[1]) } : {}) });
        return;
      }
      // 某公司荣获“…”, 授予某公司“…”称号: another body received it, the bank only attends or serves it.
      if (otherBodyReceives(h, here, text, s.tokens)) return;
      // An honour for a unit (…先进集体, …机构优胜奖) goes to a unit, even where a person accepts it.
      const collective = !individual && c.collectiveHonour.test(h.name);
      const target = gotAt !== undefined ? { ...h, start: gotAt } : h;
      const subject = individual ? subjectFor(target, 'Person') : collective ? subjectFor(target, 'unit') : subjectFor(target);
      if (gotAt !== undefined && (!subject || subject.end > gotAt)) return;
      // (An honour that describes who follows it, 荣获“…”称号的居民, names its recipient there or no one: not the article's unit.)
      if (!subject && HONOUR_DESCRIBES.test(text.slice(h.end))) return;
      // 某分行三个城区支行均荣获, 另有16人获颁, 某支行的《…》荣获: counted members or a work between the subject and the
      // honour received it, not the subject (nor the article's unit).
      // (Unless the count closes a list that names them: 甲支行、乙支行等5家机构被评为, 甲支行等3个单位获得,
      // 员工甲等6名选手获得.)
      const between = subject ? text.slice(subject.end, h.start) : '';
      // (某分行三个城区支行在…中名列前茅，均荣获: the counted members right after the unit are the clause's subject,
      // however far the verb.)
      if (subject && subject.end <= h.start && MEMBERS_AFTER_UNIT.test(between) && isUnit(subject) && !listCountedItself(subject, between)) return;
      // (某分行员工获评“最美金融人”: its person, unnamed here, received it; not the unit. An honour for a unit, 某支行员工荣获
      // “先进集体”, stays the unit's.)
      if (subject && subject.end <= h.start && isUnit(subject) && !collective && MEMBER_AFTER_UNIT_RECEIVES.test(between)) return;
      // (某员工的女儿荣获“…”, 某某之子获评, 她的父亲曾获: a relative of the one named received it, not they; nor their unit.)
      if (subject && subject.end <= h.start && KIN_RECEIVES.test(between)) return;
      // (某分行向20家企业授予“…”, 某分行授予10家机构“…”称号: the unit confers it on those named after the verb; 某分行的帮扶村——
      // 某村荣获: the unit's own village, client or partner, named after 的, received it.)
      if (subject && subject.end <= h.start && isUnit(subject) && ((UNIT_CONFERS.test(between) && !/[为向给]$/.test(text.slice(0, subject.start))) || UNIT_OWN_RECIPIENT.test(between))) return;
      if (subject && isUnit(subject) && subject.end <= h.start - clauseLead(text, h).length && CLAUSE_CONFERS.test(clauseLead(text, h))) return;
      if (subject && subject.end <= h.start && RECEIVED_BY_OTHERS.test(between) && !LISTED_THEN_COUNTED.test(between) && !(subject.type === 'Person' && PERSONS_THEN_COUNTED.test(between)) && !listCountedItself(subject, between)) return;
      const conferrer = conferrerOf(text, h);
      const listed: Mention[] = [];
      if (subject && isUnit(subject) && subject.end <= h.start) {
        // 甲支行、乙支行和丙支行获评.
        listed.push(...unitsJoinedBefore(subjects, subject, text));
        // (某总工会为甲支行、乙农商银行颁发“…”: the units listed after 为, 向 or 给 before the verb of presenting all get it;
        // the last of them, right before the verb, was left out as its presenter.)
        const first = [subject, ...listed].sort((a, b) => a.start - b.start)[0]!;
        if (PRESENTING.test(clauseAround(text, h)) && /[为向给]$/.test(text.slice(0, first.start))) listed.push(...unitsJoinedAfter(subjects, subject, text).filter((u) => u.end <= h.start));
      }
      if (subject && subject.type === 'Person' && subject.end <= h.start) {
        // Walk left over people joined by 、 or 和, each maybe with a role of their own (客户经理甲、柜员乙和大堂经理丙获评),
        // or with a unit of their own first (甲支行甲、乙支行乙同时获颁).
        let k = subjects.indexOf(subject);
        while (k > 0) {
          const cur = subjects[k]!;
          let j = k - 1;
          let curStart = cur.start;
          const own = subjects[j]!;
          // (A department or league branch may stand between the unit and the role: 某支行团支部委员乙.)
          if (isUnit(own) && own.end <= cur.start && /^(?:的)?(?:[\u4e00-\u9fff]{0,6}?(?:部|室|处|中心|团委|支部|工会))?$/.test(text.slice(own.end, cur.start - (cur.role ?? '').length))) {
            curStart = own.start;
            j--;
          }
          const prev = subjects[j];
          if (!prev || prev.type !== 'Person') break;
          // (甲同志、乙同志: 同志, 先生 or 女士 may follow each name.)
          // (来自甲支行的甲、来自乙支行的乙获评: each unit may come after 来自, and 的 before its name.)
          const gap = /^(?:同志|先生|女士)?(?:、|和|及|与|以及)(?:来自|供职于|就职于|任职于)?(.*)$/.exec(text.slice(prev.end, curStart));
          // (With a unit first, the role stands after it: 甲、乙支行客户经理乙.)
          // (员工甲、乙获评: a role written once before the list is each one's, with nothing between the names.)
          if (!gap || (gap[1] !== (curStart === cur.start ? (cur.role ?? '') : '') && gap[1] !== '')) break;
          listed.push(prev);
          k = j;
        }
      }
      if (subject && subject.start >= h.end) {
        // 获得“优秀员工”称号的柜员甲、乙: those joined after the first one named after the honour (each maybe with a role of their own).
        // (The one described may be a person the clause's subjects leave out, 的李某颁发: walk on from where it ends.)
        let prev: Mention = subject;
        for (const next of subjects.filter((m) => m.start >= subject.end)) {
          const gap = /^(?:、|和|及|与|以及)(.*)$/.exec(text.slice(prev.end, next.start));
          // (获评“…”的是甲支行和乙农商银行: a bank and a branch are both units of one list.)
          if (!gap || (next.type !== subject.type && !(isUnit(next) && isUnit(subject))) || (gap[1] !== '' && gap[1] !== next.role)) break;
          listed.push(next);
          prev = next;
        }
      }
      out.push({ honour: h, listed, individual, ...(subject ? { subject } : {}), ...(conferrer ? { conferrer } : {}), ...(year ? { year: Number(year[1]) } : {}) });
    });
    return pairedRespectively(out, text);
  });
}

/**
 * 甲、乙分别获得“A”和“B”, 甲、乙分获“A”和“B”: with 分别 or 分获, as many recipients as honours, the first received the first, and so on.
 * Entries whose recipients are the same list of as many as there are such entries become one recipient each.
 */
function pairedRespectively(out: Received[], text: string): Received[] {
  const recipients = (r: Received): Mention[] => (r.subject ? [r.subject, ...r.listed] : []).sort((a, b) => a.start - b.start);
  const key = (r: Received): string => recipients(r).map((m) => m.start).join(',');
  const groups = new Map<string, Received[]>();
  for (const r of out) {
    const who = recipients(r);
    const last = who[who.length - 1];
    if (who.length < 2 || !last || last.end > r.honour.start || !/分别|分获/.test(text.slice(last.end, r.honour.start))) continue;
    groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  }
  for (const group of groups.values()) {
    const who = recipients(group[0]!);
    if (group.length !== who.length) continue;
    group.sort((a, b) => a.honour.start - b.honour.start).forEach((r, i) => {
      r.subject = who[i]!;
      r.listed = [];
    });
  }
  return out;
}

/**
 * The units or people named in the clause that says they made an honour's announced list (…名单，甲、乙榜上有名),
 * the first clause after the honour that says so; none when another honour stands between.
 */
function madeTheList(h: Mention, subjects: Mention[], text: string, made: RegExp): Mention[] {
  const rest = text.slice(h.end);
  const m = made.exec(rest);
  if (!m) return [];
  const at = h.end + m.index;
  const before = text.slice(h.end, at);
  // (An honour quoted again before the words, 在“甲”评选活动中，某支行荣获“甲”称号，成为…唯一获此殊荣: the later
  // clause of its own says who got it.)
  if (/[“「『]/.test(before)) return [];
  const from = h.end + Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('：'), before.lastIndexOf(':')) + 1;
  if (/[“「『]/.test(text.slice(from, at))) return [];
  // (某分行员工甲榜上有名: a unit right before its person, with only a post between, says where the person works.)
  const ownUnit = (x: Mention, all: Mention[]): boolean => isUnit(x) && all.some((p) => p.type === 'Person' && p.start >= x.end && /^的?(?:(?![和与及])[\u4e00-\u9fff]){0,8}$/.test(text.slice(x.end, p.start)));
  const inClause = subjects.filter((x) => x.start >= from && x.end <= at);
  // (某支行推荐的5家商户上榜: those the unit put forward made it, not the unit.)
  const named = inClause.filter((x) => !ownUnit(x, inClause) && !(isUnit(x) && UNIT_OWN_RECIPIENT.test(text.slice(x.end, at))));
  if (named.length) return named;
  // 共有5家网点入选，其中包括甲和乙 / 分别是甲、乙: named in the clause after.
  const next = /^[^，,。；;]*[，,：:](?:其中)?(?:包括|分别是|分别为|有|为)?[：:]?/.exec(text.slice(at));
  // (…评选结果揭晓，获奖名单如下：甲、乙: or the list printed after a colon that announces it.)
  if (!next || !(/^[^，,。；;]*[，,：:]其中|分别[是为]|包括/.test(next[0]) || /如下[：:]$/.test(next[0]))) return [];
  const start = at + next[0].length;
  const end = start + (/[；;。]|$/.exec(text.slice(start))?.index ?? 0);
  return subjects.filter((x) => x.start >= start && x.end <= end);
}

/** 总行级“服务先锋”, 省总工会“青年先锋”, 被某市委、市政府授予: who conferred the honour. */
function conferrerOf(text: string, h: Mention): string | undefined {
  const before = text.slice(0, h.start).replace(/[“"]$/, '');
  const m = /(?:获得了?|荣获|授予|获评|、|，)([\u4e00-\u9fff]{2,10}?)(?:级|颁发的|授予的|的)?$/.exec(before);
  if (m && /总行|总工会|工会|委|政府|协会|联合会|部|局|银行|妇联|团中央|共青团/.test(m[1]!)) return m[1]!;
  const by = /被([\u4e00-\u9fff、]{2,16}?)(?:评为|授予)$/.exec(before);
  return by ? by[1] : undefined;
}

/**
 * The clause before `m` (from its last ，；： up to it) gives it a subject or an occasion of its own, so the
 * article's unit is no fallback: a person (她先后获得), another organisation that acts (某协会开展, 某协会
 * 连续4年评为; one that confers, 被某协会评为 or 某协会授予的, is no subject), or an award being handed out
 * or only planned (颁发, 向获奖者颁奖, 将予以申报).
 */
export function clauseHasOwnActor(m: Mention, s: SentenceCtx, ctx: RuleCtx): boolean {
  const text = s.text;
  const before = text.slice(0, m.start);
  const from = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('：'), before.lastIndexOf(':')) + 1;
  // (Honours named before it in the clause are left out, with the bodies named in them: 荣获“共青团某市委员会青年文明号”
  // “某某示范单位”等称号 lists two honours, and the first one's 市委 acts nowhere.)
  const here = sentenceView(s, ctx).here;
  const honours = here.filter((o) => o.type === 'Honour' && o !== m && o.start >= from && o.end <= m.start);
  const inHonour = (o: Mention): boolean => honours.some((h) => h.start <= o.start && h.end >= o.end);
  const lead = honours.reduceRight((t, h) => t.slice(0, h.start - from) + '〇' + t.slice(h.end - from), text.slice(from, m.start));
  // (《冬日的温暖》获得: a work named in the clause received it.)
  if (/[她他]|颁发|颁奖|颁给|宣读|^向|将(?:分别)?予以|拟|》/.test(lead) || (PUBLIC_ACTOR.test(lead) && !/被|由/.test(lead.slice(0, lead.search(PUBLIC_ACTOR))))) return true;
  return here.some(
    (o) => o.type === 'Organization' && !inHonour(o) && o.start >= from && o.end <= m.start && !/(?:被|由)$/.test(text.slice(from, o.start)) && !/^(?:[^，,。]{0,4}?)(?:授予|颁发|命名|认定|评定)/.test(text.slice(o.end, m.start)),
  );
}

/** Time and occasion before a clause's subject (2019年, 近年来, 在全市考核中): no subject of their own. */
const LEAD_ADVERBIAL = /^(?:(?:(?:19|20)\d{2}年度?|近年来|近日|日前|今年|去年|此前|目前|同时|此外|其中|据介绍|据了解|据悉|[在于][^，,。；;]{1,20}?(?:中|上|里|期间))[，,]?)*/;
/** The words from the subject's end to the honour: adverbs of time and manner, then a verb of receiving. */
const SUBJECT_THEN_RECEIVED = /^([\u4e00-\u9fff0-9０-９]{1,14}?)(?:曾经?|先后|多次|连续|还|也|又|均|都|已|再次|再度|分别|近年来|[0-9０-９一二三四五六七八九十两]+(?:年|次))*(?:荣获|获得|获评|获颁|获|被|荣膺|入选|当选|喜获|摘得|斩获|夺得|蝉联|保持)/;
/** The bank's own unit as a subject (该行, 本支行, 营业所, 网点): the article's unit. */
const OWN_UNIT_SUBJECT = /(?:^(?:该|本|我|其)?(?:单位|集体))|(?:行|支行|分行|网点|营业所|营业部|营业室|分理处|信用社|联社|储蓄所|团队?支部|工会|团委|党支部|党委)$/;
/** A subject that is another body or a place (该校, 该企业, 某村, 市税务局, 志愿者团队). */
const OTHER_SUBJECT = /^(?:该|这|此|其余|其他|其它|另有|另外)|(?:村|社区|学校|小学|中学|大学|校|医院|企业|公司|集团|局|厅|委|办|馆|院|团队|协会|商会|街道|镇|乡|县|市|区|园|厂|店|超市|合作社|基地|家庭|户)$/;

/**
 * 该校曾荣获“…”, 东山村被评为“…”: the honour's clause opens with a subject of its own that is another body or a place,
 * not the bank's unit; the article's unit is no fallback then.
 */
export function clauseOpensWithOtherSubject(m: Mention, s: SentenceCtx, ctx: RuleCtx): boolean {
  const text = s.text;
  const lead = clauseLead(text, m).replace(LEAD_ADVERBIAL, '');
  // (曾获, 先后荣获: adverbs and the verb, no subject.)
  const subject = /^(?:曾经?|先后|多次|连续|还|也|又|均|都|已|再次|再度|分别)+(?:荣获|获|被|荣膺|入选|当选|喜获|摘得|斩获|夺得|蝉联|保持)/.test(lead) ? undefined : SUBJECT_THEN_RECEIVED.exec(lead)?.[1];
  if (subject !== undefined) return !OWN_UNIT_SUBJECT.test(subject) && OTHER_SUBJECT.test(subject);
  // (某公司成立于2010年，曾获“…”: a clause with no subject goes on with the sentence's, an organisation that opens it.)
  const first = sentenceView(s, ctx).here[0];
  return first !== undefined && first.type === 'Organization' && first.end <= m.start && LEADING_DATE.test(text.slice(0, first.start)) && !/^(?:等|和|与|及|、)/.test(text.slice(first.end));
}

/**
 * 获得三项大奖，包括“甲奖”及“乙奖”: the honour's clause lists what the clause before counted as received.
 */
function listedAfterCount(text: string, h: Mention, trigger: RegExp): boolean {
  const clause = clauseAround(text, h);
  const from = text.lastIndexOf(clause, h.start);
  if (!LISTS_COUNTED.test(clause) || from < 1) return false;
  const previous = /[^，,。；;]*[，,：:]$/.exec(text.slice(0, from));
  return previous !== null && trigger.test(previous[0]) && COUNT_OF_HONOURS.test(previous[0]);
}

/** The start of a clause that names what a count stood for (包括, 分别是, 其中有). */
const LISTS_COUNTED = /^(?:其中)?(?:包括|包含|分别是|分别为|有|即)/;
/** A count of honours at a clause's end (三项大奖, 多项荣誉, 两个奖项). */
const COUNT_OF_HONOURS = /[0-9０-９一二三四五六七八九十两多几数]+(?:项|个|次)(?:大奖|奖项|荣誉|殊荣|奖|称号)[，,：:]$/;

/**
 * A public body as the clause's subject (行政院推出, 各级妇联组织对, 市政府牵头): what it launches is not the bank's.
 * (Not after 被 or 由, where it confers: 被国务院某办公室授予. A bank's own 工会 or 团委 is left out: the bank runs
 * what they run.)
 */
const PUBLIC_ACTOR = /政府|行政院|立法院|国务院|妇联|公安|警方|法院|检察院|[省市县区]委(?!员)|人大|政协|管理局|监管局/;

/** 他 or 她 for one person: not 他们, 其他, 他人, 他行 (another bank). */
const PERSON_PRONOUN = /(?<![其吉])[他她](?![们人行乡])/;

/**
 * The sentence is about 他 or 她 up to `m` (三十多年里，她…先后获得): a pronoun before it and no person named before
 * it (她和同事们, 他们, 其他选手 are no single person).
 */
export function aboutPronounPerson(m: Mention, s: SentenceCtx, ctx: RuleCtx): boolean {
  const here = sentenceView(s, ctx).here;
  if (PERSON_PRONOUN.test(s.text.slice(0, m.start)) && !here.some((o) => o.type === 'Person' && o.start < m.start)) return true;
  // (某某荣登“…”，她是某支行的客户经理: the clause after says who the one honoured is, a person the rules may not have read.)
  if (PERSON_DESCRIBED_AFTER.test(s.text.slice(m.end)) && !here.some((o) => o.start < m.start && isUnit(o))) return true;
  // 王某获得了冠军。同时获得了“某奖章”: a sentence that goes on from one about a person, with no subject of its own.
  // (So does one that opens with a verb of receiving and no subject, 曾获“…”称号, 先后荣获: unless the honour is a
  // unit's, which the article's unit keeps.)
  const lead = s.text.slice(0, m.start);
  const goesOn = CONTINUES.test(lead) || (RECEIVES_WITHOUT_SUBJECT.test(lead) && !cues(ctx.lex).collectiveHonour.test(m.name));
  if (!goesOn || here.some((o) => o.start < m.start && (o.type === 'Person' || isUnit(o)))) return false;
  // (The sentence before is about a person: one is named there, and no unit after that person.)
  const previous = s.index > 0 ? ctx.inSentence(s.index - 1).filter((o) => o.type === 'Person' || isUnit(o)).sort((a, b) => a.start - b.start) : [];
  const person = previous.findIndex((o) => o.type === 'Person');
  // (Or it opens with the person's name, the only person in it, as a profile does: 某某，中共党员，某支行行长。)
  const opensWithPerson = person === 0 && previous[0]!.start === 0 && previous.filter((o) => o.type === 'Person').length === 1;
  return person >= 0 && (previous.slice(person + 1).every((o) => o.type === 'Person') || opensWithPerson);
}

/** Right after the honour's clause, 他 or 她 and who they are (，她是…, ，他现任…). */
const PERSON_DESCRIBED_AFTER = /^[^，,。；;]*[，,](?:他|她)(?:是|现任|系|现为|来自|在)/;
/** A sentence opening as the next step of the one before (同时, 还, 并, 又, 随后): the same subject goes on. */
const CONTINUES = /^\s*(?:同时|同年|还|并|又|也|随后|此后|之后|后又|后来)/;
/** A sentence opening, maybe after its year, with an adverb and a verb of receiving (曾获, 先后荣获, 多次被评为): no subject of its own. */
const RECEIVES_WITHOUT_SUBJECT = /^\s*(?:(?:19|20)\d{2}年度?[，,]?)?(?:曾经?|先后|多次|屡次|曾先后|曾多次)(?:荣获|获得|获评|获颁|获|被)/;

/**
 * 在“某某”嘉年华活动上，某行荣获…: the programme is the occasion where a unit was honoured, set off by 在…上/中 and
 * a comma before a clause of receiving; the unit named after it did not run it.
 */
export function occasionOfHonour(p: Mention, s: SentenceCtx, ctx: RuleCtx): boolean {
  const after = /^[^，,。；;]{0,12}?[上中][，,]/.exec(s.text.slice(p.end));
  return after !== null && /在[^，,。；;]*$/.test(s.text.slice(0, p.start)) && cues(ctx.lex).receivedTrigger.test(s.text.slice(p.end + after[0].length));
}

/** A verb of carrying out what another body asks, then (in the same clause) the units it names, up to one of them. */
const FOLLOWS_UNIT = /(?:贯彻落实|贯彻|落实|按照|根据|遵照|依照|响应)[^，,。；;：:“”"]{0,30}$/;
/** After those units: what is carried out (的工作要求, 的部署, 号召, 精神), maybe after more units joined by 、 or 和. */
const FOLLOWED_WHAT = /^(?:[、和与及][^，,。；;：:“”"]{0,30}?)?(?:的)?[^，,。；;：:“”"]{0,8}?(?:要求|部署|号召|精神|安排|通知|规定|指示|决策|指导思想|工作方案|方案)/;
/** A label of who guides or backs an event, and the list up to the unit (指导单位：甲行、, 支持单位：). */
const GUIDE_LABEL = /(?:指导|支持|督导)(?:单位|單位|机构|機構)[：:][^。；;：:]*$/;

/**
 * 在人民银行某支行的指导下, 在某分行的统一部署和大力支持下: a unit set in a frame of 在…下 guides, leads or backs
 * the clause's actor; it neither runs what the actor holds nor receives what the actor is given. (A list in the
 * frame, 在甲支行和乙分行的指导下, frames each of its units.)
 */
export function guidesActor(m: Mention, s: SentenceCtx, ctx: RuleCtx): boolean {
  const c = cues(ctx.lex);
  if (/在[^，,。；;的在]{0,20}$/.test(s.text.slice(0, m.start)) && c.guidanceFrameAfter.test(s.text.slice(m.end))) return true;
  // (A unit under a label of guiding or backing, 指导单位：人民银行某支行, 支持单位：: it neither runs nor receives.)
  if (GUIDE_LABEL.test(s.text.slice(0, m.start))) return true;
  // (某农商银行贯彻落实人民银行某支行的工作要求，开展“某某”, 按照某分行的部署: a unit whose requirements or plans the
  // clause's actor carries out, after a verb of following them in the same clause, guides it.)
  if (FOLLOWS_UNIT.test(s.text.slice(0, m.start)) && FOLLOWED_WHAT.test(s.text.slice(m.end))) return true;
  // (Or a verb of guiding right after it, then the clause's end or another unit: “某某”由人民银行某支行指导，某支行承办;
  // 人民银行某支行指导某农商银行开展…. Not 某分行指导辖内网点开展…: its own units, whose work is its own.)
  const verb = c.guideVerbAfter.exec(s.text.slice(m.end));
  if (!verb) return false;
  const at = m.end + verb[0].length;
  return /^(?:[，,。；;]|$)/.test(s.text.slice(at)) || sentenceView(s, ctx).units.some((u) => u.start === at && !u.anaphora);
}

/**
 * Verbs of attending or visiting what another body holds (出席, 观摩, 参观), or of learning from its way (借鉴“某某”的做法,
 * 效仿): no taking part in running it.
 */
const ATTENDS = /出席|列席|观摩|观看|旁听|参观|借鉴|效仿|取经/;

/**
 * 甲支行员工应邀出席某小学“某某”活动, 参观了某社区的“某某驿站”: between `from` and the programme, in its clause, a verb of
 * attending or visiting; whoever does so does not run it.
 */
export function attendsProgramme(p: Mention, s: SentenceCtx, from = 0): boolean {
  const lead = s.text.slice(from, p.start);
  return ATTENDS.test(lead.slice(Math.max(...['，', ',', '；', ';', '。'].map((c) => lead.lastIndexOf(c))) + 1));
}

/** A body of government, a school, a paper and the like by the last words of its name (县教育局, 湖州日报社, 市妇联). */
/**
 * (Or the people of a place or a school who hold their own event: 社区居民, 村民, 家长, 师生, maybe as a plural
 * (家长们, 志愿者们, 商户们); or a shop's or a market's place: 商场.)
 */
const PEOPLE_SOURCE = '(?:居民|村民|市民|群众|群眾|家长|家長|师生|師生|老人|志愿者|志願者|商户|商戶|职工|職工|孩子|学生|學生|业主|業主|小朋友)(?:们|們)?';
const OTHER_BODY_END = new RegExp(`(?:报社|电视台|妇联|局|厅|委|办|政府|学校|小学|中学|大学|学院|医院|协会|商会|街道|社区|村委会|居委会|商场|商場|${PEOPLE_SOURCE})$`);
const PEOPLE_END = new RegExp(`${PEOPLE_SOURCE}$`);
/** The lead of a clause up to a programme: a subject, then a verb of launching or holding (县教育局组织开展“…”). */
/** (Or a verb of only taking part, 孩子们参加“…”: someone else holds it. Traditional forms too: 志願者們開展「…」.) */
const SUBJECT_LAUNCHES = /^([\u4e00-\u9fff]{2,16}?)(?:(?:联合|聯合|携手|攜手)[^，,。；;]{0,16}?)?(?:自发|自發|组织|組織|牵头|牽頭|正式|全面|持续|持續|积极|積極)?(?:开展|開展|启动|啟動|举办|舉辦|主办|主辦|发起|發起|推出|举行|舉行|组织|組織|实施|實施|参加|參加|参与|參與)了?[“"「]?$/;

/**
 * 县教育局组织开展“书香校园”评比，某支行…: the programme's clause opens with another body that launches it (no unit of a
 * bank: 该行, 某工会 are the bank's), so a unit named after it does not run it. With `people`, only a group of people
 * holding their own event counts (家长们组织“…”, 社区居民开展“…”), not a city's or a body's campaign.
 */
export function launchedByOtherBody(p: Mention, s: SentenceCtx, people = false): boolean {
  const lead = clauseLead(s.text, p).replace(LEAD_ADVERBIAL, '');
  const subject = SUBJECT_LAUNCHES.exec(lead)?.[1];
  if (subject === undefined || OWN_UNIT_SUBJECT.test(subject) || !(OTHER_SUBJECT.test(subject) || OTHER_BODY_END.test(subject))) return false;
  if (people && !PEOPLE_END.test(subject)) return false;
  // (A name, no clause: 青年员工走进社区开展“…” has a verb and a person of the bank before the body.)
  // (The people word itself may be a post to jieba, 志愿者/role: only the words before it count.)
  const from = p.start - lead.length;
  const until = from + (OTHER_BODY_END.exec(subject)?.index ?? subject.length);
  return !s.tokens.some((t) => t.start < until && t.start + t.word.length > from && /^(?:v|role|p)/.test(t.tag));
}

/** The unit that runs a programme: the nearest unit before it, else the first after it (not where it is an occasion of an honour). */
export function runsSubject(p: Mention, s: SentenceCtx, ctx: RuleCtx): Mention | undefined {
  const units = sentenceView(s, ctx).units.filter((m) => !guidesActor(m, s, ctx));
  if (occasionOfHonour(p, s, ctx) && !units.some((m) => m.end <= p.start)) return undefined;
  // (甲支行员工出席某小学“某某”活动: the unit before it only attends.)
  const before = units.filter((m) => m.end <= p.start).pop();
  // (甲行借鉴乙行“A”的经验，推出“B”: a unit only visited or learned from, in a clause before the programme's, is not
  // its subject; the one that visits or learns, before it in that clause, is.)
  if (before && /[，,；;]/.test(s.text.slice(before.end, p.start))) {
    const lead = s.text.slice(0, before.start);
    const clauseStart = Math.max(...['，', ',', '；', ';'].map((c) => lead.lastIndexOf(c))) + 1;
    if (ATTENDS.test(lead.slice(clauseStart))) return units.filter((m) => m.start >= clauseStart && m.end <= before.start).pop();
  }
  if (before) return attendsProgramme(p, s, before.end) ? undefined : before;
  // (A unit after the programme runs it only when no other body opens the clause: 某总工会举办“…”并表扬某支行, 县教育局
  // 组织开展“…”，某支行….)
  return clauseHasOwnActor(p, s, ctx) || launchedByOtherBody(p, s) ? undefined : units.find((m) => m.start >= p.end);
}

/** The words right after a programme's quote, up to 8 (“春风送岗”招聘会在某地举行: 招聘会在某地举行). */
function wordsAfterQuote(p: Mention, ctx: RuleCtx): string {
  const text = ctx.sentences[p.sentence]?.text ?? '';
  return /^[”"」』]?([\u4e00-\u9fff]{0,8})/.exec(text.slice(p.end))?.[1] ?? '';
}

/**
 * After a list of units, the text `after` its last one: do they only take part in one of `programmes`, named
 * before them (某局举办“春风送岗”招聘会，甲支行、乙支行参加招聘会; “某某”启动仪式举行。甲分行、乙分行等12家金融机构
 * 参加启动仪式)? A verb of taking part with no object, or with a word for any campaign's event (活动, 启动仪式), or
 * with the word the programme's quote is followed by (招聘会; 会议 for a 推进会): the event is the programme's own.
 * (甲支行、乙支行参加了座谈会 after “某某”活动: a meeting of its own, no taking part in the campaign.)
 */
export function takesPartAfter(after: string, programmes: Mention[], ctx: RuleCtx): boolean {
  const c = cues(ctx.lex);
  const m = c.takePartAfterUnits.exec(after);
  if (!m) return false;
  const object = m[1];
  if (object === undefined || c.attendedEvent.has(object)) return true;
  return programmes.some((p) => {
    const kind = wordsAfterQuote(p, ctx);
    return kind.includes(object) || (object === '会议' && /会/.test(kind));
  });
}

/**
 * After the units, in their clause: their staff (工作人员, 青年员工, 志愿者), then a verb of going out or holding, or of
 * setting up a campaign's desk or putting out its material (在各网点设立宣传专区, 在网点开设专区, 发放宣传折页), or of
 * leading the others in it (人民银行某支行牵头，…), or a word that makes them its bodies (作为首批参与单位, 作为试点银行).
 */
export const CAMPAIGN_ACTS = /^(?:的)?[^，,。；;“”"]{0,12}?(?:走进|走入|深入|前往|来到|进入|开展|举办|组织开展|设立|开设|设置|张贴|悬挂|发放|摆放|播放|牵头|作为[^，,。；;]{0,6}?(?:参与|参加|承办|协办|主办|试点)(?:单位|机构|银行))/;

/** Between the last unit and the first programme: 分别 and a verb, with no clause's end between. */
const RESPECTIVELY = /^[^，,。；;“”"]{0,4}?分别[^，,。；;“”"]{0,8}[“"]?$/;

/**
 * 甲支行、乙支行分别推出“A”和“B”: units joined before 分别 and as many programmes after it in the same clause,
 * paired in order (each programme to the unit that runs it). Programmes not paired so are not in the map.
 */
export function respectivePairs(s: SentenceCtx, ctx: RuleCtx): Map<Mention, Mention> {
  return ctx.memo(s, 'relations.respectively', () => {
    const pairs = new Map<Mention, Mention>();
    const { here, units } = sentenceView(s, ctx);
    const programmes = here.filter((m) => m.type === 'Programme');
    for (const p of programmes) {
      const subj = runsSubject(p, s, ctx);
      if (!subj || subj.end > p.start || pairs.has(p)) continue;
      const joined = [...unitsJoinedBefore(units, subj, s.text).reverse(), subj];
      const after = programmes.filter((m) => m.start >= subj.end && !/[，,。；;]/.test(s.text.slice(subj.end, m.start)));
      if (joined.length < 2 || after.length !== joined.length || !RESPECTIVELY.test(s.text.slice(subj.end, after[0]!.start))) continue;
      after.forEach((q, i) => pairs.set(q, joined[i]!));
    }
    return pairs;
  });
}

/**
 * Between a person and a unit: 是, 在 (with a few words of time or an adverb first: 一直在, 便是, 也是), a comma (an
 * apposition, maybe with 现任), a bracket (王芳（某支行行长）), or a dash (王芳——某支行的一名柜员: a profile's
 * apposition).
 */
export const POST_LINK_SOURCE = '[，,]?(?:[自从于]?[0-9０-９]{2,4}年)?(?:起|以来|至今|目前|现在|现|一直|就|便|正|也|都|均|则|即|已|曾经?|先后|长期|早年|此前|之前){0,2}(?:是|在|于|为|作为|身为|(?:任职|就职|供职)于)(?:一名|一位)?|[，,（(]|——|—|[ \\t\\u3000]+|[，,]?(?:现任|时任|曾任|历任|先后任|先后担任|系)';
/** A caption's place in the photo after a name (王芳（左）是某支行的一名柜员, 王芳（右二）). */
export const PLACE_IN_PHOTO_SOURCE = '[（(](?:左|右|中|(?:前排|后排)?[左右][一二三四五六七八九十\\d]{1,2})[）)]';
const POST_LINK = new RegExp(`^(?:先生|女士|同志|${PLACE_IN_PHOTO_SOURCE})?(?:${POST_LINK_SOURCE})$`);
/** A word of manner or seniority before a post (普通的柜员, 资深客户经理, 老员工). */
const MANNER_WORDS = '普通的?|年轻的?|资深的?|优秀的?|老';
export const MANNER_SOURCE = `(?:${MANNER_WORDS})?`;
/**
 * The line of business or grade a post is written with, which jieba leaves out of it (个人客户经理, 高级理财经理, and
 * Taiwan's 高階經理), and Hong Kong's lines of a bank's business (零售銀行主管, 商業銀行業務主管, 財富管理業務主管).
 */
const LINE_OF_POST = /^(?:(?:零售|个人|公司|企业|商业|私人|环球)银行(?:业务)?|财富管理(?:业务)?|个人|公司|零售|普惠|小微|高级|高阶|首席)/;
/** A unit named by a bare word, the one the story is about (网点, 支行, 该行, 本行, 营业部). */
export const BARE_UNIT_SOURCE = '(?:该|本|我)?(?:网点|支行|行|营业部)';
/**
 * Between the unit and the post: 的, 一名, 担任, 任 (是某支行的一名柜员, 在某支行担任柜员), a count where two or more
 * people hold it (甲和乙是某支行的两名柜员), a former post (原, 前); the village the unit sends its staff to
 * (是某支行派驻某村的第一书记: the person is still the unit's).
 */
const BEFORE_POST = new RegExp(`^(?:的|(?:派驻|派往|下派到|选派到)[\\u4e00-\\u9fff]{1,8}?(?:村|社区|镇|乡|街道)的?)?(?:(?:担任|任|当|做)了?(?:[0-9０-９一二三四五六七八九十两]+(?:多|余)?年多?的?|多年的?)?)?(?:一名|一位|一个|[两二三四五六七八九十几]+(?:名|位))?(?:${MANNER_WORDS}|原|前)?`);

/**
 * 此前为某控股集团执行董事兼某农商银行行长, 曾任某集团副总经理兼某银行董事长: right before a unit, another body and its post,
 * then 兼, 兼任 or 、: the post at the unit is held together with that one. Where the other body starts (the link before it
 * ends), tried from the shortest body on: the first place where `linkEnds` holds; none when no post ends at the 兼.
 */
/** A verb of holding a post, maybe after a word of time, as the link before another body's post (此前担任, 现任, 曾任). */
export const HELD_LINK = /(?:同志)?(?:此前|之前|曾经?|现|目前|先后|还)?(?:担任|出任|兼任|曾任|现任|历任|任)$/;
const HELD_LINK_WHOLE = new RegExp(`^${HELD_LINK.source}`);

export function alsoHeldFrom(s: SentenceCtx, ctx: RuleCtx, unitStart: number, linkEnds: (at: number) => boolean): number | undefined {
  const also = /(?:[，,]?兼任?|、)$/.exec(s.text.slice(Math.max(0, unitStart - 3), unitStart));
  if (!also) return undefined;
  const c = cues(ctx.lex);
  const post = s.tokens.find((t) => t.start + t.word.length === unitStart - also[0].length && isRole(t, ctx, c));
  if (!post) return undefined;
  for (let at = post.start - 2; at >= Math.max(0, post.start - 14); at--) {
    if (/[，,。；;：:、“”"（）()\s]/.test(s.text.slice(at, post.start))) return undefined;
    if (s.tokens.some((t) => t.start === at) && linkEnds(at)) return at;
  }
  return undefined;
}

/**
 * 王芳是建行某支行的一名大堂经理, 王芳在建行某支行担任客户经理, 王芳，建行某支行行长: the unit and the post
 * named right after a person's name [start, end), if the sentence goes on that way.
 */
export function unitPostAfter(named: { start: number; end: number }, s: SentenceCtx, ctx: RuleCtx): { unit: Mention; role?: string; more?: Mention[] } | undefined {
  // (李明博士（某银行主席）, 何文杰先生, JP（某银行行政总裁）: forms of address after the name are the name's; the link
  // to the unit follows them.)
  const honorific = cues(ctx.lex).honorificAfterName.exec(s.text.slice(named.end))?.[0] ?? '';
  const span = { start: named.start, end: named.end + honorific.length };
  // (王芳2005年大学毕业后进入某支行工作: a verb of joining may stand further after a date and what came before it.)
  const units = ctx.inSentence(s.index).filter(isUnit).filter((x) => x.start >= span.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const unit = units.find((x) => x.start - span.end <= 10 || (x.start - span.end <= 16 && JOINED_LINK.test(s.text.slice(span.end, x.start))));
  // (张明此前为某集团执行董事兼某银行行长: another body and its post, then 兼, may stand between the link and the unit.)
  const alsoFrom = units[0] && units[0].start - span.end <= 32 ? alsoHeldFrom(s, ctx, units[0].start, (x) => POST_LINK.test(s.text.slice(span.end, x)) || HELD_LINK_WHOLE.test(s.text.slice(span.end, x))) : undefined;
  if (alsoFrom !== undefined) {
    const role = postAt(s, ctx, units[0]!.end);
    return role ? { unit: units[0]!, role } : undefined;
  }
  if (!unit) return undefined;
  const link = s.text.slice(span.end, unit.start);
  // 王芳2010年加入某银行, 王芳就进入了某支行工作: she joined the unit (a verb of going only with 工作 after it).
  const c = cues(ctx.lex);
  const joined = JOINED_LINK.exec(link)?.[1];
  if (joined && c.joinedVerbs.includes(joined)) {
    // (加入某银行的信用卡会员计划, 加入某銀行的「長者理財會」: joined something of the unit's, not the unit; but 加入某银行的
    // 大家庭, 的团队.)
    if (/^的(?!大家庭|团队|队伍|员工队伍|行列)/.test(s.text.slice(unit.end))) return undefined;
    if (!c.joinedNeedsWork.has(joined) || WORKS_THERE.test(s.text.slice(unit.end))) return { unit };
    // (来到某支行，成为一名柜员: a verb of going, then the post the person took there.)
    const post = postTakenAfter(s, ctx, unit.end);
    return post ? { unit, role: post } : undefined;
  }
  // 王芳来自某支行: she works there (来自某支行的王芳 is read by the person rules).
  if (/^来自$/.test(link)) return { unit };
  // 王芳所在的某支行, 王芳和同事们工作的某支行: the unit described as the person's place of work; a customer's
  // (客户王某所在的某支行, a member of the public named with their noun) is only where they bank.
  if (PLACE_OF_WORK_LINK.test(link)) return [...c.publicNoun].some((w) => s.text.endsWith(w, span.start)) ? undefined : { unit };
  // 免去王芳的某支行行长职务, 王芳的某行董事长任职资格获核准: 的, the unit and a post named as a post (a regulator's
  // approval may leave out the 的: 核准王芳某行董事长的任职资格).
  if (link === '的' || link === '') {
    const role = postAt(s, ctx, unit.end);
    return role && /^(?:职务|一职|的?任职资格)/.test(s.text.slice(unit.end + role.length)) ? { unit, role } : undefined;
  }
  // 某某从某银行行长的任上回归: a post held until now.
  if (link === '从') {
    const post = s.tokens.find((t) => t.start === unit.end && isRole(t, ctx, c));
    return post && /^的?任上/.test(s.text.slice(post.start + post.word.length)) ? { unit, role: post.word } : undefined;
  }
  // 王芳拥有某银行从业背景, 甲和乙都有某行、某行的工作经历: a background of work at the unit (each of a list).
  if (HAS_LINK.test(link)) {
    const more = unitsJoinedAfter(ctx.inSentence(s.index).filter(isUnit), unit, s.text);
    return BACKGROUND.test(s.text.slice((more[more.length - 1] ?? unit).end)) ? { unit, more } : undefined;
  }
  // 王刚（行长，某支行）, 李美玲（副總經理，某銀行）: the post first in the brackets, then the unit closing them.
  const postFirst = /^[（(]([\u4e00-\u9fff]{2,8})[，,、 ]$/.exec(link);
  if (postFirst && /^[）)]/.test(s.text.slice(unit.end))) {
    const post = s.tokens.find((t) => t.start === span.end + 1 && t.word === postFirst[1] && isRole(t, ctx, c));
    return post && !c.otherBodyPost.test(post.word) && !c.publicNoun.has(post.word) ? { unit, role: post.word } : undefined;
  }
  if (!POST_LINK.test(link)) return undefined;
  // An apposition (陈建华，某分行行长) opens the sentence; inside a list of guests (副局长某某，某办事处主任某某)
  // the comma only separates two people.
  // In a list of winners each item opens after a colon or a semicolon (名单：甲，某支行；乙，某支行).
  // (A short clause describing the person may stand before the name: 入行十五年的王芳，现任某支行营业部主任.)
  // (1. 王芳 某支行: a row of a numbered list opens with its number.)
  const opens = OPENS_ITEM.test(s.text.slice(0, span.start));
  if (/^(?:[，,]|[ \t\u3000]+|[，,](?:现任|时任|曾任|系))$/.test(link) && !opens) return undefined;
  if (/^[，,]$/.test(link) && /^(?:[；;。]|$)/.test(s.text.slice(unit.end))) return { unit };
  // 王芳 某支行 on a line of its own, as a table of people prints its rows: the name, white space, the unit, nothing after.
  if (/^[ \t\u3000]+$/.test(link) && /^\s*$/.test(s.text.slice(unit.end))) return { unit };
  // 王芳（建行蚌埠分行）: the unit alone in brackets after a name.
  if (/^[（(]$/.test(link) && /^[）)]/.test(s.text.slice(unit.end))) return { unit };
  // 王芳在建行某支行工作了十年, 曾於某銀行服務逾20年: no post, but where the person works.
  if (/[在于]$/.test(link) && !/职于$/.test(link) && WORKS_THERE.test(s.text.slice(unit.end))) return { unit };
  // 曾任职于甲银行及乙银行: each unit of the list, whatever follows.
  if (/职于$/.test(link)) return { unit, more: unitsJoinedAfter(ctx.inSentence(s.index).filter(isUnit), unit, s.text) };
  // (曾在甲银行、乙银行从业多年: each unit of the list.)
  if (/[在于]$/.test(link)) {
    const more = unitsJoinedAfter(ctx.inSentence(s.index).filter(isUnit), unit, s.text);
    if (more.length && WORKS_THERE.test(s.text.slice(more[more.length - 1]!.end))) return { unit, more };
  }
  // (甲，某支行行长乙致辞: in an apposition, a post with a name right after it is that name's, not the first one's; so
  // after any link: 客户甲在某支行客户经理乙的帮助下….)
  const heldByNext = (role: string): boolean => ctx.inSentence(s.index).some((m) => m.type === 'Person' && m.start > unit.end && m.start - unit.end <= 16 && s.text.slice(unit.end, m.start).endsWith(role) && !/[，,。；;、]/.test(s.text.slice(unit.end, m.start)));
  const lineAt = unit.end + BEFORE_POST.exec(s.text.slice(unit.end))![0].length;
  // (个人客户经理: the line of business is kept with the post, as written.)
  const line = LINE_OF_POST.exec(s.text.slice(lineAt))?.[0] ?? '';
  const lined = line ? postAt(s, ctx, lineAt + line.length) : undefined;
  if (lined) return heldByNext(lined) ? undefined : { unit, role: line + lined };
  const at = lineAt;
  // (是某行某中心某某岗员工: a department, maybe a desk in it, between the unit and the post.)
  const dept = DEPARTMENT_BEFORE_POST.exec(s.text.slice(at));
  const desk = dept ? /^[\u4e00-\u9fff]{0,10}?岗(?:位)?/.exec(s.text.slice(at + dept[0].length)) : null;
  const role = postAt(s, ctx, at) ?? (dept ? (postAt(s, ctx, at + dept[0].length) ?? (desk ? postAt(s, ctx, at + dept[0].length + desk[0].length) : undefined)) : undefined);
  if (role) return heldByNext(role) ? undefined : { unit, role };
  // 王芳（某银行副主席）, 王芳（某银行市场推广主管）, 王芳（某银行零售银行及财富管理业务主管）: inside the brackets after the
  // unit, what stands before the post that closes them is the post's own rank, line or department (not another body:
  // 某银行慈善基金会主席 is the foundation's).
  if (/[（(]$/.test(link)) {
    const inner = /^[\u4e00-\u9fff]{2,16}(?=[）)])/.exec(s.text.slice(lineAt))?.[0];
    const last = inner ? s.tokens.find((t) => t.start > lineAt && t.start + t.word.length === lineAt + inner.length && isRole(t, ctx, c)) : undefined;
    const lead = last ? s.text.slice(lineAt, last.start) : '';
    // (Nor the post of one of the unit's customers or partners: 某支行合作商户负责人.)
    const customer = last !== undefined && s.tokens.some((t) => t.start >= lineAt && t.start < last.start + last.word.length && c.publicNoun.has(t.word));
    if (inner && last && !customer && !c.otherBodyWord.test(lead) && !c.notABankUnit.test(lead)) return { unit, role: inner };
  }
  // 王芳是某支行的一名青年党员: 是, the unit and 一名 say the person is one of its own, whatever word follows (not
  // one of its customers: 是某支行的一名老客户).
  const member = ONE_OF.exec(s.text.slice(unit.end));
  if (member && /(?:是|作为|身为)(?:一名|一位)?$/.test(link) && ![...c.publicNoun].some((w) => s.text.startsWith(w, unit.end + member[0].length))) return { unit };
  // 王芳是某支行的业务骨干: one of its own, said without 一名.
  if (/(?:是|作为|身为)$/.test(link) && OWN_MEMBER.test(s.text.slice(unit.end))) return { unit };
  return undefined;
}

/** After a unit: 的 and a word for one of its own people with no post (业务骨干, 技术中坚). */
const OWN_MEMBER = /^的(?:一名|一位)?(?:业务|技术|青年|年轻)?(?:骨干|中坚)/;

/** After a unit: 的 maybe, 一名 or 一位, maybe a word of manner (的一名普通, 一位老). */
const ONE_OF = new RegExp(`^的?(?:一名|一位)${MANNER_SOURCE}`);

/**
 * The post whose word starts at `at`: a role (柜员), or a unit's own part and a role (营业部主任, 网点负责人, which
 * jieba cuts as 营业部/unit 主任/role).
 */
export function postAt(s: SentenceCtx, ctx: RuleCtx, at: number): string | undefined {
  const c = cues(ctx.lex);
  const t = s.tokens.find((x) => x.start === at);
  if (!t) {
    // (某支行营业室主任/role: the unit's name ends inside a post jieba reads as one word; the rest of it is the post.)
    const covering = s.tokens.find((x) => x.start < at && x.start + x.word.length > at);
    const rest = covering && isRole(covering, ctx, c) ? s.text.slice(at, covering.start + covering.word.length) : undefined;
    return rest !== undefined && (ctx.lex.typed.get(rest) === 'role' || c.roleSuffix.test(rest)) ? rest : undefined;
  }
  if (isRole(t, ctx, c)) return t.word;
  // (个人金融部总经理, 党支部书记, 办公室主任: a department of the unit, then the post.)
  const dept = t.tag === 'unit' || t.word === '网点' ? t.word : DEPARTMENT_BEFORE_POST.exec(s.text.slice(at))?.[0];
  if (dept === undefined) return undefined;
  const next = s.tokens.find((x) => x.start === at + dept.length);
  if (next && isRole(next, ctx, c)) return dept + next.word;
  // (党/n 支部书记/role: jieba may join the department's last word to the post.)
  const joined = s.tokens.find((x) => x.start > at && x.start < at + dept.length && x.start + x.word.length > at + dept.length && isRole(x, ctx, c));
  return joined ? s.text.slice(at, joined.start + joined.word.length) : undefined;
}

/** A department or a body of a unit before a post (个人金融部, 风险管理部, 党支部, 团委, 工会, 办公室, 运营中心). */
const DEPARTMENT_BEFORE_POST = /^[\u4e00-\u9fff]{0,6}?(?:部|处|室|中心|支部|团委|工会)/;

/** Between a person and a unit: a date or an adverb maybe, then a two-character verb (加入, 考入, 进入了). */
/**
 * What may stand between a name and a verb of joining a unit: a career or a time after which (王芳的职业生涯起步于,
 * 王芳毕业后进入, 王芳2005年大学毕业后进入), a date or a year (王芳2010年加入, 去年加盟), an adverb (就, 先后). Shared with person.before-unit-post.
 */
/** A year, in digits or, as Hong Kong and Taiwan news write it, in characters (一九九八年, 二〇〇三年). */
const YEAR_SOURCE = '(?:(?:19|20)\\d{2}|(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2})年';
export const JOINED_LEAD_SOURCE = `(?:的(?:职业|金融|银行|工作)?生涯|(?:[于自从]?${YEAR_SOURCE}(?:\\d{1,2}月)?)?(?:大学|研究生)?毕业后|退伍后|转业后|退休后)?(?:[于自从]?${YEAR_SOURCE}(?:\\d{1,2}月)?(?:\\d{1,2}日)?|去年|今年|前年|当年|同年|次年)?(?:就|便|又|也|已|先后|再次)?(?:被)?`;
/** (王芳先生, 王芳女士, 王芳同志: a form of address may follow the name.) */
const JOINED_LINK = new RegExp(`^(?:先生|女士|同志)?[，,]?${JOINED_LEAD_SOURCE}([\\u4e00-\\u9fff]{2,3}?)了?$`);

/**
 * Between a person and a unit: 所在的 or a verb of working and 的 (所在的, 工作的, 供职的), the person maybe with
 * colleagues (和同事们所在的), describing the unit as where the person works.
 */
const PLACE_OF_WORK_LINK = /^(?:(?:和|与)(?:同事|队友|伙伴)们?)?(?:所在的?|(?:工作|供职|任职|就职|上班)的)$/;

/** Between a person and a unit: a verb of having (拥有, 都有), before a background of work there. */
const HAS_LINK = /^(?:都|均|也|亦|还)?(?:拥有|具有|具备|有)$/;
/** After the unit(s) a person has: a background, a record or years of work there (从业背景, 工作经历, 十年从业经验). */
const BACKGROUND = /^(?:的)?(?:[0-9０-９一二三四五六七八九十两]+(?:多|余)?年(?:的)?)?(?:从业|工作|任职|履职)(?:背景|经历|经验|履历)/;

/** After a unit gone to (来到某支行，成为一名柜员): the person became one of its staff, a post's holder, not of its public (一名客户). */
// (被分配到某支行当柜员, 当起了客户经理: 当 or 做 with the post right after it, no count needed.)
const BECAME_ONE = new RegExp(`^[，,]?(?:并|就)?(?:(?:成为|当上|当了)了?(?:一名|一位)|(?:当|做|担任)(?:起)?(?:了)?(?:一名|一位)?)${MANNER_SOURCE}`);
function postTakenAfter(s: SentenceCtx, ctx: RuleCtx, at: number): string | undefined {
  const m = BECAME_ONE.exec(s.text.slice(at));
  const post = m ? postAt(s, ctx, at + m[0].length) : undefined;
  return post !== undefined && !cues(ctx.lex).publicNoun.has(post) ? post : undefined;
}

/**
 * After 在 + a unit: the person works there (工作, 任职, 上班; 已经工作了十年; 从事信贷工作, 柜面工作: a trade or a
 * desk, then 工作). Shared by the works-at rules.
 */
export const WORKS_THERE = /^(?:系统)?(?:已经|已|一直|的)?(?:工作|任职|上班|供职|从业|服务(?=[了逾超过近多达]{0,2}[0-9０-９一二三四五六七八九十两]+(?:多|余)?年)|从事[\u4e00-\u9fff]{1,6}?工作|(?:柜面|柜台|一线|基层|前台|后台)工作)/;

/**
 * 作为建行某支行的一名客户经理，王芳…: the unit and post a sentence opens with, for the person named right after
 * the comma.
 */
export function openingPost(s: SentenceCtx, ctx: RuleCtx): { unit: Mention; role: string; personStart: number } | undefined {
  // (作为“某某支行”的新任行长: the unit may be quoted, as a name it is known by.)
  // (2011年8月，作为某支行的一名员工: a date may come first.)
  const m = /^\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?)?(?:作为|身为)[“"]?/.exec(s.text);
  if (!m) return undefined;
  // The longest unit there (建行蚌埠分行, not the bank 建行 inside it).
  const unit = ctx.inSentence(s.index).filter((u) => isUnit(u) && u.start === m[0].length).sort((a, b) => b.end - a.end)[0];
  if (!unit) return undefined;
  // 作为某支行的“老员工”: the post may be quoted.
  const at = unit.end + /^[”"]?(?:的)?(?:一名|一位|一个)?[“"]?(?:老|资深|首任|新任|现任)?/.exec(s.text.slice(unit.end))![0].length;
  const post = s.tokens.find((t) => t.start === at);
  // (作为某支行的一名“老兵”: a count of one, then any word in quotes, is what the person is there.)
  const quoted = /^(?:的)?(?:一名|一位)[“"]([\u4e00-\u9fff]{1,4})[”"][，,]/.exec(s.text.slice(unit.end));
  if (quoted) return { unit, role: quoted[1]!, personStart: unit.end + quoted[0].length };
  if (!post || !isRole(post, ctx, cues(ctx.lex))) return undefined;
  const comma = at + post.word.length + (/^[”"]/.test(s.text.slice(at + post.word.length)) ? 1 : 0);
  return /^[，,]$/.test(s.text[comma] ?? '') ? { unit, role: post.word, personStart: comma + 1 } : undefined;
}

/** After a post: the item or clause closes there (or 职务 follows it): 任某部总经理，… / 为行长、… */
export const POST_ENDS = /^(?:职务)?(?:$|[，,。；;、])/;
