/**
 * Copy sites print the reading of some characters after them in brackets (中國(guó)銀行, 行長(zhǎng)), which
 * cuts names in two. A bracket holding only pinyin with a tone mark, right after a Chinese character, is such a
 * reading: never a name's part, and never anything else an article writes in brackets (its Latin words carry no
 * tone marks).
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
export const PINYIN_READING = new RegExp(`(?<=[\\u4e00-\\u9fff])[(（][a-zü${TONED}]*[${TONED}][a-zü${TONED}]*(?:\\s+[a-zü${TONED}]+)*[)）]`, 'g');

/** The text without pinyin readings. */
export function withoutPinyin(s: string): string {
  return s.includes('(') || s.includes('（') ? s.replace(PINYIN_READING, '') : s;
}
