/**
 * Synthetic corpus for benchmarks: Chinese bank-news articles built from the
 * project's own sentence templates and word lists (no real article text).
 *
 * Output depends only on `count` and `seed`. It uses a seeded PRNG
 * (mulberry32) and never Math.random, so a benchmark run can be reproduced
 * exactly.
 *
 * Each article has a title line, sometimes a `——` subtitle, a byline in one of
 * the forms the real corpus uses, and 4–8 paragraphs. It is 600–1500
 * characters long, counted in UTF-16 code units including line breaks. About a
 * third of the articles are hard-wrapped the way PDF extraction wraps text:
 * every 16–20 characters, even mid-word, sometimes with a blank line after
 * each line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SynthArticle {
  name: string;
  text: string;
}

export const SYNTH_MIN_CHARS = 600;
export const SYNTH_MAX_CHARS = 1500;

// ---------------------------------------------------------------- PRNG

class Rng {
  private state: number;

  constructor(seed: number) {
    // Mix the seed so that nearby seeds give unrelated streams.
    this.state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  }

  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[this.int(0, xs.length - 1)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
}

// ---------------------------------------------------------------- word lists

interface BankSpec {
  full: string;
  short: string;
  /** Programmes only this bank runs. */
  own: readonly string[];
  /** Honours only this bank confers on its own units, with the conferrer. */
  ownHonours: readonly (readonly [honour: string, conferrer: string])[];
}

const BANKS: readonly BankSpec[] = [
  { full: '中国工商银行', short: '工行', own: ['工行驿站', '雷锋存折'], ownHonours: [['工银先锋号', '总行']] },
  { full: '中国工商银行', short: '工商银行', own: ['工行驿站'], ownHonours: [['工银先锋号', '总行']] },
  { full: '中国农业银行', short: '农行', own: ['金穗惠农服务站'], ownHonours: [] },
  { full: '中国建设银行', short: '建行', own: ['劳动者港湾'], ownHonours: [] },
  { full: '中国银行', short: '中行', own: ['银发守护行动'], ownHonours: [] },
  { full: '交通银行', short: '交行', own: ['交行暖心站'], ownHonours: [] },
  { full: '中国邮政储蓄银行', short: '邮储银行', own: ['邮你同行'], ownHonours: [] },
];

const PLACES: readonly (readonly [province: string, city: string])[] = [
  ['辽宁省', '沈阳'], ['辽宁省', '大连'], ['辽宁省', '鞍山'], ['辽宁省', '抚顺'], ['辽宁省', '营口'],
  ['吉林省', '四平'], ['吉林省', '长春'], ['山东省', '聊城'], ['山东省', '东营'], ['河北省', '邯郸'],
  ['四川省', '巴中'], ['山西省', '忻州'], ['安徽省', '滁州'], ['黑龙江省', '哈尔滨'], ['河南省', '洛阳'],
  ['湖北省', '宜昌'], ['广西壮族自治区', '柳州'], ['内蒙古自治区', '包头'],
];

const STEMS = [
  '向阳', '城南', '滨河', '人民路', '和平', '解放街', '新华', '长江路', '中山', '建设',
  '胜利', '北站', '开发区', '东风', '光明', '铁西', '站前', '兴华', '民主路', '太原街',
] as const;

const OLD_STEMS = ['第三百货', '红旗', '五金公司', '东关', '北市场', '七一', '工人村'] as const;

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林',
  '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '程', '曹', '袁',
  '邓', '许', '沈', '彭', '吕', '苏', '卢', '蒋', '蔡', '丁', '魏', '薛', '叶', '潘', '杜', '钟',
  '田', '任', '姜', '范', '石', '姚', '谭', '邹', '金', '陆', '郝', '白', '崔', '邱', '秦', '欧阳',
] as const;

const GIVEN = [
  '建国', '晓东', '雪梅', '志伟', '丽华', '海燕', '文博', '佳宁', '立新', '婉清', '一鸣', '振华',
  '芳', '静', '浩', '鑫', '晨', '凯', '思远', '宏宇', '玉兰', '春生', '秀英', '子涵', '雨桐', '明轩',
  '国庆', '海涛', '丹', '磊', '立群', '佳慧', '晓光', '一帆', '淑琴', '德明', '卫东', '红梅',
] as const;

const ROLES = ['行长', '副行长', '网点负责人', '储蓄员', '大堂经理', '客户经理', '理财经理', '柜员', '营业室主任'] as const;

const GENERIC_PROGRAMMES = [
  '普及金融知识万里行', '金融知识进万家', '银发课堂', '金融夜校', '反诈护航进社区', '我为群众办实事',
  '金融服务进乡村', '小微企业服务月',
] as const;

