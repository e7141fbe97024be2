import { describe, expect, it } from 'vitest';
import { repeatedWording } from '../../tools/query-wording.js';

// A made-up article: the records of eval/real/sources.json may name its facts, never rebuild its sentences.
const TEXT = '【本报讯】近日，东山农商银行西街支行开展"守护养老钱"宣传活动，支行行长周明远带领员工走进社区。';
const NAMES = ['东山农商银行', '东山农商银行西街支行', '西街支行', '守护养老钱', '周明远'];

describe('repeatedWording: a query is facts and topic words, not the article in pieces', () => {
  it.each([
    // query, what it repeats (undefined: fine)
    ['东山农商银行 周明远 养老 宣传', undefined],
    ['西街支行 东山 反诈 社区', undefined],
    // a long gold name alone is a fact
    ['东山农商银行西街支行 宣传 社区', undefined],
    // neighbours that stand side by side in the text, 6 characters or more joined
    ['宣传活动 支行行长 周明远', '宣传活动 支行行长 周明远'],
    ['宣传活动 支行行长 社区', '宣传活动 支行行长'],
    ['近日 东山农商银行 西街支行', '近日 东山农商银行 西街支行'],
    // punctuation and quotes between them do not hide the run
    ['开展 守护养老钱 宣传活动', '开展 守护养老钱 宣传活动'],
    // short neighbours stay under the run's length
    ['带领 员工 社区', undefined],
    // one long keyword that is a phrase of the text, not a name
    ['带领员工走进社区 银行', '带领员工走进社区'],
    // the same words in an order the text does not have
    ['支行行长 宣传活动 周明远', undefined],
    // a run that starts or ends inside a keyword is a run too (大支行 行长 周明 rebuilds 支行行长周明)
    ['大支行 行长 周明', '支行行长周明'],
    // five characters of neighbours already rebuild a piece of a sentence (行长 周明远)
    ['社区 行长 周明远', '行长 周明远'],
    // a phrase of six characters that names nothing
    ['员工走进社区 银行', '员工走进社区'],
    // a keyword longer than the phrase it holds (员工走进社区 of the text, 员工走进社区去 of the query)
    ['员工走进社区去 银行', '员工走进社区'],
    ['宣传 带领员工走进去 银行', '带领员工走进'],
    // a gold name split into two keywords is a fact too, but not with a word of the text before it
    ['东山农商银行 西街支行 宣传', undefined],
    // part of a gold name is a fact
    ['东山农商银行西 宣传', undefined],
  ] as const)('%s', (query, expected) => {
    expect(repeatedWording(query, TEXT, NAMES)).toBe(expected);
  });
});

describe('repeatedWording against the whole corpus: a longer run', () => {
  it.each([
    // two topic words news often writes together are no copy; a chain of three is
    ['堵截 电信诈骗 员工', undefined],
    ['员工 成功堵截 电信诈骗', '员工 成功堵截 电信诈骗'],
  ] as const)('%s', (query, expected) => {
    expect(repeatedWording(query, '柜员成功堵截电信诈骗。近日，网点员工成功堵截电信诈骗一起。', [], 7)).toBe(expected);
  });
});

describe('repeatedWording across scripts: a query in one script rebuilds a text in the other', () => {
  it.each([
    // Traditional keywords against a Simplified text, and the other way round
    ['宣傳活動 支行行長 周明遠', '宣傳活動 支行行長 周明遠', TEXT],
    ['宣传活动 支行行长 社区', '宣传活动 支行行长', '近日，東山農商銀行開展宣傳活動，支行行長周明遠帶隊。'],
    // a long Traditional gold name alone is still a fact
    ['東山農商銀行西街支行 宣傳', undefined, TEXT],
  ] as const)('%s', (query, expected, text) => {
    expect(repeatedWording(query, text, NAMES)).toBe(expected);
  });
});
