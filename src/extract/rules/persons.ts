/**
 * People named in running text: a full name right after a role (储蓄员王玉珍,
 * 董事长陈四清, 员工邢丽丽), or before a speech verb (魏家生说), or one that
 * jieba tags as a person name often enough in the file to be a topic (雷锋).
 * Titles with a surname only (王行长) are not full names and are left out.
 */
import { looksLikeFullName, surnameLength } from '../../repair/names.js';
import type { Token } from '../../segment/jieba.js';
import type { RuleCtx, SentenceCtx } from '../types.js';

const ROLE_SHAPE = /(?:长|员|经理|主任|书记|主管|负责人|主席|总监|专员|会计|出纳|保安|志愿者|劳模|行长助理|委员)$/;
const FUNCTION_CHARS = /[在说和等也就是的到把被对向从为带给将与及了着过又都还]/;
const PERSON_MARKER = /^(?:同志|生前|的事迹|的故事|精神|先生|女士|老人|本人|一家|曾经|说|表示|的名义|的名字)/;
const PHOTO_CREDIT = /(?:^|[。！？]\s*)([\u4e00-\u9fff]{2,3})\s+摄(?:影报道|影)?/g;
/** Kinship words and forms of address that follow a surname (张阿姨, 王师傅): not given names. */
const NOT_NAMES = /^(?:阿姨|大爷|大妈|大娘|大姐|大哥|师傅|先生|女士|老人|小伙|姑娘|阿婆|奶奶|爷爷|老师|同志|总|行|主任|经理|书记|某|某某|氏)$/;
function notAName(name: string): boolean {
  return NOT_NAMES.test(name) || NOT_NAMES.test(name.slice(surnameLength(name)));
}

/** Nouns that introduce a named member of the public (客户赵建国, 市民李红). */
const CONTEXT_NOUNS = /^(?:客户|市民|村民|居民|储户|老人|游客|退休职工|环卫工人|外卖小哥|快递员|老党员|老兵)$/;
const SPEECH = /^(?:说|表示|介绍|告诉|坦言|感慨|回忆|笑着说|动情地说|强调|指出|认为|提到|同志|带着|带领)/;

/** Joins jieba's split names (邢 / 丽丽) and returns the name starting at token i, if any. */
function nameAt(tokens: Token[], i: number): { name: string; start: number; end: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if ((t.tag === 'nr' || t.tag === 'x' || t.tag === 'nrfg' || t.tag === 'nrt') && looksLikeFullName(t.word)) {
    // jieba glues a following function word to an unknown name (孙浩说): cut it off.
    if (t.word.length === 3 && FUNCTION_CHARS.test(t.word[2]!) && looksLikeFullName(t.word.slice(0, 2))) return { name: t.word.slice(0, 2), start: t.start, end: t.start + 2 };
    return { name: t.word, start: t.start, end: t.start + t.word.length };
  }
  const u = tokens[i + 1];
  if (u && t.word.length <= 2 && u.start === t.start + t.word.length && looksLikeFullName(t.word + u.word) && (t.tag.startsWith('nr') || u.tag.startsWith('nr') || t.tag === 'x' || u.tag === 'x')) {
    return { name: t.word + u.word, start: t.start, end: u.start + u.word.length };
  }
  return undefined;
}


/** 谢志明说 cut by jieba as 谢志 / 明说: three characters before a speech verb. */
function speakerAt(s: SentenceCtx, t: Token | undefined): { name: string; start: number; end: number } | undefined {
  if (!t) return undefined;
  for (const len of [3, 2]) {
    const name = s.text.slice(t.start, t.start + len);
    if (looksLikeFullName(name) && /^(?:说|表示|介绍|告诉|坦言|强调|指出)/.test(s.text.slice(t.start + len))) return { name, start: t.start, end: t.start + len };
  }
  return undefined;
}

