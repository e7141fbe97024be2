/**
 * jieba reads 行长 and a surname after it as 行 / 长江 when the two make a
 * word of their own (该行行长江海涛 → 该行 / 行 / 长江 / 海涛): the post is lost
 * and the name cut to 海涛. The tokens are put back as the text means them.
 */
import type { Token } from '../../segment/jieba.js';
import type { Names } from '../../text/names.js';

/** Tags of the token after the glued surname that make it a given name (海涛/nr, 立群/x). */
const GIVEN_NAME_TAG = /^(?:nr|nrfg|nrt|x)$/;

export function splitPostFromSurname(tokens: Token[], names: Names): Token[] {
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
    if (glued) {
      out ??= tokens.slice(0, i);
      out.push({ word: '行长', tag: 'role', start: t.start }, { word: u.word[1]!, tag: 'nr', start: u.start + 1 });
      i++;
    } else out?.push(t);
  }
  return out ?? tokens;
}
