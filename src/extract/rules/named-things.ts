/**
 * Programmes and honours. Most are quoted (开展“普及金融知识万里行”活动,
 * 荣获“辽宁好人”称号); the quote is classified by its shape (…先锋号, …文明单位
 * are honours; …驿站, …大赛 programmes), by the words around it (荣获/评为
 * before, 称号/荣誉 after → honour; 开展/启动 before, 活动/主题教育 after →
 * programme), or by the domain dictionary. Quotes that are neither (slogans:
 * “四个意识”, speech) are left alone. Unquoted honours are taken after 评为 or
 * when their shape is unmistakable (朝阳市学雷锋标兵).
 */
import type { RuleCtx, SentenceCtx } from '../types.js';
import { isNamey, tokenAt } from './common.js';

const HONOUR_SHAPE =
  /(?:文明单位|文明城市|文明窗口|文明号|先锋号|劳动奖状|劳动奖章|劳动模范|先进集体|先进个人|先进单位|先进网点|先进工作者|标兵|好人|榜样|能手|示范岗|示范点|服务点|红旗手|红旗团支部|文明岗|优秀单位|组织单位|服务业企业|小巨人”?企业|最美[\u4e00-\u9fff]{1,4}|之星|十佳[\u4e00-\u9fff]*|金融品牌|奖|优秀共产党员|优秀党务工作者|先进基层党组织|逆行者)$/;
const PROGRAMME_SHAPE = /(?:驿站|存折|万里行|进万家|大赛|竞赛|工作室|服务站|活动|行动|工程|计划|主题教育|宣传月|宣传周|港湾|课堂|基金|直播|足迹)$/;
const HONOUR_BEFORE = /(?:荣获|获得了?|获评|被评为|评为|授予|荣膺|摘得|入选|喜获|斩获|获)[^，。；]{0,8}$/;
const HONOUR_AFTER = /^(?:称号|荣誉|奖|等荣誉|等称号|等多项荣誉|等奖项|评选|荣誉称号)/;
const PROGRAMME_BEFORE = /(?:开展|启动|举办|发起|推出|组织|参加|参与|开启|打造|搭建|设立|实施|深化|举行|承办|主办|联合|推进|推动|持续推进|创建|开设)了?(?:第[一二三四五六七八九十百\d]+[届期季次])?$/;
const PROGRAMME_AFTER = /^(?:活动|主题活动|宣传活动|系列活动|系列宣传活动|品牌|行动|工程|大赛|竞赛|比赛|创建活动|特色创建活动|实践活动|主题教育|宣传月|志愿服务|项目|专项行动|计划|直播|续存活动|文化主题|创建工作|创建|全国大学生|主题宣传|宣讲|首站|特色)/;
const UNQUOTED_HONOUR_AFTER_TRIGGER = /(?:被[^，。；]{0,12}?评为|荣获|获评|授予|被评为)([\u4e00-\u9fff]{2,14}?)(?=[，。；、,;]|称号|$)/g;
const UNQUOTED_CORE = /学雷锋标兵|劳动模范|文明单位|文明城市|先锋号|先进集体|劳动奖状|劳动奖章|青年文明号|巾帼文明岗|三八红旗手/;
const UNQUOTED_HONOUR_SHAPE = new RegExp(UNQUOTED_CORE.source, 'g');

const PRODUCT_AFTER = /^(?:系列)?(?:产品|贷款产品|理财产品|信用卡|借记卡|专属卡|存款产品|保险产品|APP|App|app)/;
const SLOGAN_AFTER = /^(?:的|承诺|理念|宗旨|思想|精神|要求|原则|目标|口号|作风|意识|工作法|服务理念|经营理念|方针|战略|总要求|标准)/;
const HONOUR_QUALIFIER = /^(?:省级|市级|县级|国家级|总行级|分行级|全国|全省|全市|最佳|优秀|先进|模范)$/;
/** Is the quote [start, end) one of several quotes in a row (“A”“B”, “A”、“B”)? */
function inList(text: string, start: number, end: number): boolean {
  return /[”"]、?$/.test(text.slice(Math.max(0, start - 2), start)) || /^、?[“"]/.test(text.slice(end, end + 2));
}

