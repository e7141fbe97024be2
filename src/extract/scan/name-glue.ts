/**
 * Tokens jieba glues across a name's edge, put back as the text means them:
 * - 行长 and a surname after it read as 行 / 长江 when the two make a word of their own (该行行长江海涛 → 该行 / 行 /
 *   长江 / 海涛): the post is lost and the name cut to 海涛;
 * - 由 glued to the surname of an unknown name (由林/x 美玲/nr 接任): the name loses its surname; or to a whole
 *   unknown name (由钱丽/x 理事长);
 * - Taiwan's dates 今（5）日, 昨（4）日 glued to the name before them (黄伟今/x （/x 5/x ）/x 日/m);
 * - 获, 于, 摄 or 的 glued to the end of a name jieba does not know (邹帆获/x “服务明星”, 曹斌/x 利获/x 一等奖,
 *   郑敏于/x 2020年, （记者邹帆摄/x）, 马素/x 平的/x 《…》): each is a word of its own after a name, never a name's
 *   last character as jieba's guess has it;
 * - 荣获 after a lone surname (宋/nr 荣获/nr 得/ud 亚军, 宋/nr 荣获/nr “服务明星”): the name is 宋荣, then 获 or 获得
 *   (荣获 never takes 得, and a person named by the surname alone is 宋某 or 小宋 in news, not 宋);
 * - 将 (will) glued to a name's last character into a noun jieba knows (梁国/ns 强将/n 接任, 陈国/x 良将/n 出席): before a
 *   verb it is the adverb, and the character before it ends the name (强将, 良将 are no words of bank news). Only the
 *   noun: 即将, 必将 (about to, surely will) after a name are adverbs of their own (韩梅/x 即将/d 退休);
 * - 主任 before the surname 何 read as 主 / 任何 (any) when a name's part follows (信用社主/b 任何/r 平与/x): the post and
 *   the surname (主任何时, 主任任何时候 are cut right by jieba already).
 */
import type { Token } from '../../segment/jieba.js';
import type { Names } from '../../text/names.js';

/** Tags of the token after the glued surname that make it a given name (海涛/nr, 立群/x). */
const GIVEN_NAME_TAG = /^(?:nr|nrfg|nrt|x)$/;

/** The tag of a character split off an unknown word (a verb otherwise). */
const GLUED_TAG: Record<string, string> = { 于: 'p', 的: 'uj' };

