/**
 * People credited in a line of the text rather than in a byline block: news
 * leads and metadata lines (某日报讯全媒体记者王某通讯员李某近日…,
 * 来源:某县联社 作者:张某, 来源:某某在线编辑:张某, 作者:某农商银行通讯员 赵某、钱某、孙某,
 * (记者周某、吴某21日电), 责编:郑某). A credit role of two or more
 * characters, then the names it applies to, separated by spaces or 、.
 */
import { cues } from '../../cues.js';
import { defineMentionRule } from '../../rule.js';
import { GLUED_AFTER_NAME, notAName } from '../../scan/persons.js';
import type { RuleCtx, SentenceCtx } from '../../types.js';

const compiled = new WeakMap<object, RegExp>();
function creditRoles(ctx: RuleCtx): RegExp {
  let re = compiled.get(ctx.lex);
  if (!re) {
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const roles = ctx.lex.cues['byline-role'].filter((r) => r.length > 1 && !r.includes('/')).sort((a, b) => b.length - a.length);
    // The role stands at the start of the line, after punctuation, a space, a colon, a news lead (讯) or a
    // byline prefix (全媒体, 本报) or a news outlet (新华网记者, 新华社记者, 某日报记者), never inside a word (记者会, 新闻记者站).
    // (〔記者某某／台北報導〕: Taiwan's papers open with the credit in tortoise-shell brackets.)
    // (A credit line may mark itself with a square, a diamond or a dot, ■监制:某某, and join role and name by a slash,
    // 记者/某某 拍摄/某某.)
    re = new RegExp(`(?<=^|[\\s，,。；;：:、（(【\\[】\\]）)〔〕［］·・讯|｜■□◎●▲◆◇★☆]|${ctx.lex.cues['byline-prefix'].map(esc).join('|')}|银行|分行|支行|联社|网|社|报|台|在线|新闻)(${roles.map(esc).join('|')})[:：/／]?\\s*`, 'g');
    compiled.set(ctx.lex, re);
  }
  return re;
}

/**
 * 工商时报【魏某】, 经济日报〔李某、王某〕: a news outlet, then its reporters' names alone in brackets (as Taiwan's
 * papers open an article), maybe with where they report from after a slash (中國時報【某某╱台北報導】: the papers
 * write the slash as ／, / or the box-drawing ╱). Only names fill the brackets; 【記者某某／台北報導】 is read as a
 * credit above.
 */
const OUTLET_BRACKET = /(?:^|(?<=[\s。！？]))[\u4e00-\u9fff]{0,8}(?:时报|日报|晚报|商报|周刊|报|新闻网|网)[ \t\u3000]*[【〔［[]((?:[\u4e00-\u9fff]{2,4}[、 \u3000]?){1,4})(?:[／/╱][\u4e00-\u9fff]{2,6}(?:报导|报道|电))?[】〕］\]]/g;

/**
 * □陈某 梁某: a line of names alone after a square or a dot, as a newspaper marks its reporters above a story.
 */
const MARKED_NAMES = /^\s*[□■◎●]\s*((?:[\u4e00-\u9fff]{2,4}(?:[ \u3000、]+|\s*$)){1,4})$/;

/** Does a token of the sentence end at `end` (a name never ends inside a word: 邓洋 of 邓洋近日, not 邓洋近)? */
function endsToken(s: SentenceCtx, end: number): boolean {
  return end >= s.text.length || !/[\u4e00-\u9fff]/.test(s.text[end]!) || s.tokens.some((t) => t.start + t.word.length === end);
}