/** After a role the name may be split oddly by jieba (高志/伟): take 3 characters, or 2, ending at a token boundary. */
function nameAfterRole(s: SentenceCtx, toks: Token[], i: number): { name: string; start: number; end: number } | undefined {
  const t = toks[i];
  if (!t) return undefined;
  // Accept only what looks unlike a common word: a three-character name whose last character jieba left on
  // its own (高志/伟), or any name followed by a speech verb (高志伟告诉记者). 员工闻讯 or 负责人任组长 are not names.
  for (const len of [3, 2]) {
    const name = s.text.slice(t.start, t.start + len);
    if (!looksLikeFullName(name) || FUNCTION_CHARS.test(name.slice(1))) continue;
    const last = toks.find((x) => x.start + x.word.length === t.start + len);
    if (!last) continue;
    const loneLast = len === 3 && last.word.length === 1 && /^(?:zg|ng|nr|nrfg|x|g|tg|vg|ag)$/.test(last.tag);
    if (loneLast || SPEECH.test(s.text.slice(t.start + len))) return { name, start: t.start, end: t.start + len };
  }
  return undefined;
}

function isRole(t: Token, ctx: RuleCtx): boolean {
  return ctx.lex.typed.get(t.word) === 'role' || (t.word.length >= 2 && t.word.length <= 6 && ROLE_SHAPE.test(t.word) && /^[\u4e00-\u9fff]+$/.test(t.word));
}

export function extractPersons(s: SentenceCtx, ctx: RuleCtx): void {
  const toks = s.tokens;
  // jieba can cut 建行长沙 as 建/行长/沙: a "role" inside a bank's name is none.
  const banks = ctx.inSentence(s.index).filter((m) => m.type === 'Bank');
  const inBank = (t: Token): boolean => banks.some((b) => t.start < b.end && t.start + t.word.length > b.start);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Role + name, and the names listed after it with 、 (员工刘芳、陈小军、王丽).
    if (isRole(t, ctx) && !inBank(t)) {
      const n = speakerAt(s, toks[i + 1]) ?? nameAt(toks, i + 1) ?? nameAfterRole(s, toks, i + 1);
      if (n && n.start === t.start + t.word.length && !notAName(n.name)) {
        add(s, ctx, n, 'person.after-role', 0.9, t.word);
        let end = n.end;
        for (;;) {
          if (s.text[end] !== '、') break;
          const k = toks.findIndex((x) => x.start === end + 1);
          const more = k === -1 ? undefined : nameAt(toks, k);
          if (!more || notAName(more.name)) break;
          add(s, ctx, more, 'person.after-role', 0.85, t.word);
          end = more.end;
        }
        continue;
      }
    }
    const n = nameAt(toks, i);
    if (!n || notAName(n.name)) continue;
    const rest = s.text.slice(n.end);
    const before = toks[i - 1];
    if (SPEECH.test(rest) && (toks[i]!.tag.startsWith('nr') || toks[i]!.tag === 'x')) {
      add(s, ctx, n, 'person.speaker', 0.8);
    } else if (/^(?:先生|女士)/.test(rest) || (before && CONTEXT_NOUNS.test(before.word) && before.start + before.word.length === n.start)) {
      // 赵建国先生, 客户赵建国: named people who are not staff.
      add(s, ctx, n, 'person.titled', 0.75);
    } else if (toks[i]!.tag === 'nr' && n.name === toks[i]!.word) {
      // Candidate by POS tag alone: kept only if the file names it often and, once at least, as a person (see resolve).
      add(s, ctx, n, PERSON_MARKER.test(rest) ? 'person.pos-marked' : 'person.pos', PERSON_MARKER.test(rest) ? 0.6 : 0.4);
    }
  }
  // Photo credits inside the text: 裴鑫 摄.
  for (const m of s.text.matchAll(PHOTO_CREDIT)) {
    const name = m[1]!;
    if (!looksLikeFullName(name)) continue;
    const at = m.index + m[0].indexOf(name);
    add(s, ctx, { name, start: at, end: at + name.length }, 'person.photo-credit', 0.85, '摄影');
  }
}

function add(s: SentenceCtx, ctx: RuleCtx, n: { name: string; start: number; end: number }, rule: string, confidence: number, role?: string): void {
  if (ctx.inSentence(s.index).some((m) => m.type === 'Person' && m.start === n.start)) return;
  ctx.add({
    type: 'Person',
    name: n.name,
    surface: s.surface.slice(n.start, n.end),
    sentence: s.index,
    start: n.start,
    end: n.end,
    rule,
    confidence,
    ...(role ? { role } : {}),
  });
}