export function ungluedAroundNames(tokens: Token[], names: Names): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const u = tokens[i + 1];
    const w = tokens[i + 2];
    const glued =
      t.word === '行' &&
      u !== undefined &&
      w !== undefined &&
      u.word.length === 2 &&
      u.word[0] === '长' &&
      u.start === t.start + 1 &&
      w.start === u.start + 2 &&
      w.word.length <= 2 &&
      GIVEN_NAME_TAG.test(w.tag) &&
      names.surnameLength(u.word[1]!) === 1 &&
      names.looksLikeFullName(u.word[1]! + w.word);
    // 由林/x 美玲/nr: 由, then a surname and the given name after it.
    const byWhom =
      !glued &&
      t.tag === 'x' &&
      t.word.length === 2 &&
      t.word[0] === '由' &&
      u !== undefined &&
      u.start === t.start + 2 &&
      u.word.length <= 2 &&
      GIVEN_NAME_TAG.test(u.tag) &&
      names.surnameLength(t.word[1]!) === 1 &&
      names.looksLikeFullName(t.word[1]! + u.word);
    // 由钱丽/x 理事长: 由 glued to a whole unknown name.
    const byWhomWhole = !glued && !byWhom && t.tag === 'x' && (t.word.length === 3 || t.word.length === 4) && t.word[0] === '由' && names.looksLikeFullName(t.word.slice(1));
    // 黄伟今/x （5）日: a day given as 今（5）日 or 昨（4）日, its first character glued to the name.
    const day = !glued && !byWhom && !byWhomWhole && t.tag === 'x' && t.word.length >= 3 && /[今昨]$/.test(t.word) && u?.word === '（' && names.looksLikeFullName(t.word.slice(0, -1));
    // 邹帆获/x, 利获/x, 郑敏于/x, 邹帆摄/x: an unknown word ending in 获, 于 or 摄 (a known one, 荣获/喜获/斩获,
    // 对于, 拍摄, has a tag of its own).
    const wins = !glued && !byWhom && !byWhomWhole && !day && t.tag === 'x' && t.word.length >= 2 && t.word.length <= 4 && /[获于摄的]$/.test(t.word) && /^[\u4e00-\u9fff]+$/.test(t.word);
    // 宋/nr 荣获/nr 得/ud, 宋/nr 荣获/nr “: a one-character surname, then 荣获.
    const prev = out ? out[out.length - 1] : tokens[i - 1];
    const rongHuo =
      !glued && !byWhom && !day && !wins && t.word === '荣获' && prev !== undefined && prev.word.length === 1 && prev.start + 1 === t.start && names.surnameLength(prev.word) === 1 && names.looksLikeFullName(prev.word + '荣');
    // 梁国/ns 强将/n 接任/v: the name's last character and 将, then the verb 将 announces.
    const will =
      !glued && !byWhom && !byWhomWhole && !day && !wins && !rongHuo &&
      t.word.length === 2 && t.word[1] === '将' && t.tag === 'n' && prev !== undefined && prev.start + prev.word.length === t.start &&
      (prev.word.length === 1 || prev.word.length === 2) && u !== undefined && u.start === t.start + 2 && /^(?:v|vn|p|d)$/.test(u.tag) &&
      names.surnameLength(prev.word[0]!) === 1 && names.looksLikeFullName(prev.word + t.word[0]!);
    // 主/b 任何/r 平/x: the post 主任 and the surname 何, read by jieba as 主 and 任何 (any); 何 and what follows make a name.
    const zhuRenHe =
      !glued && !byWhom && !byWhomWhole && !day && !wins && !rongHuo && !will &&
      t.word === '主' && u !== undefined && u.word === '任何' && u.start === t.start + 1 && w !== undefined && w.start === u.start + 2 &&
      /^(?:x|nr|nrfg|nz|zg|ng|a|n)$/.test(w.tag) && /^[\u4e00-\u9fff]/.test(w.word) && names.looksLikeFullName('何' + w.word[0]!);
    if (zhuRenHe) {
      out ??= tokens.slice(0, i);
      out.push({ word: '主任', tag: 'role', start: t.start }, { word: '何', tag: 'nr', start: u.start + 1 });
      i++;
    } else if (will) {
      out ??= tokens.slice(0, i);
      out.pop();
      out.push({ word: prev.word + t.word[0]!, tag: 'nr', start: prev.start }, { word: '将', tag: 'd', start: t.start + 1 });
    } else if (glued) {
      out ??= tokens.slice(0, i);
      out.push({ word: '行长', tag: 'role', start: t.start }, { word: u.word[1]!, tag: 'nr', start: u.start + 1 });
      i++;
    } else if (byWhom) {
      out ??= tokens.slice(0, i);
      out.push({ word: '由', tag: 'p', start: t.start }, { word: t.word[1]!, tag: 'nr', start: t.start + 1 });
    } else if (byWhomWhole) {
      out ??= tokens.slice(0, i);
      out.push({ word: '由', tag: 'p', start: t.start }, { word: t.word.slice(1), tag: 'x', start: t.start + 1 });
    } else if (day) {
      out ??= tokens.slice(0, i);
      out.push({ word: t.word.slice(0, -1), tag: 'nr', start: t.start }, { word: t.word.slice(-1), tag: 't', start: t.start + t.word.length - 1 });
    } else if (wins) {
      out ??= tokens.slice(0, i);
      out.push({ word: t.word.slice(0, -1), tag: 'x', start: t.start }, { word: t.word.slice(-1), tag: GLUED_TAG[t.word.slice(-1)] ?? 'v', start: t.start + t.word.length - 1 });
    } else if (rongHuo) {
      out ??= tokens.slice(0, i);
      out.push({ word: '荣', tag: 'nr', start: t.start });
      if (u?.word === '得' && u.start === t.start + 2) {
        out.push({ word: '获得', tag: 'v', start: t.start + 1 });
        i++;
      } else out.push({ word: '获', tag: 'v', start: t.start + 1 });
    } else out?.push(t);
  }
  return out ?? tokens;
}

