/**
 * Who runs which programme, on a grid: four kinds of unit and six quoted programmes in the ways news writes a
 * unit launching, hosting or joining one (开展“…”活动, 启动“…”行动, 推出“…”服务品牌, 由某支行承办的“…”竞赛, 联合社区开展,
 * 走进某小学开展, 积极参与, 该行开展 in the next sentence, …). Each text must give RUNS from the unit to the
 * programme, and none from anyone else.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './facts.js';
import { extractFile } from '../../../src/extract/index.js';
import { prepare } from '../../../src/pipeline/process-file.js';

const UNITS = ['农行湖滨支行', '德清农商银行', '建设银行南城支行营业部', '浦发银行杭州分行'];
const PROGRAMMES = ['金融知识进万家', '暖心驿站', '守护钱袋子', '乡村振兴贷', '青春护航', '爱心助学'];

const SHAPES: Array<[string, (unit: string, programme: string) => string]> = [
  ['开展“…”活动', (u, p) => `${u}开展“${p}”活动。`],
  ['启动“…”行动', (u, p) => `${u}启动“${p}”行动。`],
  ['推出“…”服务品牌', (u, p) => `${u}推出“${p}”服务品牌。`],
  ['举办“…”主题活动', (u, p) => `${u}举办“${p}”主题活动。`],
  ['a date, 组织开展', (u, p) => `近日，${u}组织开展“${p}”宣传活动。`],
  ['倾力打造“…”品牌', (u, p) => `${u}倾力打造“${p}”品牌。`],
  ['由某支行承办的', (u, p) => `由${u}承办的“${p}”竞赛举行。`],
  ['发起“…”公益项目', (u, p) => `${u}发起“${p}”公益项目。`],
  ['联合社区开展', (u, p) => `${u}联合社区开展“${p}”活动。`],
  ['走进某小学开展', (u, p) => `${u}走进湖滨小学开展“${p}”活动。`],
  ['持续开展“…”专项行动', (u, p) => `今年以来，${u}持续开展“${p}”专项行动。`],
  ['积极参与', (u, p) => `${u}积极参与“${p}”活动。`],
  ['开展为期一个月的', (u, p) => `${u}开展为期一个月的“${p}”活动。`],
  ['员工走进社区，开展', (u, p) => `${u}员工走进社区，开展“${p}”活动。`],
  ['在“…”活动中', (u, p) => `在“${p}”活动中，${u}组织员工走进社区。`],
  ['该行 in the next sentence', (u, p) => `${u}高度重视宣传工作。该行开展“${p}”活动。`],
];

describe('a programme run by the unit named with it', () => {
  for (const [shape, text] of SHAPES) {
    it(shape, () => {
      const missed: string[] = [];
      const wrong: string[] = [];
      for (const unit of UNITS) {
        for (const programme of PROGRAMMES) {
          const t = text(unit, programme);
          const runs = factsOf(t).facts.filter((f) => f.startsWith('RUNS '));
          if (!runs.includes(`RUNS ${unit} -> ${programme}`)) missed.push(t);
          const others = runs.filter((f) => !f.startsWith(`RUNS ${unit} -> `));
          if (others.length) wrong.push(`${t} → ${others.join('; ')}`);
        }
      }
      expect(missed, 'no RUNS').toEqual([]);
      expect(wrong, 'RUNS by someone else').toEqual([]);
    });
  }
});

describe('other names of a contest written without quotes', () => {
  const aliasesOf = (text: string, name: string): string[] => {
    const found = extractFile('case.txt', text, prepare([])).mentions.find((m) => m.type === 'Programme' && m.name === name);
    return found?.aliases ?? [];
  };
  it('its year, and the name without the place it opens with', () => {
    expect(aliasesOf('2024年湖州市银行业人民币业务技能竞赛在市工人文化宫举行。', '湖州市银行业人民币业务技能竞赛')).toEqual(['2024年湖州市银行业人民币业务技能竞赛', '银行业人民币业务技能竞赛']);
  });
  it('not when what is left is no name', () => {
    expect(aliasesOf('农行湖滨支行举办湖州市职工技能竞赛。', '湖州市职工技能竞赛')).toEqual([]);
  });
});

describe('other names of a programme with a quote inside its name', () => {
  const aliasesOf = (text: string, name: string): string[] => {
    const found = extractFile('case.txt', text, prepare([])).mentions.find((m) => m.type === 'Programme' && m.name === name);
    return found?.aliases ?? [];
  };
  it('words of scope in front: the name from the quote on is another name of it', () => {
    expect(aliasesOf('今年暑假，德清农商银行招募学子参加全市大学生“绿色家园”志愿服务活动。', '大学生“绿色家园”志愿服务活动')).toEqual(['绿色家园', '“绿色家园”志愿服务活动']);
  });
  it('a bare kind after the quote and a word of its field before it: that word, the quote and the kind', () => {
    expect(aliasesOf('农行湖滨支行把服务“提质”工程作为今年的头号任务。', '提质')).toEqual(['提质工程', '服务“提质”工程']);
  });
  it('nothing in front: the quote alone', () => {
    expect(aliasesOf('德清农商银行开展“绿色家园”志愿服务活动。', '“绿色家园”志愿服务活动')).toEqual(['绿色家园']);
  });
});

describe('a campaign that goes far and wide, written without quotes', () => {
  const rows: Array<[string, string, string[]]> = [
    ['开展 …万里行 宣传', '农行湖滨支行近日启动反诈知识万里行宣传。', ['RUNS 农行湖滨支行 -> 反诈知识万里行']],
    ['参与 …进万家 宣传', '德清农商银行参与防范非法集资进万家宣传。', ['RUNS 德清农商银行 -> 防范非法集资进万家']],
    ['a word of the name between the verb and the topic', '德清农商银行开展了普及征信知识万里行活动。', ['RUNS 德清农商银行 -> 普及征信知识万里行']],
    ['启动 …进万企 行动', '湖州银行启动百行进万企行动，走访小微企业三千余家。', ['RUNS 湖州银行 -> 百行进万企']],
    ['开展 …进万户 活动', '农行湖滨支行开展金融服务进万户活动。', ['RUNS 农行湖滨支行 -> 金融服务进万户']],
  ];
  it.each(rows)('%s', (_shape, text, facts) => {
    expect(factsOf(text).facts).toEqual(expect.arrayContaining(facts));
  });
  it('no verb of launching or joining before it: no programme', () => {
    expect(factsOf('德清农商银行员工走进万家灯火的小区。').facts.filter((f) => f.startsWith('Programme '))).toEqual([]);
    // (Nor the 进 of a verb after one: 组织员工走进万家商户.)
    expect(factsOf('农行湖滨支行组织员工走进万家商户。').facts.filter((f) => f.startsWith('Programme '))).toEqual([]);
  });
});