const HONOURS: readonly (readonly [honour: string, conferrer: string])[] = [
  ['工人先锋号', '全国总工会'], ['五一劳动奖状', '全国总工会'], ['全国文明单位', '中央文明委'],
  ['青年文明号', '共青团中央'], ['巾帼文明岗', '全国妇联'], ['服务标杆网点', '总行'],
  ['文明规范服务千佳示范单位', '中国银行业协会'], ['学雷锋示范网点', '总行'], ['先进基层党组织', '省分行党委'],
];

const AUDIENCES = ['环卫工人', '快递小哥', '老年客户', '外卖骑手', '周边居民', '个体商户', '在校学生', '进城务工人员'] as const;
const TOPICS = ['防范电信诈骗', '识别假币', '个人征信保护', '养老金领取', '手机银行使用', '远离非法集资'] as const;
const VENUES = ['社区广场', '农贸市场', '老年大学', '火车站广场', '工业园区', '中学校园', '村委会大院'] as const;
const SERVICES = ['社保卡激活', '养老金代发', '小额取款', '银行卡挂失', '转账汇款', '存折换卡'] as const;
const REASONS = ['多年如一日的优质服务', '连续多年零差错的柜面操作', '扎实的社区金融服务', '突出的助农服务成效'] as const;
const SLOGANS = ['热心服务暖人心', '为民解忧办实事', '真情服务显担当'] as const;
const QUOTES = [
  '服务没有小事，客户的每一个难题都是我们的必答题。',
  '把柜台前的每一分钟都用在客户身上，这是老一辈传下来的规矩。',
  '荣誉只代表过去，老百姓满意才是我们最看重的评价。',
  '网点离群众近一步，服务就能暖一分。',
  '我们想让每个走进网点的人，都觉得像回到了自己家。',
] as const;

// ---------------------------------------------------------------- one article's cast

interface Staff {
  name: string;
  role: string;
}

interface Cast {
  bank: BankSpec;
  province: string;
  city: string;
  stem: string;
  oldStem: string;
  staff: Staff[];
  programmes: string[];
  honours: (readonly [string, string])[];
  reporters: string[];
}

