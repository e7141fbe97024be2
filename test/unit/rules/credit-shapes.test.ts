/**
 * People in bylines and credits, on a grid: four sets of made-up names (two and three characters, a compound
 * surname) in the credits news sites and papers print (本报讯（记者 … 通讯员 …）, 某网某地讯, trailing authors in
 * brackets, 文/… 图/…, … 摄, 撰稿：, 记者 … 实习生 …). Each text must name exactly those people.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './facts.js';

const SETS = [['韩梅', '李建国', '张晓燕'], ['刘洋', '欧阳明', '陈静'], ['郑海燕', '孙伟', '谢明辉'], ['周敏', '黄丽娟', '胡军'], ['邹帆', '钱丽', '郑涛']] as const;
const BODY = '近日，农行湖滨支行开展金融知识宣传活动，吸引了众多居民参与。';
const BODY_TRADITIONAL = '近日，農行湖濱支行開展金融知識宣傳活動，吸引了眾多居民參與。';

/** A credit, and how many of the set's names it holds. */
const CREDITS: Array<[string, (a: string, b: string, c: string) => string, number]> = [
  ['本报讯（记者 … 通讯员 … …）', (a, b, c) => `本报讯（记者 ${a} 通讯员 ${b} ${c}）${BODY}`, 3],
  ['本报讯 记者… 通讯员…、… 报道', (a, b, c) => `本报讯 记者${a} 通讯员${b}、${c} 报道 ${BODY}`, 3],
  ['某网某地讯（通讯员 …）', (a) => `中国网湖州讯（通讯员 ${a}）${BODY}`, 1],
  ['trailing （… …）', (a, b) => `${BODY}（${a} ${b}）`, 2],
  ['（通讯员：…）', (a) => `${BODY}（通讯员：${a}）`, 1],
  ['文/… 图/…', (a, b) => `文/${a} 图/${b}\n${BODY}`, 2],
  ['… 摄', (a) => `${BODY}\n${a} 摄`, 1],
  ['caption (… 摄) in mid-article', (a) => `${BODY}\n网点员工为老人上门服务。(${a} 摄)\n该行还设立了爱心专窗。`, 1],
  ['caption（… 摄）, full-width brackets', (a) => `${BODY}\n网点员工为老人上门服务。（${a} 摄）\n该行还设立了爱心专窗。`, 1],
  ['撰稿：… 编辑：…', (a, b) => `${BODY}\n撰稿：${a}\n编辑：${b}`, 2],
  ['记者 … 实习生 …', (a, b) => `记者 ${a} 实习生 ${b}\n${BODY}`, 2],
  ['通讯员 … … 记者 …', (a, b, c) => `通讯员 ${a} ${b} 记者 ${c}\n${BODY}`, 3],
  ['某报讯（记者… 通讯员… …）', (a, b, c) => `湖州日报讯（记者${a} 通讯员${b} ${c}）${BODY}`, 3],
  ['作者：…（作者单位：…）', (a) => `${BODY}\n作者：${a}（作者单位：农行湖滨支行）`, 1],
  ['（记者…摄）', (a) => `${BODY}（记者${a}摄）`, 1],
  ['（記者…攝）, Traditional', (a) => `${BODY}（記者${a}攝）`, 1],
  ['文：… 图：…', (a, b) => `${BODY}\n文：${a} 图：${b}`, 2],
  ['文｜… 图｜…, full-width bars', (a, b) => `${BODY}\n文｜${a} 图｜${b}`, 2],
  ['文 | … 图 | … under a title, not joined to the paragraph after it', (a, b) => `农行湖滨支行开展宣传\n文 | ${a}  图 | ${b}\n${BODY}`, 2],
  ['某时报【…】', (a) => `工商时报【${a}】${BODY}`, 1],
  ['某時報【…、…】, Traditional', (a, b) => `工商時報【${a}、${b}】${BODY}`, 2],
  ['某時報【…╱某地報導】, the box-drawing slash, Traditional', (a) => `中國時報【${a}╱台北報導】${BODY_TRADITIONAL}`, 1],
  ['某報【…、…/某地報導】, Traditional', (a, b) => `聯合報【${a}、${b}/台北報導】${BODY_TRADITIONAL}`, 2],
  ['初审编辑：… 责任编辑：…', (a, b) => `${BODY}\n\n初审编辑：${a}\n\n责任编辑：${b}`, 2],
];

describe('the people a credit names', () => {
  it.each(CREDITS)('%s', (_shape, credit, count) => {
    const wrong: string[] = [];
    for (const [a, b, c] of SETS) {
      const text = credit(a, b, c);
      const persons = factsOf(text).facts.filter((f) => f.startsWith('Person ')).map((f) => f.slice('Person '.length)).sort();
      const want = [a, b, c].slice(0, count).sort();
      if (JSON.stringify(persons) !== JSON.stringify(want)) wrong.push(`${text.replace(/\n/g, ' / ')} → ${persons.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
