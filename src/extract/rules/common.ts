/**
 * Shared pieces of the rules: which tokens can be part of a proper name,
 * which words break one, and the left-extension walk that finds where a
 * name starts when only its end (a suffix such as 支行) is known.
 */
import type { Token } from '../../segment/jieba.js';

/** POS tags of tokens that can be part of a name (nouns, places, unknown words, numerals). */
const NAMEY_TAGS = new Set(['n', 'ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'x', 'j', 'eng', 's', 'm', 'a', 'b', 'f', 'ng', 'g', 'l', 'i', 'an', 'tg', 'zg', 'unit', 'place', 'bank']);

/** Words that never belong inside a unit name even when tagged as nouns. */
const STOP_WORDS = new Set([
  '的', '在', '和', '与', '及', '是', '了', '等', '对', '从', '把', '被', '由', '将', '为', '到', '于', '向', '以', '并', '或', '其', '该',
  '各', '本', '全', '这', '那', '由于', '通过', '作为', '其中', '包括', '所在', '当地', '上级', '下级', '辖内', '全辖', '全省', '全市', '全行',
  '基层', '城区', '农村', '县域', '异地', '同城', '周边', '多家', '其他', '二级', '一级', '各级', '省级', '市级', '县级', '新', '老', '家',
  '所属', '隶属', '隶属于', '下属', '旗下', '所辖', '下辖', '辖属', '图为', '获悉', '位于', '来自', '前身', '原',
]);

/** Words that end a unit's name even inside an anchored one (工行…所属…支行 is two units). */
export const NAME_BREAK_WORDS = /所属|隶属|下属|旗下|所辖|下辖|辖属|图为|获悉|位于|来自|前身/;

function isPunct(s: string): boolean {
  return /^[\s\p{P}\p{S}]+$/u.test(s);
}

export function isNamey(t: Token): boolean {
  if (STOP_WORDS.has(t.word) || isPunct(t.word)) return false;
  if (t.tag === 'm' && /^[0-9０-９.%]+$/.test(t.word)) return false;
  return NAMEY_TAGS.has(t.tag) || /^[A-Za-z]+$/.test(t.word);
}

/** Index of the token that starts at or covers `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start <= offset && offset < t.start + t.word.length) return i;
  }
  return -1;
}

/** Generic words that are not a unit's name (二级分行, 市分行, 上级行). */
export function isGenericName(name: string): boolean {
  // Whole generic words only: 本溪 and 全椒 are places even though 本 and 全 alone are not names.
  return (
    name.length < 2 ||
    /^(?:[省市县区]|二级|一级|各级|本|全|上级|下级|辖内|基层|县域|城区|农村|当地|多家|其他|所在|一家|这家|每家|总|全省|全市|全国|省级|市级|县级)$/.test(name) ||
    /^(?:该|各|这|那|每|其)/.test(name) ||
    /[0-9]+家|家$/.test(name)
  );
}