function personName(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function makeCast(rng: Rng): Cast {
  const bank = rng.pick(BANKS);
  const [province, city] = rng.pick(PLACES);
  const taken = new Set<string>();
  const roles = rng.shuffle(ROLES).slice(0, rng.int(2, 4));
  const staff = roles.map((role) => ({ name: personName(rng, taken), role }));
  const reporters = [personName(rng, taken), personName(rng, taken)];
  const programmes = rng.shuffle([...bank.own, ...GENERIC_PROGRAMMES]).slice(0, rng.int(1, 2));
  const honours = rng.shuffle([...bank.ownHonours, ...HONOURS]).slice(0, rng.int(1, 2));
  return { bank, province, city, stem: rng.pick(STEMS), oldStem: rng.pick(OLD_STEMS), staff, programmes, honours, reporters };
}

/** Names of the units, in the forms the templates use. */
function units(c: Cast): { prov: string; cityBr: string; full: string; short: string; office: string } {
  return {
    prov: `${c.bank.full}${c.province}分行`,
    cityBr: `${c.bank.short}${c.city}分行`,
    full: `${c.bank.short}${c.city}${c.stem}支行`,
    short: `${c.stem}支行`,
    office: `${c.stem}支行营业室`,
  };
}

// ---------------------------------------------------------------- sentence templates

type Template = (c: Cast, r: Rng) => string;

interface Sentence {
  /** Returns null when the cast does not fit (e.g. no staff with a suitable role). */
  make: (c: Cast, r: Rng) => string | null;
  /** Used at most once per article (facts that would contradict if repeated). */
  once?: boolean;
  /** Suitable as an article's opening sentence. */
  lead?: boolean;
}

const date = (r: Rng): string => `${r.int(1, 12)}月${r.int(1, 28)}日`;
const year = (r: Rng): number => r.int(2012, 2025);
const staffMember = (c: Cast, r: Rng): Staff => r.pick(c.staff);
const withRole = (c: Cast, r: Rng, roles: readonly string[]): Staff | null => {
  const fit = c.staff.filter((s) => roles.includes(s.role));
  return fit.length === 0 ? null : r.pick(fit);
};
const programme = (c: Cast, r: Rng): string => r.pick(c.programmes);
const honour = (c: Cast, r: Rng): readonly [string, string] => r.pick(c.honours);

const SENTENCES: readonly Sentence[] = [
  {
    lead: true,
    make: (c, r) =>
      `${date(r)}，${units(c).full}在${r.pick(VENUES)}${r.pick(['开展', '启动', '举办'])}“${programme(c, r)}”活动，为${r.pick(AUDIENCES)}送去实实在在的金融服务。`,
  },
  {
    lead: true,
    once: true,
    make: (c, r) => {
      const [h, by] = honour(c, r);
      return `${date(r)}，记者从${units(c).cityBr}获悉，该行所属${units(c).short}${r.pick(['荣获', '获得'])}${by}授予的${year(r)}年度“${h}”称号。`;
    },
  },
  {
    once: true,
    make: (c, r) => `${units(c).short}隶属${units(c).cityBr}，现有员工${r.int(8, 30)}名，服务范围覆盖周边${r.int(3, 15)}个社区。`,
  },
  {
    once: true,
    make: (c, r) => `据${units(c).prov}介绍，${units(c).short}是全辖${r.int(60, 600)}家网点中较早试点这项服务的一家。`,
  },
  {
    make: (c, r) => {
      const [h, by] = honour(c, r);
      return r.pick([
        `${year(r)}年，${units(c).short}荣获${by}授予的“${h}”称号。`,
        `${year(r)}年，${units(c).short}被${by}评为“${h}”。`,
        `早在${year(r)}年，${units(c).office}就获得了${by}颁发的“${h}”。`,
      ]);
    },
    once: true,
  },
  {
    make: (c, r) => {
      const s = staffMember(c, r);
      return `${s.role}${s.name}说：“${r.pick(QUOTES)}”`;
    },
  },
  {
    once: true,
    make: (c, r) => {
      const s = staffMember(c, r);
      return `${s.name}是${units(c).short}的${s.role}，在这个岗位上一干就是${r.int(3, 25)}年。`;
    },
  },
  {
    make: (_c, r) => {
      const [t1, t2] = r.shuffle(TOPICS);
      return `活动现场，员工们向${r.pick(AUDIENCES)}讲解${t1}、${t2}等常识，发放宣传折页${r.int(2, 30) * 100}余份。`;
    },
  },
  {
    make: (c, r) => `自${year(r)}年推出“${programme(c, r)}”以来，${units(c).short}已累计服务${r.pick(AUDIENCES)}${r.int(5, 90) * 100}余人次。`,
  },
  {
    once: true,
    make: (c, r) => `${units(c).short}的前身是${c.city}${c.oldStem}储蓄所（今${units(c).full}），${year(r)}年改为现名。`,
  },
  {
    make: (c, r) => {
      const s = withRole(c, r, ['行长', '副行长', '网点负责人', '营业室主任']);
      return s && `谈到下一步打算，${units(c).short}${s.role}${s.name}表示，将继续把“${programme(c, r)}”做细做实。`;
    },
  },
  {
    once: true,
    make: (c, r) => `${units(c).cityBr}已把${units(c).short}的做法在全辖推广，计划年底前覆盖${r.int(10, 80)}家网点。`,
  },
  {
    once: true,
    make: (c, r) => `在“${honour(c, r)[0]}”的评选中，${units(c).short}凭借${r.pick(REASONS)}脱颖而出。`,
  },
  {
    make: (c, r) => {
      const s = withRole(c, r, ['大堂经理', '柜员', '储蓄员', '网点负责人']);
      return s && `${r.pick(AUDIENCES)}进门歇脚时，${s.role}${s.name}总会先递上一杯热水，再问问有没有要办的业务。`;
    },
  },
  {
    make: (c, r) => `这已经是${units(c).short}连续第${r.int(2, 12)}年参与“${programme(c, r)}”。`,
  },
  {
    make: (_c, r) => `截至${r.int(1, 12)}月底，该支行今年已为客户办理${r.pick(SERVICES)}业务${r.int(1, 99) * 10}笔。`,
  },
  {
    once: true,
    make: (c, r) => `${year(r)}年，${c.bank.full}在全国范围内启动“${programme(c, r)}”，${units(c).prov}随即在辖内铺开。`,
  },
  {
    once: true,
    make: (c, r) => {
      const s = withRole(c, r, ['营业室主任', '网点负责人']);
      return s && `${units(c).office}负责人${s.name}介绍，营业室平均每天接待客户${r.int(80, 500)}人次。`;
    },
  },
  {
    make: (_c, r) => `不少客户把写着“${r.pick(SLOGANS)}”的锦旗送到了网点。`,
  },
];

// ---------------------------------------------------------------- titles and bylines

const TITLES: readonly Template[] = [
  (c, r) => `${units(c).short}：让“${programme(c, r)}”走进千家万户`,
  (c, r) => `${units(c).full}荣获“${honour(c, r)[0]}”`,
  (c, r) => `${units(c).cityBr}扎实开展“${programme(c, r)}”`,
  (_c, r) => `一个网点的${r.int(10, 40)}年坚守`,
  (c) => `小网点里的大温暖 ${c.bank.short}${c.city}${c.stem}支行见闻`,
];

const SUBTITLES: readonly Template[] = [
  (c, r) => {
    const s = staffMember(c, r);
    return `——记${units(c).full}${s.role}${s.name}`;
  },
  (c) => `——${units(c).cityBr}${units(c).short}服务民生侧记`,
];

/** Returns [byline line or null, prefix for the first paragraph]. */
function byline(c: Cast, r: Rng): [string | null, string] {
  const [a, b] = c.reporters as [string, string];
  switch (r.int(0, 4)) {
    case 0:
      return [null, `本报讯(通讯员 ${a}) `];
    case 1:
      return [`全媒体记者 ${a}`, ''];
    case 2:
      return [`□通讯员 ${a}`, ''];
    case 3:
      return [`${a} 摄影报道`, ''];
    default:
      return [`记者 ${a} 通讯员 ${b}`, ''];
  }
}

// ---------------------------------------------------------------- layout

interface Layout {
  /** 0: no wrapping; otherwise the wrap width. */
  width: number;
  /** Blank line after every wrapped line. */
  blankAfterEach: boolean;
}

function wrapLine(line: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  return out;
}

function render(head: string[], paragraphs: string[][], prefix: string, layout: Layout): string {
  const body = paragraphs.map((p, i) => (i === 0 ? prefix : '') + p.join(''));
  if (layout.width === 0) return [...head, ...body].join('\n\n') + '\n';
  const lines = [...head, ...body.flatMap((p) => wrapLine(p, layout.width))];
  return lines.join(layout.blankAfterEach ? '\n\n' : '\n') + '\n';
}

// ---------------------------------------------------------------- articles

function synthOne(rng: Rng): string {
  const cast = makeCast(rng);
  const head = [rng.pick(TITLES)(cast, rng)];
  if (rng.chance(0.5)) head.push(rng.pick(SUBTITLES)(cast, rng));
  const [line, prefix] = byline(cast, rng);
  if (line !== null) head.push(line);

  const layout: Layout = rng.chance(0.35)
    ? { width: rng.int(16, 20), blankAfterEach: rng.chance(0.5) }
    : { width: 0, blankAfterEach: false };

  // Sentence templates are dealt in shuffled rounds, so an article repeats a
  // template only after using every other one; `once` templates never repeat.
  const used = new Set<Sentence>();
  let deck: Sentence[] = [];
  const draw = (): string => {
    for (;;) {
      if (deck.length === 0) deck = rng.shuffle(SENTENCES.filter((t) => !(t.once && used.has(t))));
      const t = deck.pop() as Sentence;
      const out = t.make(cast, rng);
      if (out === null) continue;
      used.add(t);
      return out;
    }
  };
  const lead = rng.pick(SENTENCES.filter((t) => t.lead));
  used.add(lead);

  const paragraphs: string[][] = [[lead.make(cast, rng) as string]];
  const nParagraphs = rng.int(4, 8);
  for (let i = 1; i < nParagraphs; i++) paragraphs.push([draw()]);
  const target = rng.int(SYNTH_MIN_CHARS + 100, SYNTH_MAX_CHARS - 100);

  let text = render(head, paragraphs, prefix, layout);
  // Grow to the target, never past the maximum; new sentences go to one of
  // the shortest paragraphs so that paragraphs stay of similar length.
  while (text.length < target) {
    const fewest = Math.min(...paragraphs.map((x) => x.length));
    const p = rng.pick(paragraphs.filter((x) => x.length === fewest));
    p.push(draw());
    const next = render(head, paragraphs, prefix, layout);
    if (next.length > SYNTH_MAX_CHARS) {
      p.pop();
      if (text.length >= SYNTH_MIN_CHARS) break;
      continue;
    }
    text = next;
  }
  // Shrink if the opening sentences alone were too long (rare).
  while (text.length > SYNTH_MAX_CHARS) {
    const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length <= 1) break;
    longest.pop();
    text = render(head, paragraphs, prefix, layout);
  }
  return text;
}

/** `count` synthetic articles. Output depends only on `count` and `seed`. */
export function* synthArticles(count: number, seed = 1): Generator<SynthArticle> {
  const rng = new Rng(seed);
  for (let i = 0; i < count; i++) {
    yield { name: `synth-${String(i + 1).padStart(6, '0')}`, text: synthOne(rng) };
  }
}

/** Writes `count` articles, one UTF-8 `.txt` file each, into `dir` (created if missing). */
export function writeSynthCorpus(dir: string, count: number, seed = 1): { files: number; chars: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let chars = 0;
  for (const a of synthArticles(count, seed)) {
    writeFileSync(join(dir, `${a.name}.txt`), a.text, 'utf8');
    files++;
    chars += a.text.length;
  }
  return { files, chars };
}
