/**
 * Who works where, on a grid: made-up people, units of every kind (a big bank's 支行, a 分行, a rural bank, a
 * 营业部 inside a 支行) and posts (行长 to 综合柜员, posts jieba cuts in two such as 营业部主任 and 网点负责人), in the
 * ways news writes a person's post (某支行行长某某, 某某是某支行的一名柜员, 某某任某支行行长, 在某支行担任行长的某某, …).
 * Each text must give WORKS_AT from the person to that unit, and no other WORKS_AT.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf } from './facts.js';

const NAMES = ['韩梅', '李建国', '欧阳明'];
const UNITS = ['农行湖滨支行', '建设银行南城支行', '浦发银行杭州分行', '德清农商银行', '邮储银行湖滨县支行营业部'];
const POSTS = ['行长', '副行长', '客户经理', '柜员', '网点负责人', '大堂经理', '党委书记', '营业部主任', '理财经理', '综合柜员'];

const FRAMES: Array<[string, (unit: string, post: string, name: string) => string]> = [
  ['unit, post, name', (u, r, n) => `${u}${r}${n}介绍，今年以来网点服务客户三千人次。`],
  ['unit 的 post, name', (u, r, n) => `${u}的${r}${n}介绍，今年以来网点服务客户三千人次。`],
  ['name, comma, unit and post', (u, r, n) => `${n}，${u}${r}，从事金融工作二十年。`],
  ['name 是 unit 的一名 post', (u, r, n) => `${n}是${u}的一名${r}。`],
  ['name 现任 unit post', (u, r, n) => `${n}现任${u}${r}。`],
  ['name 担任 unit post', (u, r, n) => `2020年起，${n}担任${u}${r}。`],
  ['name 任 unit post', (u, r, n) => `${n}任${u}${r}。`],
  ['来自 unit 的 post name', (u, r, n) => `来自${u}的${r}${n}获得一等奖。`],
  ['unit 党委书记、post name', (u, r, n) => `${u}党委书记、${r}${n}出席活动。`],
  ['post name (unit)', (u, r, n) => `会上，${r}${n}（${u}）作了发言。`],
  ['name (unit post)', (u, r, n) => `会上，${n}（${u}${r}）作了发言。`],
  ['unit post name 等', (u, r, n) => `${u}${r}${n}等一行人走访企业。`],
  ['在 unit 担任 post 的 name', (u, r, n) => `在${u}担任${r}的${n}说，服务没有止境。`],
  ['name 被任命为 unit post', (u, r, n) => `${n}被任命为${u}${r}。`],
  ['name 调任 unit post', (u, r, n) => `${n}调任${u}${r}。`],
  ['据 unit post name 介绍', (u, r, n) => `据${u}${r}${n}介绍，网点已完成改造。`],
  ['name, a birth clause, then 曾在 unit 担任 post', (u, r, n) => `${n}于1975年出生，曾在${u}担任${r}。`],
  ['在 unit 担任 post 五年的 name', (u, r, n) => `在${u}担任${r}五年的${n}即将退休。`],
  ['name 现为 unit post', (u, r, n) => `${n}现为${u}${r}。`],
  ['name, comma, 历任 unit post', (u, r, n) => `${n}，历任${u}${r}，从事金融工作二十年。`],
  ['name, comma, 先后担任 unit post', (u, r, n) => `${n}，先后担任${u}${r}等职。`],
  ['name 在 unit 当了十年 post', (u, r, n) => `${n}在${u}当了十年${r}。`],
  ['name 作为 unit 的 post', (u, r, n) => `${n}作为${u}的${r}，始终把客户放在首位。`],
  ['身为 unit post，name', (u, r, n) => `身为${u}${r}，${n}始终把客户放在首位。`],
  ['name 来自 unit', (u, r, n) => `${n}来自${u}，是一名${r}。`],
  ['name 履新 unit post', (u, r, n) => `${n}履新${u}${r}。`],
  ['name 获任 unit post', (u, r, n) => `${n}获任${u}${r}。`],
  ['name 接棒出任 unit post', (u, r, n) => `${n}接棒出任${u}${r}。`],
  ['unit post name 因', (u, r, n) => `${u}${r}${n}因违纪被查。`],
  ['name 的 unit post 任职资格', (u, r, n) => `${n}的${u}${r}任职资格获核准。`],
  ['在 unit 工作了十年的 post name', (u, r, n) => `在${u}工作了十年的${n}告诉记者，自己是一名${r}。`],
  ['name, an age clause, then 在 unit 任 post', (u, r, n) => `${n}今年45岁，2015年起在${u}任${r}。`],
  ['unit post 一职由 name 接任', (u, r, n) => `${u}${r}一职由${n}接任。`],
  ['unit post 职责暂由 name 代为履行', (u, r, n) => `${u}${r}职责暂由${n}代为履行。`],
  ['name 被分配到 unit 当 post', (u, r, n) => `毕业那年，${n}被分配到${u}当${r}。`],
  ['name 来到 unit 当起了 post', (u, r, n) => `${n}2016年来到${u}当起了${r}。`],
];

describe('a person at the unit of their post', () => {
  for (const [shape, text] of FRAMES) {
    it(shape, () => {
      const missed: string[] = [];
      const wrong: string[] = [];
      for (const unit of UNITS) {
        for (const post of POSTS) {
          // (No 营业部营业部主任.)
          if (unit.endsWith('营业部') && post.startsWith('营业部')) continue;
          for (const name of NAMES) {
            const t = text(unit, post, name);
            const worksAt = factsOf(t).facts.filter((f) => f.startsWith('WORKS_AT '));
            // (某支行营业部主任 may also be read as the 主任 of that 支行's own 营业部.)
            const units = post.startsWith('营业部') && !unit.endsWith('营业部') ? [unit, `${unit}营业部`] : [unit];
            const isRight = (f: string): boolean => units.some((u) => f === `WORKS_AT ${name} -> ${u}` || f.startsWith(`WORKS_AT ${name} -> ${u} [`));
            if (!worksAt.some(isRight)) missed.push(t);
            const others = worksAt.filter((f) => !isRight(f));
            if (others.length) wrong.push(`${t} → ${others.join('; ')}`);
          }
        }
      }
      expect(missed, 'no WORKS_AT to the unit').toEqual([]);
      expect(wrong, 'other WORKS_AT').toEqual([]);
    });
  }
});

/** Every post of dict/roles.tsv, and posts with a department or body of the unit before them. */
const ROLES_FILE = readFileSync(new URL('../../../dict/roles.tsv', import.meta.url), 'utf8');
const ALL_POSTS = [
  ...ROLES_FILE.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t')[0]!),
  '个人金融部总经理', '公司业务部经理', '党委委员、副行长', '纪委书记', '工会主席', '党支部书记', '团支部书记', '风险管理部副总经理', '办公室主任', '普惠金融部负责人', '党委副书记、行长', '营业室主任',
];
const AT = '农行湖滨支行';

