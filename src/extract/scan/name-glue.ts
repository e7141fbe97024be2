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
