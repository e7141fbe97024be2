/**
 * 某某2010年起任恒丰银行行长, 后来调到农行某省分行出任副行长: a post at a unit, given to the person the
 * sentence is about (the nearest person named before the verb).
 */
import { cues } from '../../cues.js';
import { defineRelationRule } from '../../rule.js';
import { isRole } from '../../scan/persons.js';
import { sentenceView } from '../../scan/relations.js';
import { mentionEnd, PREVIOUS_PERSON, type Mention } from '../../types.js';

export const worksAtAppointed = defineRelationRule({
  id: 'works_at.appointed',
  description: 'a person appointed to a post at a unit (任/担任/升任 + unit + role, 任命某某为 + unit + role, or 到 + unit + 担任 + role)',
  produces: 'WORKS_AT',
  confidence: 0.8,
  run(s, ctx, emit) {
    const c = cues(ctx.lex);
    const { here, units } = sentenceView(s, ctx);
    const toks = s.tokens;
    const confirmed = here.filter((m) => m.type === 'Person' && (m.strength === 'certain' || ctx.certainPersons.has(m.name)));
    if (!units.length) return;
    const tokenAt = new Map(toks.map((t, i) => [t.start, i]));
    const roleAt = (at: number): string | undefined => {
      const i = tokenAt.get(at);
      const t = i === undefined ? undefined : toks[i];
      return t && isRole(t, ctx, c) ? t.word : undefined;
    };
    // 某某从甲支行调至乙支行, 某某由甲支行副行长调任乙支行行长: the unit left is one the person worked at, with the post
    // held there if given.
    for (const u of units) {
      if (!/[从由]/.test(s.text[u.start - 1] ?? '')) continue;
      const held = roleAt(u.end);
      const moved = MOVED_AWAY.exec(s.text.slice(u.end + (held?.length ?? 0)));
      if (!moved) continue;
      const subject = confirmed.find((m) => /^(?:同志)?(?:[于在]?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:又|再|后|随后|后来)?$/.test(s.text.slice(m.end, u.start - 1)));
      if (!subject) continue;
      emit({ type: 'WORKS_AT', head: mentionEnd(subject), tail: mentionEnd(u), sentence: s.index, ...(held ? { role: held } : {}) });
      // (王芳从甲支行调至乙支行。: the unit moved to, with no post after it, is read here; one with a post, below.)
      const to = u.end + (held?.length ?? 0) + moved[0].length;
      const next = units.filter((d) => d.start === to || (d.start === to + 2 && /^(?:该行|本行)/.test(s.text.slice(to)))).sort((a, b) => b.end - a.end)[0];
      if (next && !roleAt(next.end) && /^(?:[，,。；;]|$|工作|任职)/.test(s.text.slice(next.end))) emit({ type: 'WORKS_AT', head: mentionEnd(subject), tail: mentionEnd(next), sentence: s.index });
    }
    for (const u of units) {
      const before = s.text.slice(Math.max(0, u.start - 3), u.start);
      // (A post ends where the list goes on after a comma: 任某行行长一职后，中行… is no list.)
      const postEndsAt = (at: number): boolean => toks.some((t) => t.start + t.word.length === at && isRole(t, ctx, c));
      const direct = appointedBefore(s.text, u.start, c.appointedVerbs, (at) => confirmed.some((m) => m.end === at)) ?? appointedAs(s.text, u.start, c.appointAs);
      const verb = direct ?? appointedBeforeList(s.text, u.start, c.appointedVerbs, postEndsAt);
      let role: string | undefined;
      let verbAt: number | undefined;
      if (verb) {
        // 任恒丰银行行长, 任农行某分行副行长
        // (A department may stand between: 任某行财会部副总经理.)
        const dept = DEPARTMENT.exec(s.text.slice(u.end));
        // (担任某行新任行长: 新任, 首任 or 代理 may stand before the post.)
        const fresh = /^(?:的)?(?:新任|首任|代理)/.exec(s.text.slice(u.end))?.[0];
        // (调任某支行任行长: the post may come after a second appointing verb of its own.)
        const again = toks.find((t) => t.start === u.end && AGAIN.includes(t.word));
        role = roleAt(u.end) ?? (s.text[u.end] === '的' ? roleAt(u.end + 1) : undefined) ?? (dept ? roleAt(u.end + dept[0].length) : undefined) ?? (fresh ? roleAt(u.end + fresh.length) : undefined) ?? (again ? roleAt(again.start + again.word.length) : undefined);
        verbAt = s.text.lastIndexOf(verb, u.start - verb.length);
      } else if (/(?:到|至|调入)$/.test(before)) {
        // 调到某分行出任副行长, 调入某支行担任行长
        const after = toks.find((t) => t.start === u.end && c.appointedVerbs.includes(t.word));
        if (after) {
          role = roleAt(after.start + after.word.length);
          verbAt = u.start - 1;
        }
      }
      if (!role || verbAt === undefined) continue;
      // 某某来到网点，担任某行行长的韩梅为她…: a post closed by 的 and a name is that person's (a relative clause,
      // works_at.relative-clause), not the subject's.
      const roleEnd = s.text.indexOf(role, u.end) + role.length;
      if (s.text[roleEnd] === '的' && here.some((m) => m.type === 'Person' && m.start === roleEnd + 1)) continue;
      // 甲担任分享嘉宾，某行董事长乙出席: an item after the list's comma with a name right after its post is that
      // person's own apposition, no further post of the subject's.
      if (!direct && here.some((m) => m.type === 'Person' && m.start > u.end && m.start - u.end <= 12 && s.text.slice(u.end, m.start).endsWith(role!) && !/[，,、。；;：:]/.test(s.text.slice(u.end, m.start)))) continue;
      let subject = confirmed.filter((m) => m.end <= verbAt!).pop();
      // (甲接替乙任某支行行长, 甲先生將接替乙先生出任某行副總裁: the one named after 接替 is the predecessor, who held the
      // post; the one before 接替, in the same clause, takes it.)
      const prior = subject ? confirmed.filter((m) => m.end <= subject!.start).pop() : undefined;
      const successor = prior && SUCCEEDS.test(s.text.slice(prior.end, subject!.start)) ? prior : undefined;
      const predecessor = successor ? subject : undefined;
      if (successor) subject = successor;
      // (甲和乙辞去某行副行长职务: the people joined before the subject hold the post too.)
      const joined: Mention[] = [];
      for (let k = subject ? confirmed.indexOf(subject) : -1; k > 0 && /^[、和与及]$/.test(s.text.slice(confirmed[k - 1]!.end, confirmed[k]!.start)); k--) joined.push(confirmed[k - 1]!);
      if (predecessor) joined.push(predecessor);
      if (subject) for (const who of [subject, ...joined]) emit({ type: 'WORKS_AT', head: mentionEnd(who), tail: mentionEnd(u), sentence: s.index, role });
      // 他早年在上海工作，曾任…: a sentence about the person named before, by a pronoun or with no subject at all.
      else if (NO_SUBJECT_BUT_PRONOUN.test(withoutEarlierPosts(s.text.slice(0, verbAt), c.appointedVerbs)) && !here.some((m) => m.end <= verbAt! && (m.type === 'Person' || m.type === 'Organization'))) emit({ type: 'WORKS_AT', head: PREVIOUS_PERSON, tail: mentionEnd(u), sentence: s.index, role });
    }
  },
});