export const personCredit = defineMentionRule({
  id: 'person.credit',
  description: 'a person credited in a line of the text (记者 X, 通讯员 X、Y, 作者:X)',
  produces: 'Person',
  confidence: 0.9,
  strength: 'certain',
  run(s, ctx, emit) {
    const names = ctx.lex.names;
    const c = cues(ctx.lex);
    // (A name never ends in a credit's role or its credit: 记者查询 is no name, nor 邹帆摄 of （记者邹帆摄）.)
    const endings = [...ctx.lex.cues['byline-role'], ...ctx.lex.cues['credit']];
    for (const m of s.text.matchAll(OUTLET_BRACKET)) {
      let at = m.index + m[0].search(/[【〔［[]/) + 1;
      const items = m[1]!.split(/([、 \u3000])/);
      const found: Array<{ name: string; start: number }> = [];
      for (const item of items) {
        if (item.length > 1) found.push({ name: item, start: at });
        at += item.length;
      }
      if (found.every((f) => names.looksLikeFullName(f.name) && !notAName(f.name, c, names))) {
        for (const f of found) emit({ type: 'Person', name: f.name, surface: s.surface.slice(f.start, f.start + f.name.length), sentence: s.index, start: f.start, end: f.start + f.name.length, role: '记者', unitBefore: m.index });
      }
    }
    const marked = MARKED_NAMES.exec(s.text);
    if (marked) {
      const found = [...marked[1]!.matchAll(/[\u4e00-\u9fff]+/g)].map((n) => ({ name: n[0], start: marked.index + marked[0].length - marked[1]!.length + n.index }));
      if (found.every((f) => names.looksLikeFullName(f.name) && !notAName(f.name, c, names) && endsToken(s, f.start + f.name.length))) {
        for (const f of found) emit({ type: 'Person', name: f.name, surface: s.surface.slice(f.start, f.start + f.name.length), sentence: s.index, start: f.start, end: f.start + f.name.length, role: '作者' });
      }
    }
    for (const m of s.text.matchAll(creditRoles(ctx))) {
      const role = m[1]!;
      // 来源:某农商银行  作者:张某: a bank's own page names its staff as authors; the unit is the source's.
      const source = /来源[:：]\s*[^\s:：]+?(\s+)$/.exec(s.text.slice(Math.max(0, m.index - 30), m.index));
      const unitBefore = source ? m.index - source[1]!.length : m.index;
      let at = m.index + m[0].length;
      for (;;) {
        let found: { name: string; end: number } | undefined;
        for (const len of [4, 3, 2]) {
          const name = s.text.slice(at, at + len);
          // 记者查询发现: a verb or the like jieba reads as one word is no name (a name it may read as a noun: 海燕).
          const word = s.tokens.find((t) => t.start === at && t.word.length === len);
          if (word && /^(?:v|vn|vd|vi|d|p|c|ad|r|m|q|f|t)$/.test(word.tag)) continue;
          // (作者: 来源: 长城网: an empty credit, then the next label; a word before a colon is a label, no name.)
          // (作者:信息员: a job, ending as jobs do, is no name; nor is a word of the list of words that start with
          // a surname, 慕名.)
          if (/员$/.test(name)) continue;
          // (记者王磊/x 在/p 现场: a function word jieba cut off after the name is no piece of it.)
          if (len > 2 && GLUED_AFTER_NAME.test(name[len - 1]!) && names.looksLikeFullName(name.slice(0, -1)) && endsToken(s, at + len - 1) && !s.tokens.some((t) => t.start === at && t.word.length === len)) continue;
          if (names.looksLikeFullName(name) && !notAName(name, c, names) && endsToken(s, at + len) && !endings.some((r) => name.endsWith(r)) && !/^\s*[:：]/.test(s.text.slice(at + len))) {
            found = { name, end: at + len };
            break;
          }
        }
        if (!found) break;
        // 魏某(文) 朱某(图): a credit in brackets after a name says what that person did.
        const credit = /^[（(]([文图])[）)]/.exec(s.text.slice(found.end));
        const said = credit ? (credit[1] === '图' ? '摄影' : '作者') : role === '文字' || role === '撰稿' || role === '采写' ? '作者' : role;
        emit({ type: 'Person', name: found.name, surface: s.surface.slice(at, found.end), sentence: s.index, start: at, end: found.end, role: said, unitBefore });
        const next = found.end + (credit ? credit[0].length : 0);
        const sep = /^[\s、，,]+/.exec(s.text.slice(next));
        if (!sep) break;
        at = next + sep[0].length;
      }
    }
  },
});
