/**
 * Who received which honour, on a grid: units of three kinds and honours for units in the eighteen ways news
 * writes a unit's honour (荣获“…”称号, 被评为, 获评, 被某会授予, 喜获, 荣膺, 摘得, lists, no quotes, 入选…名单), and
 * honours for people in the ways news writes a person's (员工某某荣获, 某支行的某某获评, 某某等3人获得). Each text
 * must give RECEIVED from the recipient to the honour, and none from anyone else.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './facts.js';

const UNITS = ['农行湖滨支行', '德清农商银行', '建设银行南城支行营业部'];
const UNIT_HONOURS = ['全国文明单位', '青年文明号', '巾帼文明岗', '全国五一劳动奖状', '工人先锋号', '百佳示范单位', '金融知识普及先进集体', '省级文明单位', '星级网点'];
const PERSON_HONOURS = ['优秀共产党员', '先进个人', '服务明星', '全国五一劳动奖章', '三八红旗手', '最美柜员', '青年岗位能手'];
/** Another unit named in a list with the recipient. */
const OTHER = '工行城东支行';

const UNIT_SHAPES: Array<[string, (unit: string, honour: string) => string]> = [
  ['荣获“…”称号', (u, h) => `${u}荣获“${h}”称号。`],
  ['被评为', (u, h) => `${u}被评为“${h}”。`],
  ['获评', (u, h) => `${u}获评“${h}”。`],
  ['被授予“…”称号', (u, h) => `${u}被授予“${h}”称号。`],
  ['喜获', (u, h) => `${u}喜获“${h}”。`],
  ['荣膺', (u, h) => `${u}荣膺“${h}”称号。`],
  ['a date first', (u, h) => `近日，${u}荣获“${h}”称号。`],
  ['a year and 荣誉称号', (u, h) => `${u}获得2023年度“${h}”荣誉称号。`],
  ['an event first', (u, h) => `在全市评选活动中，${u}荣获“${h}”称号。`],
  ['被某会授予', (u, h) => `${u}被市总工会授予“${h}”称号。`],
  ['再获', (u, h) => `${u}再获“${h}”称号。`],
  ['摘得', (u, h) => `${u}摘得“${h}”称号。`],
  ['two units joined by 和', (u, h) => `${u}和${OTHER}荣获“${h}”称号。`],
  ['two units joined by 、', (u, h) => `${OTHER}、${u}荣获“${h}”称号。`],
  ['no quotes', (u, h) => `${u}荣获${h}称号。`],
  ['成功创建', (u, h) => `${u}成功创建“${h}”。`],
  ['入选名单', (u, h) => `${u}入选“${h}”名单。`],
  ['授予 the unit', (u, h) => `市总工会授予${u}“${h}”称号。`],
];

const PERSON_SHAPES: Array<[string, (unit: string, honour: string, name: string) => string]> = [
  ['员工某某荣获', (u, h, n) => `${u}员工${n}荣获“${h}”称号。`],
  ['某支行的某某获评', (u, h, n) => `${u}的${n}获评“${h}”。`],
  ['某某被评为', (u, h, n) => `${u}开展活动。${n}被评为“${h}”。`],
  ['柜员某某荣获', (u, h, n) => `${u}柜员${n}荣获“${h}”称号。`],
  ['某某等3人获得', (u, h, n) => `${u}客户经理${n}等3人获得“${h}”称号。`],
];

function check(text: string, recipient: string, honour: string, others: string[], missed: string[], wrong: string[]): void {
  const received = factsOf(text).facts.filter((f) => f.startsWith('RECEIVED '));
  const right = `RECEIVED ${recipient} -> ${honour}`;
  if (!received.some((f) => f === right || f.startsWith(`${right} (`))) missed.push(text);
  const bad = received.filter((f) => ![recipient, ...others].some((who) => f.startsWith(`RECEIVED ${who} -> `)));
  if (bad.length) wrong.push(`${text} → ${bad.join('; ')}`);
}

describe('an honour received by the unit named with it', () => {
  for (const [shape, text] of UNIT_SHAPES) {
    it(shape, () => {
      const missed: string[] = [];
      const wrong: string[] = [];
      for (const unit of UNITS) for (const honour of UNIT_HONOURS) check(text(unit, honour), unit, honour, [OTHER], missed, wrong);
      expect(missed, 'no RECEIVED').toEqual([]);
      expect(wrong, 'RECEIVED by someone else').toEqual([]);
    });
  }
});

describe('an honour received by the person named with it', () => {
  for (const [shape, text] of PERSON_SHAPES) {
    it(shape, () => {
      const missed: string[] = [];
      const wrong: string[] = [];
      for (const unit of UNITS) for (const honour of PERSON_HONOURS) check(text(unit, honour, '韩梅'), '韩梅', honour, [], missed, wrong);
      expect(missed, 'no RECEIVED').toEqual([]);
      expect(wrong, 'RECEIVED by someone else').toEqual([]);
    });
  }
});