/**
 * Characters that follow a name as words of their own far more often than they end one (王芳今天, 王芳同时, 王芳一同,
 * 王芳看到): a word jieba read after a two-character name that starts with one of them is never cut for the name.
 */
const NOT_GLUED_NAME_END = /[则都却很才仍便刚已曾亦均皆正最更太挺真竟总先再常同不没未只仅一也又就还在说和等是的到把被对向从为带给将与及了着过今昨明天年月日来去看走拿让叫要想会能可有做进出回上下起开送请用找问听坐站跑笑喊拉推接打写读学教发称自于递]/;

/** Tags of a first name-part jieba guessed (陈淑/x, 张家/nrfg), where it may have taken the name's last character. */
const GUESSED_PART = /^(?:x|nrfg)$/;

/** Tags of the word after it that cannot take a name's last character: function words, numbers, names, units. */
const NOT_A_GLUED_WORD = /^(?:x|m|mq|q|r|p|c|d|u|uj|ul|uz|ug|ud|uv|y|e|o|f|nr|nrfg|nrt|role|unit|bank|eng)$/;

/**
 * A Taiwan or Hong Kong given name's last character read by jieba as the first of the word after it: 陈淑/x 惠及/ns
 * 时/n (陈淑惠及时), 李志/x 强调/v 任/r (李志强调任), 张家/nrfg 伟大/a 力/n (张家伟大力), 黄子/x 安全/an 程/n
 * (黄子安全程), 陈美/x 君子/n 女/b (陈美君子女). Where the rest, from the word's second character, starts a word of
 * jieba's own (及时, 调任, 大力, 全程, 子女), the character ends the name; otherwise the cut stands (陈淑/x 华丽/nr 转身:
 * 丽转 is no word). Only where jieba left the next word a lone character or an unknown pair (时, 力, 快地): a word it
 * reads whole after the pair (耐心/地 of 王芳耐心地) is one. The rest of the sentence is tagged anew from there.
 */
export function regluedNameEnds(tokens: Token[], text: string, names: Names, retag: (s: string) => Token[]): Token[] {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const p = tokens[i]!;
    const t = tokens[i + 1]!;
    const u = tokens[i + 2]!;
    if (p.word.length !== 2 || !GUESSED_PART.test(p.tag) || names.surnameLength(p.word) !== 1) continue;
    if (t.word.length !== 2 || t.start !== p.start + 2 || u.start !== t.start + 2 || NOT_A_GLUED_WORD.test(t.tag)) continue;
    if (!/^[\u4e00-\u9fff]{2}$/.test(t.word) || NOT_GLUED_NAME_END.test(t.word[0]!)) continue;
    if (!names.looksLikeFullName(p.word + t.word[0]!)) continue;
    // (jieba left the word after it a lone character, 惠及/时, 伟大/力, or an unknown pair, 豪爽/快地: the word is
    // misread. Not a particle: 耐心/地 is the adverb after a name, 王芳耐心地.)
    if (!((u.word.length === 1 && /^[\u4e00-\u9fff]$/.test(u.word) && !/^(?:u|uj|ul|uz|ug|ud|uv|y|e|o)$/.test(u.tag)) || (u.word.length === 2 && u.tag === 'x'))) continue;
    const restAt = t.start + 1;
    const rest = retag(text.slice(restAt));
    const first = rest[0];
    if (!first || first.word.length < 2 || /^(?:x|m|mq|nr|nrfg|nrt|eng)$/.test(first.tag)) continue;
    return [...tokens.slice(0, i), { word: p.word + t.word[0]!, tag: 'nr', start: p.start }, ...rest.map((r) => ({ ...r, start: r.start + restAt }))];
  }
  return tokens;
}