/** Between a successor and a predecessor: maybe a courtesy title, a date or an adverb, then 接替 (将于下月接替). */
const SUCCEEDS = /^[^，,。；;：:、“”"]{0,10}接替$/;

/** After a unit left (从某支行, 由某支行副行长): a verb of being moved away from it (调至, 调任, 交流到). */
const MOVED_AWAY = /^(?:调至|调到|调任|调入|调往|调回|转任|交流到|交流至|交流任|平调至|提拔至|升任|转岗至|转岗到)/;

/** The verbs that may give the post again right after the unit (调任某支行任行长, 调入某分行担任副行长). */
const AGAIN = ['任', '担任', '出任', '任职'];

/** A department or region of a unit, between it and a post (财会部, 个人金融部, 办公室, 运营中心, 亚洲区). */
const DEPARTMENT = /^[\u4e00-\u9fff]{1,6}?(?:部|处|室|中心|区)/;

/**
 * Before the verb: a pronoun for a person first (他早年在上海工作，), or only dates and adverbs (2004年起，), and
 * the steps a résumé opens with (1990年参加工作，曾任…; 1985年入党，大学毕业后先后担任…).
 */
const NO_SUBJECT_BUT_PRONOUN = /^\s*(?:[他她][^。；;]*|(?:[\s0-9０-９年月日至到自从于起其后来先曾又再并，,]|参加(?:革命)?工作|加入中国共产党|入党|入行|(?:大学|研究生)?毕业)*)$/;

/** What may open a clause of a résumé before its verb: dates and adverbs (2015年起, 曾, 后). */
const CAREER_CLAUSE_OPEN = '[\\s0-9０-９年月日至到自从于起其后来先曾又再并]*';

/**
 * The text before a verb without the earlier clauses of the same career that each open with an appointing verb and
 * end at a comma (曾任甲行办公室主任，现任乙行行长: the second post is the same person's as the first).
 */
function withoutEarlierPosts(before: string, verbs: readonly string[]): string {
  const opens = new RegExp(`^${CAREER_CLAUSE_OPEN}(?:${verbs.join('|')})`);
  return before.split(/(?<=[，,；;])/).filter((clause) => !(/[，,；;]$/.test(clause) && opens.test(clause))).join('');
}

/**
 * The appointing verb right before a unit. jieba joins a lone 任 to what precedes it (1994年任, 起任), so the
 * text is read rather than tokens; a lone 任 counts only after a date, an adverb, a pause or a name (主任, 责任
 * are no appointments).
 */
function appointedBefore(text: string, at: number, verbs: readonly string[], nameEndsAt: (at: number) => boolean = () => false): string | undefined {
  // (曾担任过某行的党委书记: an aspect particle may follow the verb.)
  // (调任该行某分行行长: the bank named by a pronoun before the unit's own name.)
  if (/(?:该行|本行|我行)$/.test(text.slice(0, at))) at -= 2;
  if (/[过了]$/.test(text.slice(0, at)) && at >= 3) at--;
  const before = text.slice(Math.max(0, at - 4), at);
  const verb = verbs.find((v) => before.endsWith(v));
  if (verb !== '任') return verb;
  // (Or right after a person's name: 韩梅任某行行长.)
  return /(?:^|[年月日起后再又曾先并前将来\d，,\s]|同志)$/.test(text.slice(0, at - 1)) || nameEndsAt(at - 1) ? verb : undefined;
}

/** 任命某某同志为某支行行长, 某某被聘任为…: 为 is the verb when an appointing verb opens the clause. */
function appointedAs(text: string, at: number, appointAs: RegExp): string | undefined {
  return appointAs.test(text.slice(Math.max(0, at - 20), at)) ? '为' : undefined;
}

/**
 * 先后担任某行财会部副总经理、某分行行长: the verb before a list of posts, the unit after a 、 of that list.
 */
function appointedBeforeList(text: string, at: number, verbs: readonly string[], postEndsAt: (at: number) => boolean): string | undefined {
  // (The list may go on after a comma that closes a post: 先后担任某分行行长，某行执行董事、副行长等职.)
  // (Or after 兼 that follows a post: 某行总经理兼某分行总经理.)
  // (Or after 以及, 及 or 和 that follows a post: 曾任甲行副行长，以及乙行董事、副行长.)
  const sep = /(?:[，,]?以及|[，,]?及|和|[、，,兼])$/.exec(text.slice(Math.max(0, at - 3), at))?.[0];
  if (!sep || (sep !== '、' && !postEndsAt(at - sep.length))) return undefined;
  // (Each comma closing a post, a career may run over several: 曾任甲行代表，乙分行总经理，丙分行副行长，….)
  const clause = /[\u4e00-\u9fff、，,]{0,120}$/.exec(text.slice(0, at))![0];
  // A career told as one list of posts joined by 、 runs long (历任某分行副处长、某分行行长、…、某分行行长等职).
  const list = /[\u4e00-\u9fff、]{0,160}$/.exec(text.slice(0, at))![0];
  return verbs.find((v) => v.length >= 2 && (clause.includes(v) || (list.includes(v) && list.slice(list.indexOf(v)).includes('、'))));
}
