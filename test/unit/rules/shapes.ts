/**
 * One row per shape of text a rule reads: a short text written for the
 * tests (the style of bank news, not its sentences), the rule the row is
 * about, and the facts the graph must (and must not) hold. Every registered
 * sentence rule has at least one row; the full facts of every row are kept
 * in __snapshots__/shapes.json, rewritten for review with
 * `npm run test:unit -- -u`.
 */
import type { RuleId } from '../../../src/extract/registry.js';

export interface Shape {
  rule: RuleId;
  text: string;
  has?: string[];
  hasNot?: string[];
  /** Lines of a user dictionary for this row (`word [weight] [tag]`). */
  dict?: string[];
}

export const SHAPES: Shape[] = [
  { rule: 'bank.alias', text: '中国农业银行与招商银行签署合作协议。', has: ['Bank 中国农业银行', 'Bank 招商银行'] },
  { rule: 'bank.alias', text: '中国银行业协会发布年度报告。', hasNot: ['Bank 中国银行'] },
  // The gazetteer: every kind of bank, short forms, Traditional forms, weak aliases only where plainly a bank.
  { rule: 'bank.alias', text: '国开行与农发行共同支持当地水利建设。', has: ['Bank 国家开发银行', 'Bank 中国农业发展银行'] },
  { rule: 'bank.alias', text: '浦发、招行和兴业银行的网点都在这条街上。', has: ['Bank 上海浦东发展银行', 'Bank 招商银行', 'Bank 兴业银行'] },
  { rule: 'bank.alias', text: '宁波银行与微众银行签署合作备忘录。', has: ['Bank 宁波银行', 'Bank 深圳前海微众银行'] },
  { rule: 'bank.alias', text: '汇丰银行（中国）在上海举办开放日。', has: ['Bank 汇丰银行(中国)'] },
  { rule: 'bank.alias', text: '恒生銀行與東亞銀行聯合舉辦講座。', has: ['Bank 恒生銀行', 'Bank 東亞銀行'] },
  { rule: 'bank.alias', text: '大西洋銀行在澳門開設新分行。', has: ['Bank 大西洋銀行'] },
  { rule: 'bank.alias', text: '臺灣銀行與合作金庫推出聯名卡。', has: ['Bank 臺灣銀行', 'Bank 合作金庫商業銀行'] },
  { rule: 'bank.alias', text: '人民银行发布新规。', has: ['Bank 中国人民银行'] },
  { rule: 'bank.alias', text: '平安夜，居民们在兴业路上散步。', hasNot: ['Bank 平安银行', 'Bank 兴业银行'] },
  { rule: 'bank.alias', text: '兴业上海分行开展宣传。', has: ['Bank 兴业银行', 'Branch 兴业上海分行'] },
  // Bylines and credits as news sites print them.
  { rule: 'person.byline', text: '邮储银行网点开展宣传\n\n东方网5月8日讯(记者 林晓 通讯员 吴峰)邮储银行奉化支行走进社区。', has: ['Person 林晓', 'Person 吴峰', 'AUTHORED 吴峰 -> article [通讯员]'] },
  { rule: 'person.byline', text: '中行网点延时服务\n\n◎记 者 郭明远\n\n中行开化支行推出延时服务。', has: ['Person 郭明远', 'AUTHORED 郭明远 -> article [记者]'] },
  { rule: 'person.byline', text: '工行网点见闻\n\n工行萍乡分行推出适老服务。\n\n(汪海涛)', has: ['Person 汪海涛', 'AUTHORED 汪海涛 -> article [作者]'] },
  { rule: 'person.byline', text: '建行网点见闻\n\n作者:柯文(文) 罗斌(图)\n\n建行上饶分行推出适老服务。', has: ['AUTHORED 柯文 -> article [作者]', 'AUTHORED 罗斌 -> article [摄影]'] },
  { rule: 'works_at.byline', text: '农商行网点见闻\n\n(上饶农商银行信州支行 孙雨)\n\n上饶农商银行信州支行推出适老服务。', has: ['Person 孙雨', 'WORKS_AT 孙雨 -> 上饶农商银行信州支行'] },
  { rule: 'person.credit', text: '上饶日报讯全媒体记者邓海燕通讯员李航近日,建行上饶分行开展宣传。', has: ['Person 邓海燕', 'Person 李航'], hasNot: ['Person 李航近'] },
  { rule: 'person.credit', text: '来源:上饶农商银行 作者:上饶农商银行通讯员 邓晓、胡彬 发布时间:2023-10-07', has: ['WORKS_AT 邓晓 -> 上饶农商银行 [通讯员]', 'WORKS_AT 胡彬 -> 上饶农商银行 [通讯员]'] },
  { rule: 'person.credit', text: '记者了解到，该行今年新增网点。', hasNot: ['Person 了解到'] },
  // Banks by the shape of their names.
  { rule: 'bank.shape', text: '浙江上饶农商银行和上饶农商行是一家银行。', has: ['Bank 浙江上饶农商银行'], hasNot: ['Bank 上饶农商行'] },
  { rule: 'bank.shape', text: '开化嘉银村镇银行员工走进村庄。', has: ['Bank 开化嘉银村镇银行'] },
  { rule: 'bank.shape', text: '浦城县联社与邵武市农村信用合作联社签约。', has: ['Bank 浦城县联社', 'Bank 邵武市农村信用合作联社'] },
  { rule: 'bank.shape', text: '邵武农商银行水北支行开展宣传。', has: ['PART_OF 邵武农商银行水北支行 -> 邵武农商银行'] },
  { rule: 'bank.shape', text: '全省银行业金融机构参加了会议。', hasNot: ['Bank 全省银行'] },
  // People: names before a role, names jieba cut short, words that only look like names.
  { rule: 'person.before-role', text: '玉山银行林伯翰总经理(左二)出席活动。', has: ['WORKS_AT 林伯翰 -> 玉山商業銀行 [总经理]'] },
  { rule: 'person.before-role', text: '该活动可以陶冶员工情操。', hasNot: ['Person 陶冶'] },
  { rule: 'person.after-role', text: '农行蒙城支行党组成员李取纲参加活动。', has: ['Person 李取纲'], hasNot: ['Person 李取'] },
  { rule: 'person.titled', text: '柜员耐心向吴女士解释，并冻结了客户银行卡。', hasNot: ['Person 向吴', 'Person 银行卡'] },
  { rule: 'person.speaker', text: '老郝自嘲说，岁数大了。', hasNot: ['Person 郝自嘲'] },
  // Units: named by place and bank, parents not merged into children, verbs and dates never in a name.
  { rule: 'branch.place-bank', text: '温州工行今年新增网点五家，工行温州分行行长表示满意。', has: ['Branch 工行温州分行'], hasNot: ['Branch 温州工行'] },
  { rule: 'branch.place-bank', text: '龙口农行营业部获得“百佳示范单位”称号。', has: ['PART_OF 龙口农行营业部 -> 龙口农行', 'RECEIVED 龙口农行营业部 -> 百佳示范单位'] },
  { rule: 'branch.anchored', text: '工行镇海支行下辖的工行镇海胜利桥支行开展活动。', has: ['Branch 工行镇海支行', 'Branch 工行镇海胜利桥支行'] },
  { rule: 'branch.suffix', text: '大丰银行继设立广州分行后又设新行。', has: ['Branch 大丰银行广州分行'], hasNot: ['Branch 大丰银行继设立广州分行'] },
  { rule: 'branch.suffix', text: '据统计，2023年北洋支行的客户经理走遍15省。', hasNot: ['Branch 年北洋支行'] },
  { rule: 'bank.shape', text: '三峡农商银行夷陵支行开展宣传。', has: ['PART_OF 三峡农商银行夷陵支行 -> 三峡农商银行'] },
  // Honours: lists, levels, names that go on after a quote, triggers that announce a list.
  { rule: 'honour.after-trigger', text: '他获得总行优秀党务工作者、省分行劳动模范等荣誉。', has: ['Honour 总行优秀党务工作者', 'Honour 省分行劳动模范'] },
  { rule: 'honour.after-trigger', text: '她多次获得县级、市级先进工作者、突出贡献奖。', has: ['Honour 市级先进工作者', 'Honour 突出贡献奖'] },
  { rule: 'honour.after-trigger', text: '他获得了区首批“金牌柜员”、市五一巾帼标兵等荣誉。', has: ['Honour 金牌柜员', 'Honour 市五一巾帼标兵'] },
  { rule: 'honour.after-trigger', text: '作为省级文明示范网点，工行开封分行营业部接待了很多客户。', has: ['Honour 省级文明示范网点'] },
  { rule: 'honour.after-trigger', text: '该行获得贷款五千万元，是全国首个这样做的单位。', hasNot: ['Honour 贷款五千万元', 'Honour 全国首个这样做的单位'] },
  { rule: 'honour.after-trigger', text: '该行获此殊荣，并为起点继续努力，参加个人颁奖。', hasNot: ['Honour 殊荣', 'Honour 此殊荣', 'Honour 个人颁奖'] },
  { rule: 'honour.context', text: '兴业银行此次囊括多项奖项，包括“最佳零售银行”、“最佳普惠金融银行”。', has: ['Honour 最佳零售银行', 'Honour 最佳普惠金融银行'] },
  { rule: 'honour.context', text: '中银澳门荣获特区政府颁发的“金莲花”。', has: ['Honour 金莲花'], hasNot: ['Organization 荣获特区政府'] },
  { rule: 'honour.embedded-quote', text: '农发行南阳分行被授予全国“万企帮万村”精准扶贫行动先进集体荣誉。', has: ['Honour 全国“万企帮万村”精准扶贫行动先进集体'] },
  { rule: 'honour.embedded-quote', text: '平安银行“让爱回家”企业志工日在社区举行。', hasNot: ['Honour 平安银行“让爱回家”企业'] },
  { rule: 'unit.anaphora', text: '建行长春南关支行获表彰\n\n建行长春南关支行坚持服务社区。该行今年被评为“青年文明号”。', has: ['RECEIVED 建行长春南关支行 -> 青年文明号'] },
  { rule: 'branch.anchored', text: '工行沈阳向工街支行开展反诈宣传。', has: ['Branch 工行沈阳向工街支行', 'PART_OF 工行沈阳向工街支行 -> 中国工商银行'] },
  { rule: 'branch.suffix', text: '据悉，南湖支行已开通适老服务。', has: ['Branch 南湖支行'] },
  { rule: 'branch.anchored.sub-unit', text: '农行天门支行营业室柜员刘芳热情接待客户。', has: ['Branch 农行天门支行营业室', 'PART_OF 农行天门支行营业室 -> 农行天门支行', 'WORKS_AT 刘芳 -> 农行天门支行营业室 [柜员]'] },
  { rule: 'branch.suffix.sub-unit', text: '东湖支行营业部为老人开辟绿色通道。', has: ['Branch 东湖支行营业部', 'PART_OF 东湖支行营业部 -> 东湖支行'] },
  { rule: 'branch.renamed', text: '工行丹东元宝支行（原丹东五道口储蓄所）是一个老网点。', has: ['Branch 工行丹东元宝支行'], hasNot: ['Branch 工行丹东五道口储蓄所'] },
  { rule: 'person.after-role', text: '建行大堂经理周晓梅耐心讲解。', has: ['Person 周晓梅', 'WORKS_AT 周晓梅 -> 中国建设银行 [大堂经理]'] },
  { rule: 'person.listed-after-role', text: '工行鞍山分行员工刘芳、陈小军、王丽参加了培训。', has: ['Person 刘芳', 'Person 陈小军', 'Person 王丽'] },
  { rule: 'person.speaker', text: '“服务无小事。”孙建平说。', has: ['Person 孙建平'] },
  { rule: 'person.titled', text: '客户赵建国专程送来锦旗。', has: ['Person 赵建国'] },
  { rule: 'person.pos-marked', text: '雷锋的事迹感动了一代人。雷锋的故事讲了六十年。', has: ['Person 雷锋'] },
  { rule: 'person.pos', text: '工行鞍山分行员工王建华入职十年。王建华每天最早到岗。', has: ['Person 王建华'] },
  { rule: 'person.photo-credit', text: '新网点开业当天人流不断。 张立 摄', has: ['Person 张立'] },
  { rule: 'person.byline', text: '建行网点走进社区\n\n本报讯（记者 周海 通讯员 白建平）建行蚌埠分行走进社区开展宣传。', has: ['Person 周海', 'Person 白建平', 'AUTHORED 周海 -> article [记者]', 'AUTHORED 白建平 -> article [通讯员]'] },
  { rule: 'product.quoted', text: '农行推出“惠农e贷”产品。', has: ['Product 惠农e贷'], hasNot: ['Programme 惠农e贷'] },
  { rule: 'honour.embedded-quote', text: '工行营口分行支持的企业获评专精特新“小巨人”企业。', has: ['Honour 专精特新“小巨人”企业'] },
  { rule: 'honour.dictionary', text: '工行营口分行荣获全国文明单位。', has: ['Honour 全国文明单位', 'RECEIVED 工行营口分行 -> 全国文明单位'] },
  { rule: 'honour.shape', text: '交行扬州分行获得“江苏省工人先锋号”。', has: ['Honour 江苏省工人先锋号', 'RECEIVED 交行扬州分行 -> 江苏省工人先锋号'] },
  { rule: 'programme.dictionary', text: '工行鞍山分行的工行驿站全天开放。', has: ['Programme 工行驿站', 'RUNS 工行鞍山分行 -> 工行驿站'] },
  { rule: 'honour.context', text: '中行苏州分行被授予“金融服务标兵单位”称号。', has: ['Honour 金融服务标兵单位', 'RECEIVED 中行苏州分行 -> 金融服务标兵单位'] },
  { rule: 'programme.context', text: '建行蚌埠分行推行“晨会分享”“师徒结对”等服务工程。', has: ['Programme 晨会分享', 'Programme 师徒结对', 'RUNS 建行蚌埠分行 -> 师徒结对'] },
  { rule: 'programme.context', text: '邮储银行大连分行开展“节约用水”“文明出行”等主题活动。', hasNot: ['Programme 节约用水', 'Programme 文明出行'] },
  { rule: 'programme.context', text: '工行营口分行通过“扫码领礼品”等趣味活动吸引客户。', hasNot: ['Programme 扫码领礼品'] },
  { rule: 'programme.context', text: '恒生银行携手社区中心合作“长者同行”公益行动。', has: ['Programme 长者同行', 'RUNS 恒生銀行 -> 长者同行'] },
  { rule: 'programme.context', text: '泰隆银行通过“乡村夜校”和“行长讲堂”服务村民。', has: ['Programme 乡村夜校', 'Programme 行长讲堂'] },
  { rule: 'programme.embedded-quote', text: '泰隆银行丽水分行举办“邻里守望”社区金融开放日活动。', has: ['Programme “邻里守望”社区金融开放日活动', 'RUNS 泰隆银行丽水分行 -> “邻里守望”社区金融开放日活动'] },
  { rule: 'programme.context', text: '日照银行开展主题为“小小银行家”主题活动。', has: ['Programme 小小银行家'], hasNot: ['Programme “小小银行家”主题活动'] },
  { rule: 'branch.suffix', text: '各银行常德分行行长参加了会议。', hasNot: ['Branch 银行常德分行', 'Branch 农行银行常德分行'] },
  { rule: 'programme.context', text: '工行无锡分行开展“金融夜校”活动。', has: ['Programme 金融夜校', 'RUNS 工行无锡分行 -> 金融夜校'] },
  { rule: 'honour.after-trigger', text: '建行秦皇岛分行荣获优质服务奖。', has: ['Honour 优质服务奖', 'RECEIVED 建行秦皇岛分行 -> 优质服务奖'] },
  { rule: 'honour.shape-unquoted', text: '中行连云港分行是连云港市青年文明号集体。', has: ['Honour 连云港市青年文明号'] },
  { rule: 'org.suffix', text: '工行鞍山分行与阳光保险公司签约。', has: ['Organization 阳光保险公司'] },
  { rule: 'org.dictionary', text: '工行丹东分行获中央文明委表彰。', dict: ['中央文明委 org'], has: ['Organization 中央文明委'] },
  { rule: 'place.gazetteer', text: '辽宁省的农行网点今年新增了五家。', has: ['Place 辽宁'] },
  { rule: 'product.dictionary', text: '客户可通过手机银行办理业务。', has: ['Product 手机银行'] },
  { rule: 'works_at.unit-role-name', text: '工行沈阳分行员工邢丽丽主动请缨。', has: ['WORKS_AT 邢丽丽 -> 工行沈阳分行 [员工]'] },
  { rule: 'works_at.unit-role-name', text: '建行蚌埠分行副行长、工会主席钱志刚出席。', has: ['WORKS_AT 钱志刚 -> 建行蚌埠分行 [工会主席]'] },
  { rule: 'works_at.unit-role-name', text: '汇丰银行执行董事兼行政总裁宋美玲致辞。', has: ['Person 宋美玲', 'WORKS_AT 宋美玲 -> 香港上海滙豐銀行 [总裁]'] },
  { rule: 'works_at.unit-role-name', text: '工行沈阳分行邀请市公安局民警孙立新讲课。', hasNot: ['WORKS_AT 孙立新 -> 工行沈阳分行'] },
  { rule: 'works_at.appointed', text: '郑秋实，1962年出生，1998年任农行青岛分行副行长，2006年起任恒丰银行行长。', has: ['Person 郑秋实', 'WORKS_AT 郑秋实 -> 农行青岛分行 [副行长]', 'WORKS_AT 郑秋实 -> 恒丰银行 [行长]'] },
  { rule: 'works_at.appointed', text: '行长丁海波说，他去年被调回到中行江苏省分行担任副行长。', has: ['WORKS_AT 丁海波 -> 中行江苏省分行 [副行长]'] },
  { rule: 'works_at.appointed', text: '储户丁海波说，对网点的责任工行沈阳分行行长都清楚。', hasNot: ['WORKS_AT 丁海波 -> 工行沈阳分行 [行长]', 'Person 都清楚'] },
  { rule: 'person.profile', text: '韩冬梅，女，汉族，1975年生，现任邮储银行大连分行行长。', has: ['Person 韩冬梅'] },
  { rule: 'person.after-role', text: '邮储银行宁波分行办公室主任欧阳帆等人参加。', has: ['Person 欧阳帆'] },
  { rule: 'person.after-role', text: '中国金融工会兼职副主席林小群竖起了大拇指。', has: ['Person 林小群'] },
  { rule: 'person.after-role', text: '网点负责人任组长，负责向百姓宣传。', hasNot: ['Person 任组长', 'Person 向百姓'] },
  { rule: 'person.known', text: '建行蚌埠分行员工田晓雯获表彰。\n\n田晓雯入职十年，获得了市级“服务明星”等荣誉。', has: ['RECEIVED 田晓雯 -> 服务明星'], hasNot: ['RECEIVED 建行蚌埠分行 -> 服务明星'] },
  { rule: 'received.subject', text: '农行青州支行、建行青州支行和工行青州支行获评“文明规范服务示范网点”。', has: ['RECEIVED 农行青州支行 -> 文明规范服务示范网点', 'RECEIVED 建行青州支行 -> 文明规范服务示范网点', 'RECEIVED 工行青州支行 -> 文明规范服务示范网点'] },
  { rule: 'works_at.person-unit-role', text: '储户都认识王芳。王芳是建行蚌埠分行的一名大堂经理。', has: ['Person 王芳', 'WORKS_AT 王芳 -> 建行蚌埠分行 [大堂经理]'] },
  { rule: 'works_at.person-unit-role', text: '陈建华，邮储银行大连分行行长，长期从事金融工作。', has: ['WORKS_AT 陈建华 -> 邮储银行大连分行 [行长]'] },
  { rule: 'works_at.person-unit-role', text: '市金融办副局长胡立生，邮储银行大连分行行长陈建华出席。', hasNot: ['WORKS_AT 胡立生 -> 邮储银行大连分行 [行长]'] },
  { rule: 'person.before-unit-post', text: '“85后”的梅亮是济阳农商银行员工。', has: ['Person 梅亮', 'WORKS_AT 梅亮 -> 济阳农商银行 [员工]'] },
  { rule: 'person.before-unit-post', text: '工行沈阳分行是辽宁分行的一级分行。', hasNot: ['Person 沈阳分'] },
  { rule: 'works_at.name-at-unit', text: '客户经理张海在建行蚌埠分行工作多年。', has: ['WORKS_AT 张海 -> 建行蚌埠分行 [客户经理]'] },
  { rule: 'works_at.article-unit', text: '工行营口鲅鱼圈支行的一天\n\n网点负责人陈立新介绍，今年网点新增客户两千户。', has: ['WORKS_AT 陈立新 -> 工行营口鲅鱼圈支行 [网点负责人]'] },
  { rule: 'part_of.stated', text: '工行营口分行所辖的鲅鱼圈支行开展活动。', has: ['PART_OF 工行鲅鱼圈支行 -> 工行营口分行'] },
  { rule: 'received.subject', text: '2021年，工行营口分行荣获“全国五一劳动奖状”。', has: ['RECEIVED 工行营口分行 -> 全国五一劳动奖状 (2021)'] },
  { rule: 'received.article-unit', text: '农行天门支行喜获殊荣\n\n近日，荣获“全省金融系统先进集体”称号。', has: ['RECEIVED 农行天门支行 -> 全省金融系统先进集体'] },
  { rule: 'runs.subject', text: '工行无锡分行开展“金融夜校”活动。', has: ['RUNS 工行无锡分行 -> 金融夜校'] },
  { rule: 'runs.sentence-subject', text: '建行本溪分行多次组织员工去平山支行学习，让“劳动者港湾”走进社区。', has: ['RUNS 建行本溪分行 -> 劳动者港湾'] },
  { rule: 'runs.previous-unit', text: '工行滨州分行走进乡村。活动中，金融知识进万家宣传深入人心。', has: ['RUNS 工行滨州分行 -> 金融知识进万家'] },
  { rule: 'authored.byline', text: '农行城南支行获评青年文明号\n\n记者 邱海燕\n\n农行城南支行今年获评“青年文明号”。', has: ['AUTHORED 邱海燕 -> article [记者]'] },
  { rule: 'runs.paragraph-topic', text: '工行沈阳南湖支行打造“工行驿站”；沈阳北市支行把“工行驿站”办进社区；沈阳皇姑支行延长开放时间。', has: ['RUNS 工行沈阳皇姑支行 -> 工行驿站'] },
];
