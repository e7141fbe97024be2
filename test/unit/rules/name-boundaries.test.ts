/**
 * Where a name ends: a grid of made-up names (two and three characters, common, rare and compound surnames) in
 * the places news puts them (after a post, after a unit, opening a clause), each followed by one of the words
 * news puts after a name (adverbs, verbs of speech and action, prepositions, a count, a list). jieba glues
 * many of those words to a name it does not know (刘洋则/x, 王芳作/x) or cuts the name (张晓/燕都, 郑/ns 海燕);
 * whatever it does, the person found is the name, never the name with a piece of the next word, nor a piece
 * of the name. After a post or a unit the name must be found too.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './facts.js';

const NAMES = ['韩梅', '王芳', '刘洋', '陈静', '赵磊', '周敏', '徐婷', '孙伟', '朱琳', '胡军', '李建国', '张晓燕', '杨文华', '黄丽娟', '吴志强', '郑海燕', '谢明辉', '林春光', '石磊', '马丽', '仝新', '冼振华', '缪小燕', '诸葛明', '司马南', '刘海波', '高明亮', '江海涛', '宋荣', '邹帆'];

const AFTER = ['则表示', '都说', '却说', '很高兴', '听说后', '连忙', '赶紧上前', '立即报警', '笑着说', '介绍说', '告诉记者', '表示', '坦言', '回忆道', '说', '指出', '强调', '主动', '耐心地', '仔细核对', '一眼认出', '一边安抚', '当即', '随后', '也', '又', '还', '就', '已经', '正在', '刚刚', '曾经', '一直', '始终', '每天', '今年', '向客户', '对记者说', '在柜台', '与同事', '和同事', '跟着', '给客户', '为客户', '把老人', '被评为', '荣获', '获得', '获“服务明星”称号', '获一等奖', '带领', '组织', '负责', '发现', '看到', '得知', '接过', '拿出', '走上前', '来到', '赶到', '从事', '参加', '出席', '主持', '讲话', '作报告', '先后', '共接待客户', '多次', '同志', '等人', '等3名员工', '升任', '转任', '上了光荣榜', '、', '（左一）', '，'];

/** Where the name stands, and whether it must be found there (after a post or a unit: yes). */
const FRAMES: Array<{ where: string; text: (name: string, after: string) => string; found: boolean }> = [
  { where: 'after a post', text: (n, a) => `农行湖滨支行开展活动。柜员${n}${a}。`, found: true },
  { where: 'after a post of two words', text: (n, a) => `农行湖滨支行开展活动。客户经理${n}${a}。`, found: true },
  { where: 'after 该行行长', text: (n, a) => `农行湖滨支行开展活动。该行行长${n}${a}。`, found: true },
  { where: 'after a relative clause', text: (n, a) => `在农行湖滨支行工作了十年的${n}${a}。`, found: true },
  { where: 'after a family or workplace word', text: (n, a) => `农行湖滨支行开展活动。她的同事${n}${a}。`, found: true },
  { where: 'after a unit', text: (n, a) => `农行湖滨支行${n}${a}。`, found: false },
  { where: 'opening a sentence', text: (n, a) => `农行湖滨支行开展活动。${n}${a}。`, found: false },
];

describe('a name ends where the name ends', () => {
  for (const frame of FRAMES) {
    it(frame.where, () => {
      const wrong: string[] = [];
      const missed: string[] = [];
      for (const after of AFTER) {
        for (const name of NAMES) {
          const text = frame.text(name, after);
          const persons = factsOf(text).facts.filter((f) => f.startsWith('Person ')).map((f) => f.slice('Person '.length));
          const others = persons.filter((p) => p !== name);
          if (others.length) wrong.push(`${text} → ${others.join(', ')}`);
          if (frame.found && !persons.includes(name)) missed.push(text);
        }
      }
      expect(wrong, 'names cut or stretched').toEqual([]);
      expect(missed, 'names not found').toEqual([]);
    });
  }
});