const QUOTE = /[“"]([^“”"]{2,30}?)[”"]/g;

export function extractNamedThings(s: SentenceCtx, ctx: RuleCtx): void {
  const text = s.text;
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTE)) {
    const q = m[1]!.trim();
    if (/[。！？!?]/.test(q) || /^[\d\s.·]+$/.test(q) || /[+＋]/.test(q)) continue; // speech, a number, a formula (党建+, 互联网+政务)
    const compact = q.replace(/\s+/g, '');
    // 推出“科创快贷”产品: a financial product, not an initiative.
    if (ctx.lex.typed.get(compact) === 'product' || PRODUCT_AFTER.test(text.slice(m.index + m[0].length))) {
      const at = m.index + m[0].indexOf(q);
      ctx.add({ type: 'Product', name: compact, surface: s.surface.slice(at, at + q.length), sentence: s.index, start: at, end: at + q.length, rule: 'product.dictionary', confidence: 0.9 });
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 12);
    const typed = ctx.lex.typed.get(q);
    const qStart = start + m[0].indexOf(q);
    const qEnd = qStart + q.length;
    // 专精特新“小巨人”企业: the quote is the middle of an honour's name.
    const tailWord = /^(?:企业|单位|网点|集体|个人|示范点|示范单位)/.exec(after);
    if (tailWord && /[\u4e00-\u9fff]$/.test(text.slice(0, start))) {
      let at = start;
      let ti = tokenAt(s.tokens, start - 1);
      while (ti >= 0 && isNamey(s.tokens[ti]!) && start - s.tokens[ti]!.start <= 8) at = s.tokens[ti--]!.start;
      const end2 = end + tailWord[0].length;
      if (at < start) {
        found.push([at, end2]);
        ctx.add({ type: 'Honour', name: text.slice(at, end2), surface: s.surface.slice(at, end2), sentence: s.index, start: at, end: end2, rule: 'honour.embedded-quote', confidence: 0.8, aliases: [q, q + tailWord[0]] });
        continue;
      }
    }
    // A quoted principle or promise (践行“只跑一次”承诺, “以人民为中心”的思想) names no programme.
    if (SLOGAN_AFTER.test(after)) continue;
    let type: 'Honour' | 'Programme' | undefined;
    let rule = '';
    if (typed === 'honour' || (HONOUR_SHAPE.test(q) && !PROGRAMME_AFTER.test(after))) {
      type = 'Honour';
      rule = typed ? 'honour.dictionary' : 'honour.shape';
    } else if (typed === 'programme') {
      type = 'Programme';
      rule = 'programme.dictionary';
    } else if (HONOUR_AFTER.test(after) || (HONOUR_BEFORE.test(before) && !PROGRAMME_AFTER.test(after))) {
      type = 'Honour';
      rule = 'honour.context';
    } else if (PROGRAMME_SHAPE.test(q) || (!inList(text, start, end) && (PROGRAMME_AFTER.test(after) || (PROGRAMME_BEFORE.test(before) && !/的/.test(q))))) {
      // A run of quoted topics (开展“文明用餐”“节约用电”等) or a description (打造“身边的银行”) names no programme.
      type = 'Programme';
      rule = 'programme.context';
    } else if (HONOUR_SHAPE.test(q)) {
      type = 'Honour';
      rule = 'honour.shape';
    }
    if (!type) continue;
    const aliases: string[] = [];
    const suffix = /^(?:活动|主题活动|宣传活动|系列宣传活动|创建活动|特色创建活动|实践活动|主题教育|续存活动|宣传月主题活动|志愿服务宣传月主题活动|主题宣传实践活动|文化主题实践活动)/.exec(after);
    if (type === 'Programme' && suffix) aliases.push(q + suffix[0]);
    found.push([start, end]);
    ctx.add({ type, name: q.replace(/\s+/g, ' '), surface: s.surface.slice(qStart, qEnd), sentence: s.index, start: qStart, end: qEnd, rule, confidence: rule.endsWith('context') ? 0.75 : 0.9, aliases });
  }
  const inQuote = (a: number, b: number): boolean => found.some(([x, y]) => a < y && b > x);
  // Dictionary words written without quotes (工行驿站).
  for (const t of s.tokens) {
    const tag = ctx.lex.typed.get(t.word);
    if ((tag === 'programme' || tag === 'honour') && !inQuote(t.start, t.start + t.word.length)) {
      ctx.add({ type: tag === 'honour' ? 'Honour' : 'Programme', name: t.word, surface: s.surface.slice(t.start, t.start + t.word.length), sentence: s.index, start: t.start, end: t.start + t.word.length, rule: `${tag}.dictionary`, confidence: 0.9 });
    }
  }
  // Unquoted honours after 评为 / 荣获.
  for (const m of text.matchAll(UNQUOTED_HONOUR_AFTER_TRIGGER)) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    if (inQuote(at, at + name.length) || /[“”"]/.test(name)) continue;
    ctx.add({ type: 'Honour', name, surface: s.surface.slice(at, at + name.length), sentence: s.index, start: at, end: at + name.length, rule: 'honour.after-trigger', confidence: 0.7 });
    found.push([at, at + name.length]);
  }
  for (const m of text.matchAll(UNQUOTED_HONOUR_SHAPE)) {
    const end = m.index + m[0].length;
    const coreStart = m.index + m[0].search(UNQUOTED_CORE);
    // Extend left over name-like tokens (全国, 朝阳市), never over verbs (创建, 作为) or ordinals (第六届).
    let at = coreStart;
    let ti = tokenAt(s.tokens, coreStart - 1);
    while (ti >= 0) {
      const t = s.tokens[ti]!;
      const qualifier = HONOUR_QUALIFIER.test(t.word);
      if ((!isNamey(t) && !qualifier) || /^第|届$/.test(t.word) || t.tag === 'm' || coreStart - t.start > 8) break;
      at = t.start;
      ti--;
    }
    const name = text.slice(at, end);
    // A bare 文明城市 / 文明单位 is a kind of title, not a named one: it needs a qualifier (全国, 省级最佳, 朝阳市).
    if (name.length < 4 || (at === coreStart && end - coreStart < 5) || inQuote(at, end)) continue;
    ctx.add({ type: 'Honour', name, surface: s.surface.slice(at, end), sentence: s.index, start: at, end, rule: 'honour.shape-unquoted', confidence: 0.65 });
  }
}
