/**
 * Engine behaviour a reviewer notices: negated and exempted wording is not flagged, numbers are read the way drafts
 * write them, offsets point at the exact passage whatever the punctuation and line breaks.
 */
import { describe, expect, it } from 'vitest';
import { rules, getProfile, docTypeList } from '../../rules/index.ts';
import { analyze, review } from '../../lib/engine/index.ts';
import { findNumbers, parseZh } from '../../lib/engine/numbers.ts';
import { prepare } from '../../lib/engine/text.ts';

const ids = (text: string, profile = 'baseline') => review(text, { rules, profile: getProfile(profile) }).map((f) => f.ruleId);
const quotes = (text: string, profile = 'baseline') => review(text, { rules, profile: getProfile(profile) }).map((f) => f.quote);

describe('negation and exemption scope', () => {
  it.each([
    '招聘中不得限定男性或者规定男性优先。',
    '禁止在招聘简章中注明“限男性”。',
    '严禁用人单位以已婚已育作为录用条件。',
    '各单位应当杜绝招聘中男性优先的现象。',
    '消除招聘环节的男性优先等就业性别歧视。',
    '反对用人单位在招聘时限男性。',
    '招聘岗位：会计，性别不限，35周岁以下。',
    '招聘条件：男女不限。',
    '除国家另有规定外，本次招聘限男性。',
    '用人单位不应在招聘启事中写“男性优先”。',
    '招聘时不能限男性。',
    '不允许以“男性优先”为由筛选简历。',
  ])('does not flag: %s', (s) => {
    expect(ids(s)).toEqual([]);
  });

  it('still flags the clause that is not negated', () => {
    expect(quotes('招聘条件：性别不限的岗位为会计；驾驶员岗位限男性。')).toEqual(['限男性']);
  });

  it('does not treat the negator inside the violation as negation', () => {
    expect(ids('女职工入职后三年内不得怀孕。')).toContain('cn.employment.marriage-pregnancy-condition');
  });

  it('judges negation in the clause of the adverse action, not of the first trigger word', () => {
    expect(ids('开展生育权益专项督查，禁止用人单位因女职工怀孕、生育、哺乳而降低工资。')).toEqual([]);
  });

  it('does not flag a quoted phrase in a report about enforcement', () => {
    expect(ids('某公司招聘启事写明“限男性”，人社部门依法约谈并责令整改。')).toEqual([]);
  });
});