describe('every post, at the unit before it', () => {
  const shapes: Array<[string, (post: string, name: string) => string]> = [
    ['unit, post, name', (r, n) => `${AT}${r}${n}介绍，网点已完成改造。`],
    ['name, comma, unit and post', (r, n) => `${n}，${AT}${r}，从事金融工作二十年。`],
    ['unit, post, name 等', (r, n) => `${AT}${r}${n}等走访企业。`],
  ];
  it.each(shapes)('%s', (_shape, text) => {
    const missed: string[] = [];
    for (const post of ALL_POSTS) {
      for (const name of ['韩梅', '李建国']) {
        const t = text(post, name);
        // (The 营业室主任 of a 支行 may be read as the 主任 of its 营业室.)
        if (!factsOf(t).facts.some((f) => f.startsWith(`WORKS_AT ${name} -> ${AT}`))) missed.push(t);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('what the person is at the unit, in a less usual form', () => {
  const rows: Array<[string, string]> = [
    ['a quoted word after 作为 unit 的一名', '作为农行湖滨支行的一名“老将”，韩梅见证了网点的三次改造。'],
    ['the village the unit sends its first secretary to', '韩梅是农行湖滨支行派驻东山村的第一书记。'],
    ['a first secretary stationed in a village', '韩梅是农行湖滨支行的驻村第一书记，常年住在村里。'],
  ];
  it.each(rows)('%s', (_shape, row) => {
    const facts = factsOf(row).facts;
    expect(facts.some((f) => f.startsWith('WORKS_AT 韩梅 -> 农行湖滨支行')), facts.join('; ')).toBe(true);
  });
});

describe('a staff post with no unit named, in a story about one branch', () => {
  const story = '农行湖滨支行近日开展金融知识宣传活动。';
  const rows = [
    '韩梅是一名普通的柜员，在网点工作了十年。',
    '今年32岁的韩梅是网点的大堂经理。',
    '韩梅是该行的一名客户经理。',
    '韩梅是支行的理财经理。',
    '作为网点负责人，韩梅每天第一个到岗。',
    '身为客户经理的韩梅，经常走村入户。',
    '大堂经理韩梅发现老人神色慌张。',
    '韩梅，该行营业部主任，从业二十年。',
    '网点主任韩梅带领员工走进社区。',
    '支行员工韩梅、李建国为居民讲解。',
    '该支行综合柜员韩梅说，老人的事就是大事。',
  ];
  it.each(rows)('%s', (row) => {
    const facts = factsOf(story + row).facts;
    expect(facts.some((f) => f.startsWith('WORKS_AT 韩梅 -> 农行湖滨支行')), facts.join('; ')).toBe(true);
  });
});