describe('numbers', () => {
  it('parses Chinese numerals', () => {
    expect(parseZh('三')).toBe(3);
    expect(parseZh('十二')).toBe(12);
    expect(parseZh('二十五')).toBe(25);
    expect(parseZh('一百零五')).toBe(105);
    expect(parseZh('三点五')).toBe(3.5);
    expect(parseZh('两')).toBe(2);
  });

  it('reads ratios, percentages and fractions in every spelling', () => {
    const kinds = (s: string) => findNumbers(s).map((t) => [t.kind, t.kind === 'ratio' ? t.a / t.b! : t.a]);
    expect(kinds('3:2')).toEqual([['ratio', 1.5]]);
    expect(kinds('三比二')).toEqual([['ratio', 1.5]]);
    expect(kinds('1.5:1')).toEqual([['ratio', 1.5]]);
    expect(kinds('百分之三十')).toEqual([['percent', 0.3]]);
    expect(kinds('30%')).toEqual([['percent', 0.3]]);
    expect(kinds('三分之一')[0][1]).toBeCloseTo(1 / 3);
    expect(kinds('1/3')[0][1]).toBeCloseTo(1 / 3);
  });

  it.each([
    ['女性厕位与男性厕位的比例为3：2。', 0],
    ['女性厕位与男性厕位的比例为1∶1。', 1],
    ['男、女厕位比例为1:1.5。', 0], // men first: 1.5 women's places per man's
    ['男女厕位比例为 1 : 1.5 。', 0],
    ['男、女厕位比例为1.5:1。', 1], // 1 woman's place per 1.5 men's
    ['女:男厕位比为三比二。', 0],
    ['男女厕位比例宜为1:1.5或1:1。', 1], // the weakest alternative counts
    ['男女各设五个蹲位的公厕。', 1], // counts: 1:1
    ['男厕设蹲位4个、小便器2个，女厕设蹲位9个。', 0], // 9:6
    ['男厕设蹲位4个、小便器4个，女厕设蹲位9个。', 1], // 9:8
    ['女厕位24个,男厕位12个(其中小便斗6个);设第三卫生间1间。', 0], // the urinals are part of the 12
    ['女厕位 45 个,男厕位 30 个(含小便器 16 个)。', 0], // 45:30
    ['将原男厕内3个蹲位改为女厕位,改造后女厕位14个、男厕位7个。', 0], // only the result counts: 14:7
    ['改造后女厕位8个、男厕位8个。', 1],
    ['每组男厕位(含小便器)6个、女厕位6个。', 1], // 含 names what the 6 include: 6:6
  ])('toilet ratio %s → %i finding(s)', (text, n) => {
    expect(ids(text).filter((id) => id === 'cn.environment.toilet-ratio')).toHaveLength(n);
  });

  it('asks for 2:1 where the text is about a high-traffic place', () => {
    expect(ids('火车站公厕女厕位与男厕位比例为3:2。')).toContain('cn.environment.toilet-ratio');
    expect(ids('社区公厕女厕位与男厕位比例为3:2。')).toEqual([]);
    expect(ids('旅游景区公厕女厕位与男厕位比例为2:1。')).toEqual([]);
    // The elevated category named in the same sentence applies only to its own clause.
    expect(ids('一般场所女厕位与男厕位比例至少为3:2，人流量较大地区提高到2:1。')).toEqual([]);
    // The document title names the place.
    expect(ids('某火车站改造方案\n第五条 女厕位与男厕位比例为3:2。')).toContain('cn.environment.toilet-ratio');
  });

  it('checks every row of a table of toilet places per sex', () => {
    const table = '附表 公厕建设项目表\n序号\t名称\t类别\t男厕位\t女厕位\n1\t古楼公厕\t二类\t8\t12\n2\t站前公厕\t一类\t12\t18\n3\t柳园公厕\t二类\t6\t6\n';
    const fs = review(table, { rules }).filter((f) => f.ruleId === 'cn.environment.toilet-ratio');
    // row 2 is 一类 (needs 2:1, has 3:2), row 3 has 1:1; row 1 has 3:2 and passes.
    expect(fs.map((f) => table.slice(f.start, f.end).split('\t')[1])).toEqual(['站前公厕', '柳园公厕']);
    expect(fs[1].message).toContain('1:1');
  });

  it('exempts a post-table row that names the national list of work women may not do', () => {
    const table = '2025年招聘岗位表\n岗位\t人数\t性别\t备注\n井下凿岩工\t4\t男\t矿山井下作业,属国家规定的女职工禁忌从事的劳动范围\n仓库保管员\t1\t男\t\n';
    const fs = review(table, { rules }).filter((f) => f.ruleId === 'cn.employment.post-table-sex');
    expect(fs).toHaveLength(1);
    expect(table.slice(fs[0].start - 8, fs[0].start)).toContain('仓库保管员');
  });

  it('reads a share table whose total column is a bare 职数 under a heading naming the body', () => {
    const table = '各社区居委会成员职数如下:\n社区\t职数\t其中女性\n友谊社区\t7\t4\n鞍山道社区\t7\t2\n';
    const fs = review(table, { rules, profile: getProfile('000') }).filter((f) => f.ruleId === 'cn.decision.community-committee-women');
    expect(fs.map((f) => f.quote.split('\t')[0])).toEqual(['鞍山道社区']);
  });

  it('checks every row of a table of members and women members', () => {
    const table = '各嘎查村民代表名额分配如下:\n嘎查名称\t户数\t村民代表总数\t其中妇女代表\n一嘎查\t312\t30\t10\n二嘎查\t268\t27\t7\n';
    const fs = review(table, { rules, profile: getProfile('004') }).filter((f) => f.ruleId === 'cn.decision.village-representatives-women');
    expect(fs.map((f) => table.slice(f.start, f.end).split('\t')[0])).toEqual(['二嘎查']);
  });

  it('reads shares as percentages, fractions and counts', () => {
    const share = (t: string, p = 'baseline') => ids(t, p).filter((id) => id.startsWith('cn.decision'));
    expect(share('村委会成员中女性比例达到百分之二十。')).toHaveLength(1);
    expect(share('村委会成员中女性比例达到百分之三十以上。')).toHaveLength(0);
    expect(share('村民委员会由7人组成，其中妇女2名。')).toHaveLength(1);
    expect(share('村民委员会由6人组成，其中妇女2名。')).toHaveLength(0);
    // 居委会 "50%左右": 49% passes with the tolerance, not under 004's "50%以上".
    expect(share('社区居委会成员中女性比例达到49%。', '000')).toHaveLength(0);
    expect(share('社区居委会成员中女性比例达到49%。', '004')).toHaveLength(1);
    // 村民代表 one third: national law, so in every profile.
    expect(share('村民代表中妇女比例达到30%。', '004')).toHaveLength(1);
    expect(share('村民代表中妇女比例达到30%。', 'baseline')).toHaveLength(1);
    // 村委会主任 10 % only where the plan sets it (聊城, 东昌府).
    expect(share('村委会主任中女性比例达到5%。', '000')).toHaveLength(1);
    expect(share('村委会主任中女性比例达到5%。', 'baseline')).toHaveLength(0);
    // Several bodies in one sentence: each count pairs with its own total.
    expect(share('代表25人的嘎查，妇女代表不少于9人；代表35人的嘎查，妇女代表不少于8人。', '004')).toHaveLength(1);
  });
});

describe('offsets', () => {
  it('are exact JS string indices whatever the punctuation, spacing and line breaks', () => {
    const text = '第二条　招聘条件:限\n男 性, 35 周岁以下；\r\n女职工入职后３年内不得\n怀孕。𠀀男女厕位比例为1∶1.';
    const fs = review(text, { rules });
    expect(fs.length).toBeGreaterThanOrEqual(3);
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(fs.map((f) => f.quote.replace(/\s+/g, ''))).toEqual(expect.arrayContaining(['限男性', '不得怀孕', '男女厕位比例为1∶1']));
  });

  it('joins a sentence that a PDF conversion broke across lines, but not table fields', () => {
    const p = prepare('本岗位需经常出差、值夜班，考虑到工作强度，此岗位适合\n男性应聘。\n性别：男\n学历：本科');
    expect(p.sentences.length).toBe(3);
  });

  it('joins a ratio broken onto the next line even though the line starts like "1:1"', () => {
    const text = '3.3 室外田径场看台下方设公共卫生间 2 处,考虑到看台使用频次较低,男女厕位按\n1∶1 设置,各 16 个。';
    expect(ids(text)).toContain('cn.environment.toilet-ratio');
  });

  it('flags nothing in a news report, however it quotes the violations', () => {
    const news = '本报讯（记者 李某）记者从市人社局获悉，还有企业要求女性应聘者提供孕检报告，某公司招聘时规定限男性。';
    expect(review(news, { rules }).filter((f) => f.kind !== 'missing')).toEqual([]);
    // A notice recruiting reporters is not a news report.
    expect(ids('某报社2025年招聘记者公告\n招聘条件：限男性，35周岁以下。')).toContain('cn.employment.hiring-sex-restriction');
  });

  it('reports document types and missing-element findings without a span', () => {
    const pack = [
      {
        id: 'xx.test.checklist',
        domain: 'environment',
        kind: 'missing',
        severity: 'low',
        lang: 'zh',
        title: { zh: '应急预案缺少女性卫生用品', en: 'Emergency plan lacks sanitary products' },
        check: { type: 'required', docType: { id: 'emergency-plan', any: ['应急预案'] }, present: ['卫生用品|卫生巾'] },
        message: { zh: '缺少女性卫生用品', en: 'No sanitary products' },
        basis: [{ plan: '', section: '', quote: '', law: 'test' }],
        profiles: ['*'],
        examples: { flag: [], pass: [] },
      },
    ] as unknown as typeof rules;
    const a = analyze('某县突发事件应急预案\n储备食品、饮用水和帐篷。', { rules: pack });
    expect(a.docTypes).toEqual([{ id: 'emergency-plan', ruleIds: ['xx.test.checklist'] }]);
    expect(a.findings).toMatchObject([{ ruleId: 'xx.test.checklist', kind: 'missing', start: 0, end: 0, quote: '' }]);
    expect(analyze('某县突发事件应急预案\n储备食品、饮用水和女性卫生用品。', { rules: pack }).findings).toEqual([]);
    expect(analyze('某县防汛工作总结', { rules: pack }).docTypes).toEqual([]);
  });

  it('reads a list item in the light of its lead-in line, however far down the list', () => {
    const text =
      '第五条 下列人员不确认为本社成员:\n(一)户口已迁出本村并已在迁入地取得集体经济组织成员身份的人员;\n(二)已被国家机关、事业单位录用为正式在编人员且已纳入城镇职工养老保险的人员;\n(三)农嫁非妇女及其子女。';
    const fs = review(text, { rules }).filter((f) => f.ruleId.startsWith('cn.rural'));
    expect(fs.map((f) => f.quote)).toEqual([expect.stringContaining('农嫁非')]);
    const admitted = text.replace('不确认为', '可以确认为');
    expect(review(admitted, { rules }).filter((f) => f.ruleId.startsWith('cn.rural'))).toEqual([]);
  });

  it('names the type of document it detects, and not for a plan or a news report', () => {
    const types = (t: string) => analyze(t, { rules, docTypes: docTypeList }).docTypes.map((d) => d.name?.zh ?? d.id);
    expect(types('某公司2025年公开招聘工作人员公告\n一、招聘岗位\n二、报名方式：网上报名。\n三、笔试时间另行通知。')).toContain('招聘公告 / 简章');
    expect(types('某村村规民约\n第一条 为推进村民自治，经村民代表会议讨论通过，制定本村规民约。')).toContain('村规民约 / 居民公约');
    expect(types('本报讯（记者 王某）某公司招聘启事写明“限男性”被约谈。')).not.toContain('招聘公告 / 简章');
  });

  it('gives messages in English when asked', () => {
    const [f] = review('招聘条件：限男性。', { rules, locale: 'en' });
    expect(f.message).toMatch(/restricts the post/);
  });

  it('honours rules the user turned off', () => {
    expect(review('招聘条件：限男性。', { rules, disabled: ['cn.employment.hiring-sex-restriction'] }).filter((f) => f.kind !== 'missing')).toEqual([]);
  });
});
