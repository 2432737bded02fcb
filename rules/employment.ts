/**
 * 妇女与经济 · 就业: recruitment, marriage/pregnancy conditions, maternity-related adverse treatment.
 *
 * Patterns run on the compact, folded text: whitespace removed, full-width ASCII folded, so write ASCII , ; : ( )
 * for ，；：（）. 、 and 。 stay as they are. A named group `hit` narrows the highlighted span.
 */
import type { Rule } from '../lib/engine/types.ts';
import { docTypes } from './doctypes.ts';

/** Words that put a phrase in a recruitment / post context. */
export const HIRING_CONTEXT = [
  '招聘|招录|招考|招收|招工|招用|录用|聘用|聘任|选聘|聘请|应聘|报考|报名|岗位|岗|职位|用工|录取|求职|入职|人才引进|遴选|选调|选拔|考录|任职|若干名|名额|资格条件|任职资格|基本条件|报考条件|应聘条件|招聘条件|岗位要求|用人单位|简章|公告|启事|面试|笔试|体检|招募|派遣|用工需求|工种|候选人|人员条件|签约|续任|连任|留任|任期|班组长|组长|竞聘|竞岗|续聘|上岗',
];

/** Words that put a phrase in an employment-relation context (contracts, staff rules, HR). */
export const EMPLOYMENT_CONTEXT = [
  '招聘|录用|聘用|应聘|报名|入职|条件|试用期|劳动合同|聘用合同|合同期|服务期|员工|职工|雇员|工作人员|用人单位|本单位|公司|单位|岗位|晋升|定级|评优|职称|考核|培训|绩效|薪酬|工资',
];

const MALE = '男(?:性|士|生|同志|职工|青年)?';
const FEMALE = '女(?:性|士|生|同志|职工|青年)?';

/** A number of days below 98 (the statutory maternity leave), in digits or Chinese numerals. */
const LT98 =
  '(?:(?<![\\d.])(?:[1-9]|[1-8]\\d|9[0-7])(?![\\d.])|(?<![一二三四五六七八九十百])(?:[一二三四五六七八]十[一二三四五六七八九]?|九十[一二三四五六七]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?![十百]))';

export const employmentRules: Rule[] = [
  {
    id: 'cn.employment.hiring-sex-restriction',
    requirement: ['EC-01'],
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '招聘限定或优先某一性别', en: 'Recruitment restricted to or preferring one sex' },
    check: {
      type: 'pattern',
      triggers: ['男', '女'],
      patterns: [
        // 限男性 / 仅限男性 / 限招男性 / 只限男士
        `(?:仅|只|只能)?限(?:于|招|招收|招聘|录|录用)?${MALE}(?![女])`,
        // 男性优先 / 同等条件下男士优先 / 男性者优先 / 男性及退役军人优先 / 男性为宜
        `${MALE}(?![女])[^,;。]{0,8}?优先`,
        `${MALE}(?:为宜|更佳|最佳|更合适|较合适)`,
        // 同等条件下优先录用男性 / 优先考虑男士 (优先 before the sex)
        `优先(?:录用|录取|考虑|聘用|招录|招聘|招收|选用|选拔|选聘|安排|面试|推荐)?(?:的是)?${MALE}(?![女])(?:应聘者|求职者|考生|人员|教师|员工|职工|候选人|人选)?(?!${'[^,;。]{0,4}?'}(?:和|及|与|、)女)`,
        // 原则上从男性中遴选 / 人选从男性骨干中产生
        `从${MALE}(?:干部|骨干|员工|人员|教师|党员|应聘者|考生|候选人)?中(?:遴选|选拔|选派|选聘|产生|推荐|挑选|选取|选出|确定|录用|招录)`,
        // 年龄45周岁以下男性 / 18-35岁的男性,
        `岁(?:以下|以上|以内|之间)?的?(?<hit>男(?:性|士|青年)?)(?=[,;。、)）]|$)`,
        // 男性35周岁以下，女性30周岁以下: different limits by sex
        `男(?:性|士)?[^。;]{0,6}?\\d+周?岁[^。;]{0,12}?女(?:性|士)?[^。;]{0,6}?\\d+周?岁`,
        `女(?:性|士)?[^。;]{0,6}?\\d+周?岁[^。;]{0,12}?男(?:性|士)?[^。;]{0,6}?\\d+周?岁`,
        // 男性报考人员一般不超过40周岁: an age limit set for one sex
        `(?:男|女)(?:性|士|生)?(?:报考人员|报考者|考生|应聘者|应聘人员|报名人员|人员)(?:(?!放宽)[^。;,]){0,6}?(?:年龄)?(?:一般|原则上)?(?:不超过|不超|不满|不高于|在)?${'\\d+'}周?岁`,
        // 女性考生，笔试成绩须达到60分以上: a higher bar for one sex
        `${FEMALE}(?:应聘者|考生|报考者|人员|报考人员)?[^。;]{0,10}?(?:成绩|分数|分数线|学历|身高|年龄)[^。;]{0,6}?(?:须|需|需要|要求|应当?|必须)(?:达到|高于|在|为)`,
        // 女士免谈 / 女性勿扰 / 不要女生
        `${FEMALE}(?:免谈|勿扰|勿投|请勿投递|不要)|不要${FEMALE}`,
        // 仅招男性 / 只招收男生 / 只录用男性 / 只要男的
        `(?:仅|只)(?:招|招收|招聘|录|录用|录取|要|面向|接受)${MALE}`,
        // 本岗位适合男性 / 宜男性
        `(?:适合|适宜|宜由|宜为|最好是)${MALE}`,
        // 性别:男 / 性别要求:男性 / 性别为男
        `性别(?:要求|条件|限制)?(?::|为|是)?(?:限|仅限)?男(?:性|士)?(?![女])`,
        // 不招女性 / 不录用女生 / 女性不予录用
        `(?:不|不予|不宜|谢绝)(?:招|招收|招聘|录用|录取|考虑|接受)${FEMALE}`,
        `${FEMALE}(?:应聘者|考生|报考者)?(?:不予|不宜|不得|不能|不可|谢绝)(?:报考|报名|录用|应聘|聘用|录取)`,
        // 一个职位只给男的: 本单位不招收女性 is covered above; 女性名额不超过 / 男女比例3:1
        `${FEMALE}(?:名额|人数|比例|录用人数)(?:不超过|不得超过|控制在|最多|原则上不超过)`,
        `(?:招聘|招录|录用|录取|招收)[^。;]{0,12}男女比例(?:为|按)?`,
        // 女性须身高165cm以上 / 女性须为硕士研究生: a higher bar for women only
        `${FEMALE}(?:应聘者|考生|报考者|人员)?(?:须|需|需要|要求|应当?|必须)(?:身高|体重|年龄|学历|为硕士|为博士|具有硕士|具有博士|达到|笔试成绩)`,
        // 女性身高165cm以上: a bar set for women only
        `女(?:性|士)(?:应聘者|考生|报考者|人员)?身高(?:在)?(?:1[4-8]\\d|1\\.[4-8]\\d?)`,
        // 限女性 / 女性优先 (restricting to women is a sex restriction too)
        `(?:仅|只|只能)?限(?:于|招|招收|招聘|录|录用)?女(?:性|士|生)(?![男])`,
        `女(?:性|士|生)(?:者|人员)?优先`,
        // A requirement item that is just the sex: "招聘条件:男,35周岁以下" / "1.男性;"
        `(?<=^|[,;:。]|\\d[.、]|[)）])(?<hit>男(?:性)?)(?=[,;。]|$)`,
        // 其中男护士可放宽至35周岁: an age limit relaxed for men only (relaxing it for women is positive action)
        `男(?:性|士|生|同志|青年|护士|护理人员|教师|医生|考生|应聘者|报考者|职工|员工)?[^,;。女]{0,8}?(?:年龄)?(?:上限)?(?:可|可以|可适当|适当)?(?:放宽|提高|延长)(?:至|到|为)?\\d+周?岁`,
        // 男性1984年1月1日以后出生，女性1989年1月1日以后出生: birth-date limits split by sex
        `男(?:性|士)?[^。;女]{0,6}?(?:19|20)\\d{2}年[^。;]{0,24}?女(?:性|士)?[^。;]{0,6}?(?:19|20)\\d{2}年`,
        `女(?:性|士)?[^。;男]{0,6}?(?:19|20)\\d{2}年[^。;]{0,24}?男(?:性|士)?[^。;]{0,6}?(?:19|20)\\d{2}年`,
        // 女性考生请慎重报考 / 不建议女性报考: discouraging one sex from applying
        `${FEMALE}(?:考生|报考者|应聘者|求职者|人员|同志)?(?:请|需|应|要)?(?:慎重|谨慎|慎)(?:考虑)?(?:报考|报名|应聘|投递|选择|申请)|不(?:建议|鼓励|提倡|推荐)${FEMALE}(?:考生|报考者|应聘者|求职者|人员)?(?:报考|报名|应聘|投递|申请)`,
        // 带货主播以女性为主 / 司机岗位以男性为主: a post filled mainly by one sex
        `(?:岗位|职位|人选|招聘对象|录用对象|招录对象|聘用对象|主播|前台|文员|司机|保安|客服|销售|服务员|接待员?|秘书|助理|导购|收银员?|业务员|操作工|普工|驾驶员|营业员)[^,;。]{0,4}?(?:以|由)(?:男|女)(?:性|士|生|同志|青年)?(?:为主|担任为主)`,
        // 女性候选人应具有…经历，男性候选人不作此要求: a requirement imposed on one sex only
        `男(?:性|士|生|同志)?(?:候选人|考生|应聘者|应聘人员|报考者|报考人员|人员|员工|职工|申请人|申报人)?(?:则|均|可)?(?:不作此要求|不作要求|不作该要求|无此要求|无此限制|不受此限|不受此条件限制|不受该条件限制|不受上述条件限制)`,
        // 女生不超过选调生总数的三分之一 / 女性录用人数原则上不超过30%
        `${FEMALE}(?:名额|人数|比例|录用人数|录取人数|人选)?(?:原则上|一般)?(?:不超过|不得超过|不多于|不高于|控制在|最多)[^,;。]{0,10}?(?:\\d+(?:\\.\\d+)?%|\\d+名|\\d+人|[一二三四五六七八九]成|[二三四五六七八九十]分之[一二三四五六七八九]|半数|一半)(?![^,;。]{0,4}?的(?:用人单位|单位|企业|班组|车间))`,
      ],
      when: [{ any: HIRING_CONTEXT, scope: ['near', 'title'] }],
      unless: [
        // Lawful special protection: posts the State lists as unsuitable for women.
        { any: ['禁忌(?:从事的)?劳动|禁忌劳动范围|矿山井下|井下(?:作业|采掘)|国家规定的?不适合妇女'], scope: 'sentence' },
        // Medical or sports programmes organised by sex are not recruitment.
        { any: ['体检项目|筛查|男科|前列腺|男子组|女子组|比赛|赛事|运动员'], scope: 'clause' },
        // Student admissions and class selection: cn.education.admission-sex-restriction.
        { any: ['招生|实验班|特色班|特长班|特长生|兴趣班|夏令营|冬令营|录取分数线|录取线|分班|编班|招收学生|新生'], scope: 'sentence' },
        // Descriptions of the workforce as it is (护理岗位以女性为主的现状) are not conditions.
        { any: ['现状|局面|格局|现象|传统上|长期以来|目前'], scope: 'clause' },
        // Statutory marriage and retirement ages are set by national law, not by the employer.
        { any: ['婚龄|结婚登记|法定婚|结婚|早婚|男方|女方|法定退休|退休年龄'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '招聘条件限定或优先某一性别，属于就业性别歧视。除国家规定不适合妇女的工种或岗位外，用人单位不得以性别为由拒绝录用或提高录用标准。',
      en: 'The recruitment condition restricts the post to, or prefers, one sex. Except for posts the State lists as unsuitable for women, employers may not refuse or raise the bar on grounds of sex.',
    },
    suggestion: {
      zh: '删除性别限制，写明“性别不限”，或改为与岗位直接相关、男女同等适用的能力要求（如“能适应经常出差和夜间值班”）。',
      en: 'Remove the sex restriction ("open to all"), or state a job-related requirement that applies equally to women and men (e.g. "able to travel frequently and work night shifts").',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (2)',
        quote: '用人单位在招录（聘）过程中，除国家规定的不适合妇女的工种或者岗位外，不得以性别或变相以性别为由拒绝录用妇女或者提高对妇女的录用标准',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（一）项；《中华人民共和国就业促进法》第二十七条',
      },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (2)',
        quote: '对招聘、录用环节涉嫌就业性别歧视的用人单位进行联合约谈，依法惩处',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（一）项',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (2)',
        quote: '对招聘、录用环节涉嫌性别歧视的用人单位进行联合约谈，依法惩处',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（一）项',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (1)',
        quote: '依法惩处用人单位在招录（聘）和职工晋职晋级、评定专业技术职称等环节中的性别歧视行为',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（一）项',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (三)妇女与经济 › 策略措施 › (2)',
        quote: '对招聘、录用环节涉嫌就业性别歧视的用人单位进行联合约谈，依法惩处',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（一）项',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '招聘条件：限男性，35周岁以下，本科及以上学历。',
        '同等条件下，男性优先录用。',
        '岗位要求：性别：男，年龄40周岁以下。',
        '本岗位需经常出差、值夜班，适合男性。',
        '因工作环境需要，本单位本次招聘不招收女性。',
        '二、报名条件\n1.男性；\n2.具有大专及以上学历。',
        '综合管理岗：仅招男生 2 名，要求吃苦耐劳。',
        '前台接待岗位限女性，要求形象气质佳。',
        '男性本科及以上学历，女性应聘者须具有硕士研究生及以上学历。',
        '本次招聘男女比例为3:1，女性名额不超过总数的30%。',
        '招聘保安员10名，年龄45周岁以下男性，退役军人优先。',
        '应聘条件：男性35周岁以下，女性30周岁以下。',
        '岗位职责：负责仓库装卸，男性为宜。',
        '销售代表若干名，男性及有驾照者优先。',
        '招聘驾驶员，年龄45周岁以下，男驾驶员可放宽至50周岁。',
        '报名条件：男性须为1990年6月30日以后出生，女性须为1995年6月30日以后出生。',
        '该岗位需长期野外作业，不建议女性报考。',
        '客服岗位以女性为主，要求普通话标准。',
        '应聘人员须具有5年以上相关工作经历，男性应聘者不受此限。',
        '本次选聘的女性人数原则上不超过总人数的四分之一。',
        '用工需求：搬运工，18至45周岁，男，能吃苦耐劳。',
      ],
      pass: [
        '招聘条件：性别不限，35周岁以下，本科及以上学历。',
        '用人单位在招聘中不得限定为男性或者规定男性优先。',
        '岗位要求：男女不限，具有会计从业经验。',
        '除国家规定的不适合妇女的工种或者岗位外，不得以性别为由拒绝录用妇女。',
        '井下采掘岗位属于国家规定的女职工禁忌从事的劳动范围，招聘限男性，按国家有关规定执行。',
        '某公司在招聘启事中写明“限男性”，被人社部门约谈并责令整改。',
        '本次体检项目分男性和女性两类，男性另加前列腺检查。',
        '男性优先录用的做法属于就业性别歧视，应予纠正。',
        '女性应聘者年龄可放宽至40周岁。',
        '同等条件下优先录用女性高层次人才，女性申报人年龄放宽2岁。',
        '男方1998年5月出生，女方2000年3月出生，双方自愿结婚。',
        '本单位女职工人数不超过100人的，可以不单独设立女职工委员会。',
        '男女考生均可报考，不建议考生同时报考多个职位。',
        '男性退休年龄可延长至63周岁。',
        '医院护理岗位以女性为主的现状需要改变，鼓励男性从事护理工作。',
      ],
    },
  },
  {
    id: 'cn.employment.post-table-sex',
    requirement: ['EC-01'],
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '岗位表“性别”栏限定性别', en: 'Post table restricts the "sex" column' },
    check: {
      type: 'column',
      triggers: ['性别'],
      header: '^(?:性别|性别要求|性别条件|性别限制)$',
      value: '^(?:限|仅限)?(?:男|女)(?:性|士|生)?(?:优先)?$',
      when: [{ any: HIRING_CONTEXT, scope: 'document' }],
      // Admissions tables are cn.education.admission-table-sex.
      unless: [
        { any: ['招生(?:简章|计划|章程|专业|对象)'], scope: 'document' },
        // A row that names the national list of work women may not do (矿山井下 …) is a lawful exception.
        { any: ['禁忌(?:从事的)?劳动|禁忌劳动范围|矿山井下|井下(?:作业|采掘|凿岩)|国家规定的?不适合妇女'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '岗位表“性别”栏为该岗位限定了性别，属于就业性别歧视（国家规定不适合妇女的岗位除外）。',
      en: 'The post table\'s "sex" column restricts the post to one sex, which is sex discrimination in employment (except posts the State lists as unsuitable for women).',
    },
    suggestion: {
      zh: '将“性别”栏改为“不限”或删除该栏；确需限定的，注明所依据的国家规定。',
      en: 'Set the "sex" column to "any" or remove it; where a national rule requires a restriction, cite that rule.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (2)',
        quote: '用人单位在招录（聘）过程中，除国家规定的不适合妇女的工种或者岗位外，不得以性别或变相以性别为由拒绝录用妇女或者提高对妇女的录用标准',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（一）项',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '2024年招聘岗位表\n岗位名称\t人数\t性别\t学历\n综合管理\t2\t男\t本科',
        '招聘计划\n岗位\t性别\t年龄\n驾驶员\t男性\t45岁以下',
        '招聘岗位一览表\n序号\t岗位\t性别要求\n1\t安全员\t限男性',
        '公开招聘岗位表\n岗位\t名额\t性别\n文员\t1\t女',
        '岗位信息表（招聘）\n岗位\t性别\n巡查员\t男性优先',
      ],
      pass: [
        '2024年招聘岗位表\n岗位名称\t人数\t性别\t学历\n综合管理\t2\t不限\t本科',
        '招聘计划\n岗位\t性别\t年龄\n驾驶员\t男女不限\t45岁以下',
        '人口统计表\n地区\t性别\t人数\n东区\t男\t1200',
      ],
    },
  },
  {
    id: 'cn.employment.marriage-pregnancy-condition',
    requirement: ['EC-02'],
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '以婚育状况为录用或聘用条件', en: 'Marital or childbearing status used as a condition' },
    check: {
      type: 'pattern',
      triggers: ['婚', '育', '孕', '妊娠', '子女'],
      patterns: [
        // 由部门统筹安排生育时间 / 未经报备擅自怀孕
        '(?:统筹|统一|按计划|按排期)安排(?:员工|女职工|女员工)?生育|安排的?(?:生育|怀孕)(?:时间|顺序|次序|名额|计划)|(?:生育|怀孕)(?:顺序|次序|名额|排期|排序)|怀孕指标|擅自(?:怀孕|生育)|未经[^,;。]{0,8}(?:批准|同意|报备|审批)[^,;。]{0,4}(?:怀孕|生育)',
        // 限未婚 / 要求已婚已育 / 须为未婚
        '(?:限|仅限|要求|须为?|需为?|必须为?|应为)(?:未婚未育|已婚已育|已婚未育|未婚|已婚|已育|未育)',
        // 已婚已育者优先 / 未婚者优先
        '(?:未婚未育|已婚已育|已婚未育|未婚|已婚|已育|未育)(?:者|人员|女性|男性|女士|女生)?优先',
        // 婚育状况:已婚已育
        '婚(?:育|姻)(?:状况|情况)?(?:要求)?(?::|为)(?:未婚|已婚|已育|未育)',
        // 合同期内不得怀孕 / 入职三年内不得生育 / 暂缓生育
        '(?:不得|不能|不准|不许|不允许|禁止|暂缓|推迟|延后|不宜)(?:怀孕|生育|生孩子|要孩子|生二胎|生三胎|生育二孩|生育三孩|生育第[二三]|结婚)',
        // 入职体检包括妊娠检测
        '(?:妊娠|怀孕|早孕|孕)(?:检测|测试|试验)|孕检|验孕',
        // 报名表须填写子女情况及生育计划 / 面试询问婚育情况
        '(?:询问|了解|调查|填写|提供|说明|登记|填报|如实填写|告知)[^,;。]{0,8}?(?:婚育(?:情况|状况|计划)|生育(?:计划|情况|状况|意愿|安排)|恋爱(?:情况|状况)|怀孕情况|子女情况|是否怀孕|是否生育|是否有生育)',
        // 生育承诺书 / 承诺合同期内不生育
        '(?:生育|怀孕)承诺书?|承诺[^,;。]{0,12}(?:不生育|不怀孕|暂不生育|不要孩子)',
        // 三年内无生育计划 / 暂无生育打算
        '(?:\\d+|[一二三四五六七八九十两]+)年内(?:无|没有|暂无|不)(?:生育|怀孕|结婚)(?:计划|打算|安排)?|(?:无|暂无|没有)(?:生育|怀孕)(?:计划|打算)',
        // 怀孕者不予录用
        '(?:怀孕|孕期|孕妇|妊娠)[^;。]{0,8}?(?:不予|不能|不得|不|暂不|不再)(?:录用|录取|聘用|报名|入职|报考)',
        // 排孕 / 按部门排期生育
        '排孕|排队生育|生育排期|按[^,;。]{0,6}排期[^,;。]{0,4}生育|怀孕须[^,;。]{0,8}(?:报备|审批|批准)',
        // 已婚女性报考的，须承诺…不以照顾家庭为由申请调动: extra undertakings asked of married women or mothers
        '(?:已婚|已育|有子女|有孩子|育有子女)(?:的)?(?:女性|女职工|女员工|女士|女生|妇女|女同志|女干部|女教师)[^。]{0,30}?(?:须|需|应|必须|要)(?:书面)?(?:承诺|保证|签订|签署|出具)',
        '承诺[^。]{0,24}?不(?:以|因)(?:照顾家庭|家庭原因|照顾子女|照顾老人|生育|怀孕|婚育|育儿)(?:为由|原因)?',
        // 客服专员：女性，22至28周岁，未婚，普通话标准 (a bare marital condition in a list of requirements)
        '(?<=^|[,;:]|\\d[.、]|[)）])(?<hit>未婚未育|已婚已育|已婚未育|未婚|已婚|已育|未育|单身)(?=[,;。]|$)',
      ],
      when: [{ any: [EMPLOYMENT_CONTEXT[0] + '|招募|派遣|用工|报考|考生'], scope: ['near', 'title'] }],
      unless: [
        { any: ['不包括|不含|不得包含|不作为|不列为|不将|不做|不进行|不开展|无需|不需'], scope: 'clause' },
        // Housing, household registration and marriage registration legitimately ask about marital status.
        { any: ['住房|公租房|廉租|保障房|保障性|购房|婚检|结婚登记|婚姻登记|联谊|交友|相亲|□'], scope: 'sentence' },
        // Protection from radiation and toxic work needs to know about a pregnancy.
        { any: ['禁忌|放射|辐射|有毒|有害|职业病'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '把婚姻、生育状况作为录用、聘用或在职条件（含限制结婚生育、妊娠检测、询问婚育情况），属于就业性别歧视。',
      en: 'Marital or childbearing status is used as a condition for hiring or employment (including restricting marriage or childbirth, pregnancy tests, or asking about marriage and children): sex discrimination in employment.',
    },
    suggestion: {
      zh: '删除婚育条件和相关询问；入职体检不得包含妊娠检测；劳动合同不得约定限制结婚、生育的内容。',
      en: 'Remove the marital/childbearing condition and the related questions; do not include pregnancy tests in pre-employment checks; contracts must not restrict marriage or childbirth.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (2)',
        quote: '不得在劳动合同中规定或以其他方式变相限制女性结婚、生育',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（二）（三）（四）项',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (7)',
        quote: '禁止将生育状况作为对女性招聘录用、培训定级的限定条件',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（二）（三）（四）项',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '禁止用人单位将生育状况作为对女性招聘录用、培训定级、评聘晋升等方面考察的条件',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '应聘条件：限未婚，年龄25周岁以下。',
        '同等条件下，已婚已育者优先。',
        '新员工入职体检项目包括血常规、肝功能和妊娠检测。',
        '报名表须如实填写子女情况及近三年生育计划。',
        '女职工入职后三年内不得怀孕，否则视为自动离职。',
        '劳动合同期内，女方不得生育第二个子女。',
        '新入职女员工须签署生育承诺书，承诺合同期内不生育。',
        '女员工怀孕须提前向部门报备，按部门排期安排生育。',
        '面试时由人力资源部了解应聘者的婚育情况。',
        '应聘人员须承诺三年内无生育计划。',
        '报名时已怀孕的，不予录用。',
        '已婚已育的女性报名的，须书面承诺三年内不申请调往城区。',
        '新员工须签署承诺书，承诺服务期内不以照顾子女为由请长假。',
        '招聘行政助理：女，25至30周岁，已婚已育，本科学历。',
        '各部门女员工怀孕须按人力资源部排定的怀孕次序进行。',
      ],
      pass: [
        '不得询问或者调查女性求职者的婚育情况，入职体检不包括妊娠检测。',
        '用人单位不得将限制结婚、生育作为录用条件。',
        '报名表填写姓名、性别、出生年月、学历等基本信息。',
        '孕妇在孕早期应接受孕检，建立孕产妇保健手册。',
        '禁止将生育状况作为对女性招聘录用、培训定级的限定条件。',
        '申请公租房的，应提供婚姻状况证明，已婚的须提供结婚证。',
        '公务员录用体检标准中，女性不做妊娠检测。',
        '公司尊重员工的婚姻自由，员工结婚可享受婚假。',
        '单身青年联谊会报名条件：年满25周岁，未婚，在本市工作。',
        '承诺严格遵守招聘纪律，不以任何理由泄露试题。',
      ],
    },
  },
  {
    id: 'cn.employment.marital-info-collection',
    requirement: ['EC-02'],
    domain: 'employment',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '招聘、入职中收集婚育信息或证明', en: 'Marital or childbearing information or proof collected in hiring' },
    check: {
      type: 'pattern',
      triggers: ['婚', '生育', '子女', '孩子', '孕', '男女朋友'],
      patterns: [
        // 婚育状况 / 生育情况说明 / 是否有生育计划 (a bare 婚姻状况 in a personal-data form is basic information)
        '婚育(?:状况|情况|信息|史|计划)|生育(?:情况|状况|计划|意愿|安排|史)(?:说明|证明)?|是否(?:有|已|处于)?(?:生育|怀孕|孕期|婚育|结婚)(?:计划|打算|意愿)?',
        // 子女数量及年龄 / 子女情况
        '子女(?:数量|人数|个数|情况|年龄)|(?:几个|多少个?)(?:子女|孩子)',
        // 婚姻状况证明 / 未婚证明 / 结婚证 / 婚恋状况 / 有无男女朋友
        '(?:婚姻|婚恋|恋爱)(?:状况|情况)(?:证明|说明)|(?:未婚|单身|离婚|无配偶)证明|结婚证|婚恋(?:状况|情况|信息)|恋爱(?:状况|情况|信息)|(?:有无|是否有)?男女朋友',
      ],
      when: [
        {
          any: ['招聘|招录|招考|招募|应聘|求职|入职|录用|聘用|报名|报考|面试|简章|资格审查|资格审核|新员工|员工|职工|考生|劳动合同|试用期|岗位|派遣'],
          scope: ['near', 'paragraph', 'title'],
        },
      ],
      unless: [
        // The asking itself (询问、填写…婚育情况) is cn.employment.marriage-pregnancy-condition.
        {
          any: ['(?:询问|了解|调查|填写|提供|说明|登记|填报|如实填写|告知)[^,;。]{0,8}?(?:婚育(?:情况|状况|计划)|生育(?:计划|情况|状况|意愿|安排)|恋爱(?:情况|状况)|怀孕情况|子女情况|是否怀孕|是否生育|是否有生育)'],
          scope: 'clause',
        },
        // Using it as a condition is the high-severity rule; statements that the law forbids it are not findings.
        { any: ['作为[^,;。]{0,8}?条件'], scope: 'clause' },
        { any: ['明令禁止|法律禁止|依法禁止|违法|歧视'], scope: 'sentence' },
        // Social assistance, housing, registration, statistics and maternal health legitimately ask these.
        {
          any: ['婚假|产假|陪产假|育儿假|护理假|探亲|随军|家属|报销|生育津贴|生育保险|生育医疗|禁忌|放射|辐射|有毒|职业病|联谊|交友|相亲|低保|救助|补贴|补助|申领|住房|公租房|廉租|保障房|落户|婚姻登记|结婚登记|普查|抽样|统计|计划生育|计生|孕产妇|孕妇|产检|产前|保健|新生儿|出生医学|独生子女|困难|助学|入学|学生|幼儿|随迁|个税|专项附加|扣除|抚养|赡养|离婚|调解|继承|体检项目'],
          scope: 'sentence',
        },
      ],
    },
    message: {
      zh: '在招聘、入职中要求填写或提交婚育状况、生育计划、子女情况、婚恋状况或婚姻证明，超出了个人基本信息，容易据此排斥女性求职者；法律禁止进一步询问或者调查女性求职者的婚育情况。',
      en: 'Asking applicants or new staff for childbearing status, plans for children, details of their children, relationship status or proof of marital status goes beyond basic personal data and invites screening out women; the law forbids further enquiry into women applicants\' marriage and childbearing.',
    },
    suggestion: {
      zh: '从报名表、入职材料中删除婚育状况、生育计划、子女情况、婚恋状况和婚姻证明等栏目；确需办理社保、公积金等手续的，在入职后按办理事项收集最少必要的信息。',
      en: 'Remove childbearing status, plans for children, details of children, relationship status and marriage certificates from application forms and joining documents; collect only what a specific formality (social insurance …) needs, after hiring.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '禁止用人单位将生育状况作为对女性招聘录用、培训定级、评聘晋升等方面考察的条件',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（二）项',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (7)',
        quote: '禁止将生育状况作为对女性招聘录用、培训定级的限定条件',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条第（二）项',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '应聘者需提交婚育情况说明及子女出生证明复印件。',
        '面试登记表栏目：姓名、学历、婚恋状况、有无男女朋友、工作经历。',
        '新员工入职材料：身份证、学历证书、未婚证明。',
        '求职人员登记表须注明子女人数及年龄、配偶工作单位。',
        '报名时请一并上传结婚证或婚姻状况证明。',
      ],
      pass: [
        '报名表填写姓名、性别、出生年月、婚姻状况、学历等基本信息。',
        '申请最低生活保障须提交户口簿、婚姻状况证明和收入证明。',
        '招聘过程中不得要求应聘者提供婚育状况证明。',
        '孕妇应定期进行孕检，建立孕产妇保健手册。',
        '职工申报子女教育专项附加扣除的，应提供子女情况。',
        '员工申请婚假的，须提供结婚证复印件。',
        '用人单位在录用职工时，不得以婚育状况作为录用条件。',
      ],
    },
  },
  {
    id: 'cn.employment.pregnancy-adverse-treatment',
    requirement: ['EC-03'],
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '因怀孕、生育、哺乳降薪、调岗或解除合同', en: 'Pay cut, transfer or dismissal for pregnancy, childbirth or breastfeeding' },
    check: {
      type: 'pattern',
      triggers: ['孕', '产假', '产期', '哺乳', '生育', '妊娠', '分娩', '三期', '产后'],
      patterns: [
        // trigger … adverse action, within the sentence
        '(?:怀孕|孕期|有孕|产假|产期|哺乳期?|生育|妊娠|分娩|“?三期”?|产后)(?:(?!不得|不准|不应|禁止|严禁|不允许)[^。;]){0,40}?(?:停发|暂停(?:其)?(?:直播|演出|接单|派单|上岗|执业|工作|合作)|终止(?:[^,;。]{0,4})?(?:合作|分成|协议|合约)|解约|停止发放|扣发|扣减|减发|少发|降低(?:[^,;。]{0,4})(?:工资|薪酬|待遇|岗位|级别|职级|绩效)|降薪|降级|降职|降岗|减薪|(?:调整|调)(?:至|到|为|其)?[^,;。]{0,8}(?:岗位|岗)|转岗|待岗|解除(?:劳动|聘用)?(?:合同|聘用|录用|关系)|解除录用|终止(?:劳动|聘用)?(?:合同|聘用|关系)|合同到期终止|到期终止|辞退|开除|除名|解雇|退回(?:劳务派遣|派遣)?|(?:不得|不能|不予|不)(?:评|确定|定|评定)(?:为)?(?:优秀|先进)|不列入|不纳入|暂不列为|取消(?:[^,;。]{0,6})(?:资格|奖金|绩效|年终奖)|视为不符合录用条件|按(?:违反|违纪)[^,;。]{0,6}处理|(?:暂不|不予?)安排[^,;。]{0,6}(?:考察|面试|录用|参加考试|晋升|提拔)|按[^,;。]{0,6}病假(?:工资)?(?:标准)?(?:发放|计发|处理)|不(?:发放|享受|计发)[^,;。]{0,6}(?:奖金|绩效|津贴|补贴|福利)|(?:只|仅)发(?:放)?基本工资|按基本工资(?:的(?:\\d+%|[一二三四五六七八九十]+成))?发放|按(?:\\d+%|[一二三四五六七八九十]+成)发放|视为(?:自动)?(?:离职|辞职|放弃|旷工)|自动离职|劝退|按(?:当地)?最低工资|按(?:病|事)假(?:处理|扣)|不予(?:晋升|晋级|续签|发放|续聘)|不再续签|不再续聘)',
        // adverse action … trigger: 辞退怀孕员工 / 解除孕期女职工的劳动合同
        '(?:辞退|解雇|开除|劝退|解除(?:劳动|聘用)?合同|降低工资)[^,;。]{0,10}(?:怀孕|孕期|哺乳期|产期|产假)',
      ],
      unless: [
        { any: ['不变|不受影响|不降低|照发|照常发放|照常|全额发放|自动延续|延续至|顺延|视同(?:正常)?(?:出勤|劳动|提供劳动)|减轻劳动量|不得安排|除外|不适用'], scope: 'sentence' },
        // Prenatal check-ups and fathers' or carers' leave are checked by their own rules.
        { any: ['产前检查|产检|陪产假|育儿假|护理假|陪护假'], scope: 'clause' },
      ],
    },
    message: {
      zh: '因怀孕、生育、哺乳降低工资或福利、调岗降级、限制评优晋升、辞退或解除劳动（聘用）合同，违反女职工“三期”保护规定。',
      en: 'Lowering pay or benefits, transferring or demoting, barring from appraisal or promotion, or dismissing a woman because of pregnancy, childbirth or breastfeeding breaches the protection women workers are entitled to.',
    },
    suggestion: {
      zh: '改为：女职工在孕期、产期、哺乳期内工资福利待遇不变，不得因此降职、调岗降薪、限制评优晋升或解除劳动（聘用）合同；劳动合同期满的，顺延至哺乳期满。',
      en: 'Rewrite: pay and benefits stay unchanged during pregnancy, maternity and breastfeeding; no demotion, pay-cutting transfer, exclusion from appraisal or dismissal on these grounds; a contract expiring in this period runs until breastfeeding ends.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '禁止用人单位因女职工怀孕、生育、哺乳而降低工资、予以辞退、解除劳动（聘用）合同',
        law: '《女职工劳动保护特别规定》第五条；《中华人民共和国劳动合同法》第四十二条第（四）项、第四十五条',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '禁止用人单位因女职工怀孕、生育、哺乳而降低工资、恶意调岗、予以辞退、解除劳动(聘用)合同',
        law: '《女职工劳动保护特别规定》第五条；《中华人民共和国劳动合同法》第四十二条第（四）项',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (7)',
        quote: '禁止用人单位因女职工怀孕、生育、哺乳而降低工资、恶意调岗、予以辞退、解除劳动（聘用）合同',
        law: '《女职工劳动保护特别规定》第五条；《中华人民共和国劳动合同法》第四十二条第（四）项',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '禁止用人单位因女职工怀孕、生育、哺乳而降低工资、恶意调岗、予以辞退、解除劳动(聘用)合同',
        law: '《女职工劳动保护特别规定》第五条；《中华人民共和国劳动合同法》第四十二条第（四）项',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '女职工休产假期间，绩效工资和年终奖金停发。',
        '孕期女职工调整至后勤辅助岗位，工资按新岗位标准执行。',
        '哺乳期女职工年度考核原则上不得评为优秀。',
        '试用期内发现怀孕的，公司有权解除录用。',
        '产假结束返岗时原岗位已安排他人的，作待岗处理，待岗期间按当地最低工资标准发放生活费。',
        '劳务派遣女职工怀孕的，退回劳务派遣单位。',
        '劳动合同期满时女职工处于哺乳期的，合同到期终止。',
        '因生育连续请假超过三个月的，视为自动放弃岗位。',
        '公司可以辞退怀孕期间多次请假的员工。',
        '产假期间只发基本工资，不发放绩效奖金。',
        '孕期员工因身体原因不能完成业绩指标的，降低其绩效工资。',
        '签约模特怀孕的，公司有权解约并收回未结算分成。',
        '网约配送员怀孕的，平台暂停其接单。',
      ],
      pass: [
        '不得因女职工怀孕、生育、哺乳降低其工资、予以辞退、与其解除劳动或者聘用合同。',
        '女职工在孕期不能适应原劳动的，根据医疗机构的证明，予以减轻劳动量或者安排其他能够适应的劳动，工资待遇不变。',
        '女职工孕期、产期、哺乳期内劳动合同期满的，劳动合同期限自动延续至哺乳期满。',
        '女职工产假期间工资照发，产假期间视同正常出勤。',
        '孕期女职工不能从事有毒有害作业的，公司调整至适当岗位，工资待遇不变。',
        '禁止用人单位因女职工怀孕、生育、哺乳而降低工资、恶意调岗、予以辞退、解除劳动（聘用）合同。',
      ],
    },
  },
  // ---------------------------------------------------------------- EC-04 maternity protection and leave
  {
    id: 'cn.employment.maternity-leave-short',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '产假少于98天或生育假期、待遇打折扣', en: 'Maternity leave below 98 days or leave and benefits cut back' },
    requirement: ['EC-04'],
    check: {
      type: 'pattern',
      triggers: ['产假', '奖励假', '生育假', '生育津贴'],
      patterns: [
        // 产假60天 / 产假为九十天 (not 陪产假, 延长产假30天, 增加产假15天, 奖励产假)
        `(?<![陪护流加长励])产假(?:期|时间|天数)?(?:为|是|共|计|合计|给予|享受|可享受|可休|只有|仅有?|仅为|最多|最长|不超过|一般为)?${LT98}个?(?:天|日|工作日)`,
        // 享受60天产假
        `(?<!增加|增|延长|奖励|另加|再加|多)${LT98}个?(?:天|日|工作日)(?:的)?(?:带薪)?(?<![陪])产假`,
        // 产假计为缺勤
        '产假[^,;。]{0,10}?(?:计入|计为|算作|按)缺勤',
        // 生育奖励假 / 产假由单位决定是否批准
        '(?:生育奖励假|奖励假|延长产假|生育假|产假)[^。;]{0,16}?(?<hit>由[^,;。]{0,12}?(?:决定|确定)是否(?:批准|给予|安排|享受)?|视(?:工作|生产|单位|岗位)[^,;。]{0,6}?(?:需要|情况)[^,;。]{0,4}?(?:决定|批准|给予|安排)|(?:可|可以)不予(?:批准|安排|享受)|原则上不(?:予)?(?:安排|批准|休|享受))',
        // 生育津贴由公司领取后冲抵 / 差额不予补足
        '生育津贴由(?:公司|单位|用人单位)[^,;。]{0,6}?领取(?:后)?[^,;。]{0,6}?(?:冲抵|抵扣|抵顶|抵减|抵充)',
        '生育津贴[^。]{0,30}?(?:低于|少于|不足)[^。]{0,20}?(?<hit>(?:单位|公司|用人单位)?不(?:予)?(?:补足|补差|补齐|承担|补发)|差额(?:部分)?(?:由(?:个人|本人|职工)(?:自行)?承担|不予?补))',
      ],
      unless: [
        // 流产假 is 15 / 42 days by law; 难产, 多胞胎 and 奖励 are additions.
        { any: ['流产|引产|终止妊娠|小产'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '女职工生育享受不少于98天的产假，产假和生育奖励假期间工资待遇应当保障，不得缩短假期、由单位随意决定是否批准，或按病假、事假、缺勤对待。',
      en: 'Women are entitled to at least 98 days of maternity leave; pay during maternity and birth-reward leave must be kept. Shortening the leave, leaving it to the employer whether to grant it, or treating it as sick leave, personal leave or absence breaches that protection.',
    },
    suggestion: {
      zh: '改为：女职工生育享受98天产假（难产、多胞胎按规定增加），并按省（区）人口与计划生育条例享受生育奖励假；假期工资照发，生育津贴低于本人工资的由单位补足。',
      en: 'Rewrite: 98 days of maternity leave (more for difficult or multiple births), plus the birth-reward leave of the provincial regulation; full pay during the leave, the employer making up any shortfall of the maternity allowance.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、产期、哺乳期的特殊保护和落实产假制度',
        law: '《女职工劳动保护特别规定》第七条（产假98天）',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》第七条',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (7)',
        quote: '推动落实生育奖励假期间的工资待遇',
        law: '《女职工劳动保护特别规定》第七条',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、产期、哺乳期的特殊保护和落实产假制度',
        law: '《女职工劳动保护特别规定》第七条',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '落实生育奖励假，推动生育津贴足额发放',
        law: '《女职工劳动保护特别规定》第七条',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '女员工生育享受产假60天。',
        '女职工生育的，给予九十天产假。',
        '女职工产假为六十天，晚育的增加产假十五天。',
        '生育奖励假由用人单位根据工作需要决定是否批准。',
        '生育津贴由公司统一领取后冲抵产假工资。',
        '生育津贴低于本人产假前工资标准的，差额部分单位不予补足。',
        '员工休产假的，产假期间计为缺勤。',
      ],
      pass: [
        '女职工生育享受98天产假，其中产前可以休假15天；难产的，增加产假15天。',
        '女职工怀孕未满4个月流产的，享受15天产假；怀孕满4个月流产的，享受42天产假。',
        '在国家规定产假的基础上，延长产假60天。',
        '男职工享受陪产假15天，假期工资照发。',
        '女职工生育享受国家规定的98天产假，并增加生育奖励假60天，奖励假期间享受与产假同等待遇。',
        '产假期间，生育津贴低于本人工资标准的，由用人单位补足。',
      ],
    },
  },
  {
    id: 'cn.employment.nursing-time-denied',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '哺乳时间不足、被取消或扣薪', en: 'Nursing time cut short, refused or docked from pay' },
    requirement: ['EC-04'],
    check: {
      type: 'pattern',
      triggers: ['哺乳'],
      patterns: [
        // 哺乳时间每天合计不超过30分钟 / 每天哺乳时间30分钟
        '(?:(?:每天|每日)(?:的)?)?哺乳时间(?:每天|每日)?(?:合计|累计|共计?|为|不超过|最多|最长|限|仅为?|只有){0,2}(?:每天|每日)?(?<![\\d.])(?:[1-5]\\d|[1-9])分钟',
        // 不再安排哺乳时间 / 取消哺乳时间
        '(?:不再|不予|不|取消|停止)(?:安排|给予|享受|保留)?(?:其)?哺乳时间',
        // 哺乳时间按事假处理 / 扣除工资 / 须补足工时
        '哺乳时间[^。;]{0,12}?(?<hit>按(?:事假|病假|缺勤|旷工)|计为缺勤|视为缺勤|计入缺勤|扣(?:除|发|减)(?:当[日天])?(?:工资|绩效|奖金|全勤)|不计入(?:工作|劳动)时间|(?:须|需|应)?(?:补足|补回)(?:工时|时间)|(?:须|需|应)?补班)',
        // 哺乳时间视工作需要安排
        '哺乳时间[^。;]{0,10}?(?<hit>视(?:工作|生产|岗位)(?:需要|情况)(?:而定|安排|决定)?|由(?:部门|班组|车间|单位|主管)(?:根据|视)[^,;。]{0,8}?(?:需要|情况))',
        // 哺乳时间至婴儿满6个月为止 (the law: until the baby is one year old)
        '哺乳时间[^。;]{0,12}?(?:至|到)(?:婴儿|孩子|子女|宝宝)?(?:满)?(?<![\\d.])(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)个月(?:为止|止)?',
      ],
      unless: [
        // Two 30-minute breaks make the hour; ending at one year is the law.
        { any: ['每次|两次|2次|二次|单次|分两'], scope: 'clause' },
        { any: ['满(?:1|一)周岁(?:后|以后|以上)|超过(?:1|一)周岁|哺乳期满'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '对哺乳未满1周岁婴儿的女职工，用人单位应当在每天的劳动时间内安排1小时哺乳时间（多胞胎每多1个婴儿增加1小时），哺乳时间计入劳动时间，不得缩短、取消、视情况安排或扣减工资。',
      en: 'A woman breastfeeding a baby under one must be given one hour of nursing time in each working day (one more hour per additional baby); it counts as working time and may not be shortened, refused, left to the employer\'s discretion or docked from pay.',
    },
    suggestion: {
      zh: '改为：哺乳未满1周岁婴儿的女职工，每天在劳动时间内享有1小时哺乳时间（可分两次使用或合并使用），哺乳时间视同正常出勤，工资照发。',
      en: 'Rewrite: women breastfeeding a baby under one have one hour of nursing time each working day (in one or two parts), counted as normal attendance with full pay.',
    },
    basis: [
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》第九条',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》第九条',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》第九条',
      },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、产期、哺乳期的特殊保护和落实产假制度',
        law: '《女职工劳动保护特别规定》第九条',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '哺乳期女职工每天哺乳时间合计不超过30分钟。',
        '门店人员紧张，哺乳期员工不再安排哺乳时间。',
        '女职工哺乳时间按事假处理。',
        '哺乳时间视工作需要安排，原则上不得影响班组生产。',
        '女职工哺乳时间至婴儿满6个月为止。',
        '使用哺乳时间的，须在当月补足工时。',
      ],
      pass: [
        '对哺乳未满1周岁婴儿的女职工，每天在劳动时间内安排1小时哺乳时间。',
        '哺乳时间每天两次，每次30分钟，可合并使用。',
        '婴儿满1周岁后，不再安排哺乳时间。',
        '哺乳时间计入劳动时间，不扣工资。',
        '落实哺乳时间和产假制度。',
      ],
    },
  },
  {
    id: 'cn.employment.pregnancy-night-overtime',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '孕晚期、哺乳期安排夜班加班或产检扣薪', en: 'Night shifts or overtime in late pregnancy or breastfeeding; prenatal check-ups docked' },
    requirement: ['EC-04'],
    check: {
      type: 'pattern',
      triggers: ['孕', '妊娠', '哺乳', '产前检查', '产检'],
      patterns: [
        // 怀孕7个月以上…可以安排夜班 / 延长劳动时间
        '(?:怀孕|孕期|妊娠)(?:满)?(?:7|七)个?月(?:以上|及以上|后|以后)?(?:(?!不安排|不得|不予|不准|不应|禁止|严禁|不会|不再)[^。]){0,40}?(?<hit>(?:安排|参加|参与|值|上|轮|倒)(?:其)?(?:夜班|夜间(?:值班|作业|劳动|工作|班)|加班)|延长(?:其)?(?:劳动|工作)时间|加班加点)',
        '(?:哺乳期|哺乳未满(?:1|一)周岁(?:的)?婴儿)(?:(?!不安排|不得|不予|不准|不应|禁止|严禁|不会|不再)[^。]){0,40}?(?<hit>(?:安排|参加|参与|值|上|轮|倒)(?:其)?(?:夜班|夜间(?:值班|作业|劳动|工作|班)|加班)|延长(?:其)?(?:劳动|工作)时间|加班加点)',
        // 产前检查按事假处理 / 扣除工资 / 须利用休息日
        '(?:产前检查|产检|孕期检查|孕检)[^。;]{0,16}?(?<hit>按(?:事假|病假|缺勤|旷工)(?:处理|计算|扣除|扣发|扣)?|(?:扣除|扣发|扣减)(?:当[日天])?(?:工资|绩效|奖金|全勤奖?)|不计入(?:劳动|工作)时间|计为缺勤|视为缺勤|(?:须|需|应)?(?:利用|安排在)(?:休息日|业余时间|周末|公休日)|(?:须|需)?(?:补足|补回)工时|补班)',
      ],
    },
    message: {
      zh: '对怀孕7个月以上和哺乳未满1周岁婴儿的女职工，用人单位不得延长劳动时间或者安排夜班劳动（本人同意或加发补贴也不例外）；孕期产前检查所需时间计入劳动时间，不得扣薪或按事假处理。',
      en: 'Women seven or more months pregnant, or breastfeeding a baby under one, may not be given overtime or night work (consent or a bonus does not change that); time for prenatal check-ups counts as working time and may not be docked or treated as personal leave.',
    },
    suggestion: {
      zh: '改为：对怀孕7个月以上、哺乳未满1周岁婴儿的女职工，不得延长劳动时间或者安排夜班劳动，并在劳动时间内安排一定的休息时间；产前检查所需时间计入劳动时间。',
      en: 'Rewrite: no overtime or night work for women seven or more months pregnant or breastfeeding a baby under one, with rest breaks in working time; prenatal check-ups count as working time.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、产期、哺乳期的特殊保护和落实产假制度',
        law: '《女职工劳动保护特别规定》第六条、第九条',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》第六条、第九条',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》第六条、第九条',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、产期、哺乳期的特殊保护和落实产假制度',
        law: '《女职工劳动保护特别规定》第六条、第九条',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》第六条、第九条',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '怀孕7个月以上的女职工，因订单紧张确需安排夜班的，经本人签字同意后可以安排。',
        '怀孕七个月以上的女职工因生产需要可以安排夜班。',
        '哺乳期女职工按车间排班正常参加夜班。',
        '女员工怀孕期间每次产前检查按事假处理。',
        '产前检查原则上利用休息日进行，工作日产检的扣除当日工资。',
        '哺乳未满1周岁婴儿的女职工，旺季可延长劳动时间，按规定支付加班费。',
      ],
      pass: [
        '对怀孕7个月以上的女职工，用人单位不得延长劳动时间或者安排夜班劳动，并应当在劳动时间内安排一定的休息时间。',
        '哺乳未满1周岁婴儿的女职工，每天在劳动时间内享有1小时哺乳时间，不安排夜班和延长劳动时间。',
        '怀孕女职工在劳动时间内进行产前检查，所需时间计入劳动时间。',
        '孕期女职工原则上不安排加班。',
        '怀孕7个月以上的，公司不安排其延长工作时间和夜班劳动。',
        '哺乳期女职工，公司一律不安排夜班和加班。',
        '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护。',
      ],
    },
  },

  // ---------------------------------------------------------------- EC-05 prohibited-work scope
  {
    id: 'cn.employment.prohibited-scope-extension',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '以“保护”为名自行扩大禁止妇女从事的工作', en: 'Local bans on women\'s work beyond the national prohibited list' },
    requirement: ['EC-05', 'EC-01'],
    check: {
      type: 'pattern',
      triggers: ['女', '妇女'],
      patterns: [
        // 女性不得从事管理岗位 / 女职工一律不安排出差
        '(?:女(?:性|职工|同志|工|员工|士|青年|教师|医生|护士)|妇女)(?:一律|原则上|一般|均|都)?(?:不得|不宜|不能|不允许|禁止|严禁|不安排|不予安排|不准)(?:其)?(?:从事|担任|参加|参与|承担|进入|下|上|到)?[^,;。]{0,16}?(?:工作|岗位|职务|作业|出差|外勤|值班|夜班|巡逻|驾驶|管理|技术|销售|采购|工种|一线|野外|任务|业务|主任|组长|经理|负责人|班长|司机)',
        // 不安排女职工从事外勤工作
        '(?:不得|不宜|不|禁止|严禁)安排(?:女(?:性|职工|同志|工|员工|士)|妇女)(?:从事|担任|到|参加|进入|承担|上|下)?[^,;。]{0,16}?(?:工作|岗位|职务|作业|出差|外勤|值班|夜班|巡逻|驾驶|管理|技术|销售|采购|工种|一线|野外|任务|业务|主任|组长|经理|负责人|班长|司机)',
      ],
      when: [{ any: [EMPLOYMENT_CONTEXT[0] + '|作业|工种|工作|劳动|生产|车间|值班|出差|外勤|职务|负责人|组长|主任|委员|会计|出纳|司机|驾驶|技术|管理'], scope: 'near' }],
      unless: [
        // The national list of work prohibited to women, and protection in the four periods, are lawful.
        { any: ['禁忌|矿山|井下|体力劳动强度|第[一二三四1-4]级|冷水|低温|高温|高处|高空|有毒|有害|粉尘|放射|辐射|铅|苯|汞|镉|铍|砷|锰|农药|噪声|振动|潜水|高原|缺氧|孕|哺乳|经期|月经|产期|产后|国家规定|法律(?:、法规)?规定|法规规定|劳动保护特别规定'], scope: 'sentence' },
        // Cadre selection is checked by cn.decision.cadre-sex-differentiated-limits, recruitment by the hiring rule.
        { any: ['干部|挂职|提拔|选派|考察对象|报考|录用|应聘|聘用|招聘|招录'], scope: 'clause' },
        // Changing rooms, dormitories, toilets.
        { any: ['更衣|浴室|宿舍|卫生间|厕所|淋浴|男性专用'], scope: 'clause' },
      ],
    },
    message: {
      zh: '只有国家规定的女职工禁忌从事的劳动范围（矿山井下、第四级体力劳动强度等）和经期、孕期、哺乳期的特殊禁忌可以限制女性从事某项工作；以“保护”为名一般性地禁止女性从事其他岗位或职务，属于就业性别歧视。',
      en: 'Only the national list of work prohibited to women (underground mining, class-IV physical labour …) and the special rules for menstruation, pregnancy and breastfeeding may keep women from work; a general local ban on women doing other jobs or holding other posts, even "for their protection", is sex discrimination.',
    },
    suggestion: {
      zh: '删除对女性的一般性禁止；确属国家禁忌劳动范围的，写明所依据的《女职工劳动保护特别规定》附录条目，并只适用于相应情形。',
      en: 'Remove the general ban on women; where a national prohibition applies, cite the item of the annex to the Special Rules on the Labour Protection of Female Employees and limit the restriction to it.',
    },
    basis: [
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '禁止安排女职工从事禁忌劳动范围的劳动',
        law: '《女职工劳动保护特别规定》第四条及附录《女职工禁忌从事的劳动范围》；《中华人民共和国妇女权益保障法》（2022年修订）第四十三条',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (2)',
        quote: '用人单位在招录（聘）过程中，除国家规定的不适合妇女的工种或者岗位外，不得以性别或变相以性别为由拒绝录用妇女或者提高对妇女的录用标准',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条',
      },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '将女职工劳动保护纳入职业健康和安全生产监督管理范围',
        law: '《女职工劳动保护特别规定》第四条及附录',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '为保护女职工，女性不得从事部门管理岗位。',
        '女职工一律不安排出差和外勤工作。',
        '考虑到安全因素，本公司不安排女员工从事驾驶工作。',
        '女同志不宜担任车间主任。',
        '妇女不得参加夜间巡逻值班。',
      ],
      pass: [
        '用人单位不得安排女职工从事矿山井下、国家规定的第四级体力劳动强度的劳动和其他禁忌从事的劳动。',
        '女职工在经期，公司不安排其从事高处、低温、冷水作业。',
        '孕期女职工不得从事接触铅、苯、汞等有毒物质的作业。',
        '女职工不得进入男更衣室。',
        '女干部一般不安排到信访岗位。',
      ],
    },
  },
  {
    id: 'cn.employment.protected-period-hazard',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '安排经期、孕期、哺乳期女职工从事禁忌劳动', en: 'Women assigned prohibited work during menstruation, pregnancy or breastfeeding' },
    requirement: ['EC-05'],
    check: {
      type: 'pattern',
      triggers: ['经期', '月经', '孕', '妊娠', '哺乳', '井下', '第四级', '体力劳动强度'],
      patterns: [
        // 孕期女职工可以继续在接触铅…的岗位工作 / 经期女职工确需参加冷水作业的
        '(?:经期|月经期|孕期|怀孕(?:期间)?|妊娠期|哺乳期)(?:的|内的?|间的?)?(?:女职工|女工|女员工|职工|员工)?[^。;]{0,16}?(?<hit>(?:可以?|仍(?:须|需|然|应)?|照常|继续|统一|正常|确需|按(?:班组|排班|计划)?(?:统一)?)?(?:安排|参加|从事|在|进行|接触)(?:其)?[^。;,]{0,10}?(?:有毒|有害|铅|苯|汞|镉|铍|砷|锰|氰化物|放射|电离辐射|冷水|低温|高处|高空|井下|第[三四34]级体力|体力劳动强度|噪声|振动|潜水|抗癌药物|农药)(?:[^,;。]{0,6}?(?:作业|岗位|工作|劳动|物质))?)',
        // 女职工从事矿山井下作业的…
        '(?:女(?:职工|工|性|员工)|妇女)(?:可|可以|可安排)?(?:从事|参加|下|安排(?:到|在)?)(?:矿山)?井下(?:作业|采掘|劳动|工作)',
        // 不区分性别，统一安排第四级体力劳动
        '(?:不区分性别|男女(?:职工)?统一|男女同等)[^。;]{0,16}?第(?:四|4)级体力劳动',
      ],
      unless: [
        { any: ['调离|调换|调整(?:为|到|至)?(?:其他|适当)?(?:的)?岗位|脱离|暂停(?:其)?(?:从事|接触)|减轻劳动量|书面告知|不接触|禁忌'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '经期、孕期、哺乳期女职工禁忌从事的劳动（冷水、低温、高处作业，接触铅、苯、汞等有毒物质，放射性作业等）以及矿山井下作业不得安排女职工从事；发放补贴、本人同意或“统一安排”都不能替代保护。',
      en: 'Work prohibited to women during menstruation, pregnancy or breastfeeding (cold water, low temperature, work at height, lead, benzene, mercury and other toxins, radiation …) and underground mining may not be assigned to women; an allowance, consent or "uniform scheduling" does not replace that protection.',
    },
    suggestion: {
      zh: '改为：女职工在经期、孕期、哺乳期内，不安排其从事国家规定的禁忌劳动，需要调整岗位的，工资待遇不变。',
      en: 'Rewrite: women are not assigned work on the national prohibited list during menstruation, pregnancy and breastfeeding; where their post is changed, pay stays the same.',
    },
    basis: [
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '禁止安排女职工从事禁忌劳动范围的劳动',
        law: '《女职工劳动保护特别规定》第四条及附录《女职工禁忌从事的劳动范围》',
      },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '保障女职工在工作中免受有毒有害物质和危险生产工艺的危害',
        law: '《女职工劳动保护特别规定》第四条及附录',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '保障女职工在工作中免受有毒有害物质和危险生产工艺的危害',
        law: '《女职工劳动保护特别规定》第四条及附录',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (三)妇女与经济 › 策略措施 › (8)',
        quote: '保障女职工在工作中免受有毒有害物质和危险生产工艺的危害',
        law: '《女职工劳动保护特别规定》第四条及附录',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '保障女职工在工作中免受有毒有害物质和危险生产工艺的危害',
        law: '《女职工劳动保护特别规定》第四条及附录',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '孕期女职工可以继续在接触铅、苯、汞等有毒物质的岗位工作。',
        '哺乳期女职工按班组统一安排参加放射性作业。',
        '经期女职工确需参加冷水作业的，由车间每日发放冷水作业补贴20元。',
        '女职工从事矿山井下作业的，享受与男职工相同的井下津贴。',
        '不区分性别，统一安排第四级体力劳动强度的搬运作业。',
      ],
      pass: [
        '女职工在经期，公司不安排其从事高处、低温、冷水作业。',
        '孕期、哺乳期女职工不安排从事有毒有害作业，调整岗位期间工资待遇不变。',
        '用人单位应当将本单位属于女职工禁忌从事的劳动范围的岗位书面告知女职工。',
        '保障女职工在工作中免受有毒有害物质和危险生产工艺的危害。',
        '禁止安排女职工从事矿山井下作业。',
      ],
    },
  },

  // ---------------------------------------------------------------- EC-06 equal pay
  {
    id: 'cn.employment.unequal-pay-by-sex',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '按性别确定不同的工资、补贴或报酬', en: 'Pay, allowances or rates differing by sex' },
    requirement: ['EC-06'],
    check: {
      type: 'pattern',
      triggers: ['男', '女'],
      patterns: [
        // 女员工岗位工资按男员工标准的90%核定
        '女(?:职工|性|员工|工|劳力|同志|教师)?[^。;]{0,16}?(?:按|为|是|仅为|只发|发放|享受|按照)(?:同岗位?)?男(?:职工|性|员工|工|劳力|同志|教师)?(?:标准|工资|薪酬|报酬|水平|待遇)?的?(?:\\d{1,2}(?:\\.\\d+)?%|[一二三四五六七八九]成|[二三四五六七八九]分之[一二三四五六七八]|一半|半数|[七八九]折)',
        // 女职工工资系数按0.9
        '女(?:职工|性|员工|工)[^。;]{0,16}?系数(?:按|为|执行|乘以?)?0\\.\\d+',
        // 男工每天200元，女工每天150元 (different amounts; either order)
        '男(?:工|性|职工|员工|劳力|同志|士)[^。;女]{0,12}?(?<![\\d.])(?<a>\\d+(?:\\.\\d+)?)(?:万)?元[^。;]{0,6}?女(?:工|性|职工|员工|劳力|同志|士)[^。;男]{0,12}?(?<![\\d.])(?!\\k<a>(?:万)?元)\\d+(?:\\.\\d+)?(?:万)?元',
        '女(?:工|性|职工|员工|劳力|同志|士)[^。;男]{0,12}?(?<![\\d.])(?<b>\\d+(?:\\.\\d+)?)(?:万)?元[^。;]{0,6}?男(?:工|性|职工|员工|劳力|同志|士)[^。;女]{0,12}?(?<![\\d.])(?!\\k<b>(?:万)?元)\\d+(?:\\.\\d+)?(?:万)?元',
        // 按男劳力、女劳力分档计酬
        '(?:男劳力|女劳力|男工|女工|男女劳力|男女工)[^。;]{0,10}?(?:分档|分等|分别|区别)(?:计酬|计发|计算|计工|付酬|记工分|定价|确定(?:报酬|工资))',
        // 男员工另发户主补贴 / 女员工不享受住房补贴
        '男(?:职工|员工|性|工)[^,;。]{0,6}?(?:另发|另行发放|额外发放|单独发放|加发|多发)',
        '女(?:职工|员工|性|工)(?:一律|均)?(?:不予发放|不享受|不发放|不发|不予享受|不参与|不参加)[^,;。]{0,10}?(?:住房补贴|家庭补贴|户主补贴|取暖补贴|交通补贴|安家费|分红|年终奖|奖金|福利|补贴|津贴)?',
        '(?:户主补贴|家庭补贴|养家补贴)[^。;]{0,10}?(?:仅|只)(?:发放?给?|限)?男',
      ],
      when: [{ any: ['工资|薪|酬|报酬|补贴|津贴|奖金|绩效|分红|安家费|补助|待遇|计件|计时|工分|工钱|务工|用工|劳务|劳力|岗位'], scope: 'near' }],
      unless: [
        // Sex-specific protective payments are not unequal pay.
        { any: ['卫生费|卫生用品|孕期|哺乳|产假|生育|经期|保健费|两癌|妇科'], scope: 'clause' },
        { any: ['男子组|女子组|比赛|赛事|运动员'], scope: 'clause' },
      ],
    },
    message: {
      zh: '按性别确定不同的工资标准、系数、计件单价、补贴或分红，违反男女同工同酬原则；妇女在享受福利待遇方面不受歧视。',
      en: 'Setting different pay rates, coefficients, piece rates, allowances or profit shares for women and men breaches equal pay for equal work; women may not be discriminated against in benefits either.',
    },
    suggestion: {
      zh: '改为按岗位、工作量和业绩确定同一标准，男女适用相同的工资、补贴和分红办法。',
      en: 'Set one rate by post, workload and performance; the same pay, allowances and profit shares apply to women and men.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (6)',
        quote: '全面落实男女同工同酬，保障收入公平',
        law: '《中华人民共和国劳动法》第四十六条；《中华人民共和国妇女权益保障法》',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (7)',
        quote: '全面落实男女同工同酬，保障收入公平',
        law: '《中华人民共和国劳动法》第四十六条',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (6)',
        quote: '全面落实男女同工同酬，健全科学、合理的工资收入分配制度，保障女性平等获得劳动报酬',
        law: '《中华人民共和国劳动法》第四十六条',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (三)妇女与经济 › 策略措施 › (6)',
        quote: '全面落实男女同工同酬，保障收入公平',
        law: '《中华人民共和国劳动法》第四十六条',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (7)',
        quote: '全面落实男女同工同酬，保障收入公平',
        law: '《中华人民共和国劳动法》第四十六条',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '同一岗位女员工岗位工资按男员工标准的90%核定。',
        '同一岗位女职工基本工资系数按0.9执行。',
        '季节性用工报酬：男工每天200元，女工每天150元。',
        '人才引进安家费：男性30万元，女性20万元。',
        '村集体务工按男劳力、女劳力分档计酬。',
        '男员工每月另发户主补贴300元，女员工不予发放。',
        '保洁岗位计件标准：男工每平方米0.20元，女工每平方米0.16元。',
      ],
      pass: [
        '实行同工同酬，工资分配不因性别而有差别。',
        '公司按每人每月30元标准向女职工发放卫生费。',
        '全面落实男女同工同酬，保障收入公平。',
        '季节性用工报酬：男工、女工每天均为200元。',
        '男工每天200元，女工每天200元。',
        '比赛设男子组、女子组，一等奖奖金均为1000元。',
      ],
    },
  },

  // ---------------------------------------------------------------- EC-07 promotion, titles, training
  {
    id: 'cn.employment.promotion-training-sex-bias',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '晋升、职称、培训中偏向男性或限制女性', en: 'Promotion, professional titles or training favouring men or limiting women' },
    requirement: ['EC-07'],
    check: {
      type: 'pattern',
      triggers: ['男', '女'],
      patterns: [
        // 外派培训名额原则上安排男员工
        '(?:进修|培训|挂职|外派|出国|深造|交流|访学|研修|轮岗|锻炼|驻外|考察学习|选派)[^。;不禁]{0,16}?(?:名额|人选|机会|对象)?[^。;不禁]{0,4}?(?:原则上|一般|优先|主要|只|仅|均)(?:安排|选派|推荐|考虑|给予?|面向|限于?|从)?(?:给)?男(?:性|同志|职工|员工|教师|医生|干部)',
        // 班主任选聘以男教师优先 / 晋升同等条件下男性优先
        '(?:晋升|晋级|提拔|竞聘|评聘|职称|聘任|选聘|推荐|评优|评先|进修|培训|选派|挂职|班主任|组长|主任|负责人)[^。;不禁]{0,20}?(?:以|由)?男(?:性|同志|职工|员工|教师|医生|干部)(?:骨干|员工|职工|人员|人选|干部|教师|医生|同志|青年)?(?:者)?(?:优先|为主|为宜)',
        // 选拔对象为入职满2年的男性员工 / 培训对象限于男职工
        '(?:选拔|选派|推荐|培训|进修|晋升|提拔|培养|挂职|轮岗|储备)(?:对象|人选|范围|名单)(?:为|是|限|限于|仅限|仅为|面向|确定为)[^,;。]{0,14}?男(?:性|同志|职工|员工|教师|医生|干部|骨干|青年)',
        // 女职工因家庭负担较重，原则上安排参加线上培训: women routed to lesser training
        '女(?:性|职工|同志|员工|教师|医生|干部)[^。;]{0,20}?(?:原则上|一般|只|仅|统一|一律)?安排(?:其)?(?:参加)?(?:线上|网络|远程|内部|本地|本单位|短期|视频){1,2}(?:培训|学习|进修|课程)',
        // 高级职称推荐名额中男性不少于70%
        '(?:职称|晋升|推荐|评优|评先|先进|名额|指标|人选|竞聘|提拔|培训|进修)[^。;不禁]{0,16}?男(?:性|职工|同志|员工|教师)?(?:比例|人数|名额)?(?:应|须)?(?:不少于|不低于|不得少于|不得低于|至少|应占|占)(?:\\d+(?:\\.\\d+)?%|[一二三四五六七八九]成|[二三四五]分之[一二三四])',
        // 女性推荐名额不超过30%
        '(?:职称|晋升|推荐|评优|评先|名额|指标|人选|竞聘|提拔|先进)[^。;不禁]{0,16}?女(?:性|职工|同志|员工|教师)?(?:比例|人数|名额)?(?:原则上)?(?:不超过|不得超过|不高于|最多|控制在)(?:\\d+(?:\\.\\d+)?%|\\d+名|[一二三四五六七八九]成)',
        // 女性申报高级职称须比男性多任职2年
        '女(?:性|职工|教师|同志|员工)[^。;]{0,12}?(?:须|需|应|要)?比男(?:性|职工|教师|同志|员工)?(?:多|晚|延长|增加|高)',
        // 女职工不参加 / 不安排外派培训
        '女(?:性|职工|同志|员工|教师)(?:一般|原则上)?(?:不参加|不参与|不安排|不列入|不推荐|不选派)[^,;。]{0,6}?(?:晋升|竞聘|职称|培训|进修|挂职|选拔|评优|外派|深造)',
      ],
      when: [{ any: ['晋升|晋级|提拔|竞聘|评聘|职称|聘任|选聘|推荐|评优|评先|先进|考核|进修|培训|选派|挂职|评审|职务|职级|外派|深造|访学|岗位|班主任'], scope: 'sentence' }],
      unless: [
        // Cadre selection is covered by cn.decision.cadre-sex-differentiated-limits.
        { any: ['干部'], scope: 'clause' },
        { any: ['男子组|女子组|比赛'], scope: 'clause' },
      ],
    },
    message: {
      zh: '在晋职、晋级、评定专业技术职称和职务、培训等方面，应当坚持男女平等，不得按性别分配名额、设置男性优先或对女性提高条件。',
      en: 'Promotion, grading, professional titles, posts and training must treat women and men equally: no quotas by sex, no male preference and no higher bar for women.',
    },
    suggestion: {
      zh: '删除性别名额和男性优先，按岗位条件和业绩择优；需要长期驻外等条件的，写明该条件本身，由员工自愿报名。',
      en: 'Remove sex quotas and male preference and select on merit; where a post needs long postings abroad, state that condition and let employees volunteer.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (7)',
        quote: '在晋职、晋级、评定专业技术职务、专业培训等方面不得歧视妇女',
        law: '《中华人民共和国妇女权益保障法》',
      },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (2)',
        quote: '党政机关、国有企事业单位在招录（聘）人员、晋职晋级、评定专业技术职称等方面发挥男女平等的示范引领作用',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(四)妇女参与决策和管理 › 策略措施 › (6)',
        quote: '确保妇女在岗位晋升、职员晋级、职称评聘等方面享有平等的权利和机会',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (5)',
        quote: '畅通职称评审渠道，保障男女专业技术人员享受同等权利',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (四)妇女参与决策和管理 › 策略措施 › (6)',
        quote: '确保符合条件的妇女在职务晋升、职称评聘等方面享有平等的权利和机会',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '外派培训名额原则上安排男员工，以保证培训后能长期驻外。',
        '外派进修和挂职锻炼名额原则上安排男同志。',
        '高级职称推荐名额中男性不少于70%。',
        '专业技术岗位聘任，同等条件下男性优先。',
        '班主任选聘以男教师优先，以加强对学生的管理。',
        '女性申报高级职称须比男性多任职2年。',
        '管理培训生培养对象仅限于30岁以下男性员工。',
        '中层管理人员外出培训原则上由男同志参加，女同志安排参加本单位内部学习。',
        '技术骨干外出进修名额以男员工为主。',
      ],
      pass: [
        '职称评审实行男女同等条件。',
        '在同等条件下优先推荐女性人选。',
        '评审委员会中应有一定比例的女性专家。',
        '在晋职、晋级、评定专业技术职务、专业培训等方面不得歧视妇女。',
        '女性申报人放宽至38周岁。',
        '培训对象为全体中层以上管理人员，男女比例不作限制。',
        '女职工生育后返岗一年内，可优先安排参加岗位适应性培训。',
      ],
    },
  },
  {
    id: 'cn.employment.maternity-appraisal-exclusion',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '因孕期、产假、哺乳期限制考核等次、职称评审或晋升', en: 'Pregnancy, maternity leave or breastfeeding held against appraisal, titles or promotion' },
    requirement: ['EC-07', 'EC-03'],
    check: {
      type: 'pattern',
      triggers: ['孕', '产假', '哺乳', '生育', '产期', '三期', '育儿假'],
      patterns: [
        '(?:孕期|怀孕|哺乳期|产假|产期|生育|三期|育儿假)[^。]{0,40}?(?<hit>(?:原则上|一律|均|暂)?(?:不参加|不得参加|暂缓参加|不能参加|不予参加|不参与|不得参与|不得申报|不予申报|暂缓申报|不得推荐|不予推荐|暂不推荐|不得作为|不列为|不得列为)(?:当年度?|本年度|当期)?(?:的)?[^,;。]{0,8}?(?:职称|专业技术|评审|评聘|晋升|晋级|竞聘|评优|评先|评选|评比|表彰|先进|优秀|选拔|推荐|人选|破格|提拔)|(?:年度)?考核(?:原则上|一律)?(?:不得|不能|不予|不)(?:确定|评定|定|列)为?(?:优秀|合格|称职|良好|基本合格)|(?:不得|不能|不予)(?:确定|评定|定)为?(?:优秀|合格|称职|良好)(?:以上)?等次)',
      ],
      unless: [
        { any: ['本人(?:申请|自愿|意愿)|自愿|可申请顺延|视同(?:正常)?出勤|不影响'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '因怀孕、休产假或哺乳而降低考核等次、不让参加职称评审或晋升推荐，属于因生育对女职工的不利待遇；产假期间应视同正常出勤。',
      en: 'Lowering the appraisal grade, or keeping a woman out of title evaluation or promotion, because she is pregnant, on maternity leave or breastfeeding is adverse treatment for childbirth; maternity leave counts as normal attendance.',
    },
    suggestion: {
      zh: '改为：女职工孕期、产假、哺乳期视同正常出勤，不影响年度考核等次、职称评审、岗位晋升和任职年限计算。',
      en: 'Rewrite: pregnancy, maternity leave and breastfeeding count as normal attendance and do not affect appraisal grades, title evaluation, promotion or years of service.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '禁止用人单位将生育状况作为对女性招聘录用、培训定级、评聘晋升等方面考察的条件',
        law: '《女职工劳动保护特别规定》第五条',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (7)',
        quote: '禁止将生育状况作为对女性招聘录用、培训定级的限定条件',
        law: '《女职工劳动保护特别规定》第五条',
      },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(四)妇女参与决策和管理 › 策略措施 › (6)',
        quote: '确保符合条件的妇女在职务晋升、职称评聘等方面享有平等的权利和机会',
        law: '《女职工劳动保护特别规定》第五条',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '当年因休产假出勤不足10个月的，年度考核不得确定为优秀等次。',
        '处于孕期、哺乳期的女职工本年度不参加职称评审。',
        '休产假当年年度考核原则上不定为优秀。',
        '因生育请假超过3个月的，不得作为晋升推荐人选。',
        '哺乳期员工暂缓参加岗位竞聘。',
        '当年休产假的员工不参与年度先进个人评比。',
        '有育儿假记录的员工，当年不参加优秀员工评选。',
      ],
      pass: [
        '产假期间视为正常出勤，不影响年度考核、职称评聘和岗位晋升。',
        '女职工休产假、哺乳假期间视同正常出勤，不影响年度考核和任职年限计算。',
        '处于孕期的女职工本人申请的，可暂缓参加职称评审，下一年度优先安排。',
        '产假期间视同正常出勤，不影响评优评先和年度考核。',
        '禁止将生育状况作为对女性招聘录用、培训定级的限定条件。',
      ],
    },
  },

  // ---------------------------------------------------------------- required elements (EC-04, EC-10, EC-11, EC-12)
  {
    id: 'cn.employment.staff-rules-women-protection-missing',
    domain: 'employment',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '劳动规章制度缺少女职工特殊劳动保护内容', en: 'Staff rules without special protection for women workers' },
    requirement: ['EC-04'],
    check: {
      type: 'required',
      docType: docTypes.labourRules,
      present: ['产假|孕期|怀孕|哺乳|女职工特殊|女职工劳动保护|女职工权益|女员工|女职工'],
    },
    message: {
      zh: '本文件是劳动合同或用人单位规章制度，但没有写女职工经期、孕期、产期、哺乳期的特殊保护（产假、哺乳时间、产前检查、禁忌劳动等）。规划要求督促用人单位落实这些保护。',
      en: 'This is an employment contract or set of staff rules, but it says nothing about the special protection of women workers during menstruation, pregnancy, maternity and breastfeeding (maternity leave, nursing time, prenatal check-ups, prohibited work). The plans require employers to implement it.',
    },
    suggestion: {
      zh: '增加“女职工特殊保护”一章：98天产假及生育奖励假、哺乳时间、产前检查计入劳动时间、孕期和哺乳期不安排夜班加班、禁忌劳动范围、三期内工资待遇不变。',
      en: 'Add a chapter on women workers\' special protection: 98 days\' maternity leave plus reward leave, nursing time, prenatal check-ups in working time, no night work or overtime in late pregnancy and breastfeeding, the prohibited-work list, unchanged pay in the three periods.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、产期、哺乳期的特殊保护和落实产假制度',
        law: '《女职工劳动保护特别规定》',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、产期、哺乳期的特殊保护和落实产假制度',
        law: '《女职工劳动保护特别规定》',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (8)',
        quote: '督促用人单位加强对女职工经期、孕期、哺乳期的特殊保护，落实哺乳时间和产假制度',
        law: '《女职工劳动保护特别规定》',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某某有限公司员工手册\n第一条 本公司员工应当遵守本手册。\n第二条 员工迟到、早退的，每次扣款20元。',
        '考勤管理制度\n一、本公司实行打卡考勤。\n二、迟到30分钟以上按旷工半天处理。',
        '劳动合同书\n甲方（用人单位）：某某公司\n乙方（劳动者）：\n乙方应当遵守甲方依法制定的规章制度。',
        '某公司请假管理办法\n一、事假须提前一天书面申请。\n二、员工应当按时上下班，不得迟到早退。',
        '某某集团职工手册\n本集团员工须遵守以下规定。事假须提前申请，病假需提交医院证明。',
      ],
      pass: [
        '某某有限公司员工手册\n第一条 本公司员工应当遵守本手册。\n第二条 女职工生育享受98天产假。',
        '考勤管理制度\n一、本公司实行打卡考勤。\n二、哺乳期女职工每天享有1小时哺乳时间。',
        '关于做好2024年安全生产工作的通知\n各单位要落实安全生产责任制。',
      ],
    },
  },
  {
    id: 'cn.employment.collective-contract-women-missing',
    domain: 'employment',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '集体合同没有女职工权益保护内容', en: 'Collective contract without provisions on women workers\' rights' },
    requirement: ['EC-10'],
    check: {
      type: 'required',
      docType: {
        id: 'collectiveContract',
        any: ['^[^。]{0,60}?(?<!工资专项|女职工权益保护专项|女职工专项)集体(?:合同|协议)(?!的通知|签订工作|工作)'],
        minHits: 1,
      },
      present: ['女职工'],
    },
    message: {
      zh: '本文件是集体合同，但没有女职工权益保护内容。规划要求建立工会女职工委员会的企业签订女职工权益保护专项集体合同，或在集体合同中专章约定女职工特殊保护。',
      en: 'This collective contract has nothing on women workers\' rights. The plans require enterprises with a union women workers\' committee to sign a special collective contract on women workers\' rights, or at least a dedicated chapter.',
    },
    suggestion: {
      zh: '增加女职工权益保护专章或另行签订女职工权益保护专项集体合同，写明平等就业与同工同酬、四期保护、健康检查、预防和制止性骚扰、母婴设施等内容。',
      en: 'Add a chapter on women workers, or sign a separate special contract, covering equal hiring and pay, protection in the four periods, health checks, sexual-harassment prevention and mother-and-baby facilities.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(三)妇女与经济 › 主要目标 › (7)', quote: '建立工会女职工委员会的企业应签订女职工权益保护专项集体合同' },
      { plan: '001_1142db6a623c33a6.txt', section: '(三)妇女与经济 › 策略措施 › (9)', quote: '推动签订女职工权益保护专项集体合同' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(三)妇女与经济 › 策略措施 › (6)', quote: '落实女职工专项集体合同制度，提高企业女职工权益保护专项集体合同签订率' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (三)妇女与经济 › 主要目标 › (7)', quote: '建立工会女职工委员会的企业应签订女职工权益保护专项集体合同' },
      { plan: '004_573b780cbee6880a.txt', section: '(三)妇女与经济 › 策略措施 › (9)', quote: '推动签订女职工权益保护专项' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某某公司集体合同（草案）\n第一条 为协调劳动关系，经平等协商订立本合同。\n第二条 公司职工月工资不低于当地最低工资标准的120%。',
        '某某有限公司2024年度集体合同\n双方约定工作时间、休息休假和劳动安全卫生事项。',
        '某区餐饮行业集体协议\n本协议适用于区内餐饮企业及其职工。',
        '集体合同\n甲方：某某公司\n乙方：公司工会\n双方就劳动报酬、工作时间等事项达成一致。',
        '某某建筑公司集体合同（2024—2026年）\n第一章 总则\n本合同经职工代表大会审议通过。',
      ],
      pass: [
        '某某公司集体合同（草案）\n第十条 女职工在孕期、产期、哺乳期内，工资福利待遇不变。',
        '某某公司女职工权益保护专项集体合同\n第一条 为维护女职工合法权益，订立本合同。',
        '某某公司工资专项集体合同\n第一条 职工工资年增长幅度不低于5%。',
        '关于推进集体合同签订工作的通知\n各企业要积极开展集体协商。',
      ],
    },
  },
  {
    id: 'cn.employment.mother-infant-room-missing',
    domain: 'employment',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '工作场所方案或员工手册未设哺乳室、孕妇休息室', en: 'Workplace plan or staff handbook without a lactation or rest room for pregnant women' },
    requirement: ['EC-11'],
    check: {
      type: 'required',
      docType: {
        id: 'workplaceFacilities',
        any: [
          '^[^。]{0,60}?(?:员工手册|职工手册|职工福利(?:管理)?(?:制度|办法|规定)|女职工(?:劳动)?(?:特殊)?保护(?:规定|办法|制度|细则)|(?:办公(?:楼|用房|大楼|场所|区)|综合(?:办公)?楼|机关(?:办公)?用房|厂房|厂区|产业园|园区|职工之家|职工活动中心)[^。]{0,24}?(?:设计|建设|改造|装修|布局|配置|功能))',
        ],
        minHits: 1,
      },
      present: ['哺乳室|母婴室|母婴设施|母婴(?:关爱)?(?:室|间|小屋)|孕妇休息室|妈咪小屋|哺乳(?:间|区|角)|喂奶'],
    },
    message: {
      zh: '本文件是员工手册或工作场所的建设、改造方案，但没有哺乳室、孕妇休息室等母婴设施。规划要求推动用人单位根据女职工需要建立哺乳室、孕妇休息室等标准化母婴设施。',
      en: 'This staff handbook or workplace construction plan provides no lactation room or rest room for pregnant women. The plans require employers to set up such facilities according to women workers\' needs.',
    },
    suggestion: {
      zh: '增加哺乳室（母婴室）、孕妇休息室的设置要求，写明位置、面积和基本设施（座椅、洗手池、冰箱、电源、私密隔断）。',
      en: 'Provide a lactation (mother-and-baby) room and a rest room for pregnant women, with location, size and basic fittings (seating, washbasin, fridge, power socket, privacy screen).',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(三)妇女与经济 › 策略措施 › (10)', quote: '推动用人单位根据女职工需要建立女职工哺乳室、孕妇休息室等标准化母婴设施', law: '《女职工劳动保护特别规定》' },
      { plan: '001_1142db6a623c33a6.txt', section: '(三)妇女与经济 › 策略措施 › (10)', quote: '推动用人单位根据女职工需要建立女职工哺乳室、孕妇休息室等设施', law: '《女职工劳动保护特别规定》' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(三)妇女与经济 › 策略措施 › (7)', quote: '推动用人单位根据女职工需要设置哺乳室、孕妇休息室，加强“爱心妈咪小屋”建设', law: '《女职工劳动保护特别规定》' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (三)妇女与经济 › 策略措施 › (10)', quote: '推动用人单位根据女职工需要建立女职工哺乳室、孕妇休息室等标准化母婴设施', law: '《女职工劳动保护特别规定》' },
      { plan: '004_573b780cbee6880a.txt', section: '(三)妇女与经济 › 策略措施 › (10)', quote: '推动用人单位母婴设施应建尽建和人员密集场所建设标准化母婴设施', law: '《女职工劳动保护特别规定》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某某公司员工手册（2024年版）\n第一章 总则\n本手册适用于全体员工。',
        '区政务办公楼改造设计方案\n一、改造内容：会议室、档案室、卫生间。',
        '某某产业园综合楼建设方案\n一层为展厅，二至五层为办公区。',
        '某某集团职工手册\n第一条 员工应遵守公司规章制度。',
        '市机关办公用房配置方案\n各单位按编制配置办公室和会议室。',
      ],
      pass: [
        '某某公司员工手册（2024年版）\n公司在二楼设立母婴室，供哺乳期女职工使用。',
        '区政务办公楼改造设计方案\n一层设置哺乳室和孕妇休息室。',
        '关于加强安全生产的通知\n各单位要做好安全检查。',
      ],
    },
  },
  {
    id: 'cn.employment.research-childbirth-provision-missing',
    domain: 'employment',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '科研项目、人才计划未考虑生育（延期、年龄放宽）', en: 'Research projects or talent programmes without provision for childbirth' },
    requirement: ['EC-12'],
    check: {
      type: 'required',
      docType: {
        id: 'researchProgramme',
        any: [
          '^[^。]{0,60}?(?:(?:科研|科技|研究|课题)(?:计划)?项目[^。]{0,12}?(?:管理办法|管理细则|实施细则|管理规定|申报指南|申报通知|申报工作)|(?:青年(?:科技)?人才|人才(?:计划|项目|工程)|青年基金|英才|杰青|优青|博士后)[^。]{0,16}?(?:申报|评选|遴选|管理|实施)(?:指南|办法|细则|通知|工作|方案))',
        ],
        minHits: 1,
      },
      present: ['孕|生育|产假|哺乳|女性(?:科研|科技|申请人|申报人|人才)|女性[^。]{0,10}?放宽'],
    },
    message: {
      zh: '本文件是科研项目或人才计划的管理、申报文件，但没有考虑女性科研人员生育的规定（孕期延长结题时间、因生育放宽年龄限制、产后回归支持）。规划要求制定针对女性科技人才特点的扶持政策。',
      en: 'This research-project or talent-programme document makes no provision for childbirth (extending deadlines in pregnancy, relaxing age limits for childbirth, support for returning after birth). The plans call for support policies suited to women researchers.',
    },
    suggestion: {
      zh: '增加：项目负责人因怀孕、生育可申请延长执行期或结题时间；女性申报人年龄限制适当放宽，因生育中断科研的可再放宽；评审专家中保持一定比例的女性。',
      en: 'Add: principal investigators may extend the project for pregnancy and childbirth; age limits relaxed for women, further for career breaks due to childbirth; a share of women among reviewers.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(二)妇女与教育 › 策略措施 › (9)', quote: '制定针对女性科技人才特点的专门扶持政策，推动女性参与科技创新，适当延长孕期女性主持的课题结题时间，支持产后回归科研活动' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (二)妇女与教育 › 策略措施 › (9)', quote: '制定针对女性科技人才特点的专门扶持政策，推动女性参与科技创新，适当延长孕期女性主持的课题结题时间，支持产后回归科研活动' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(三)妇女与经济 › 策略措施 › (5)', quote: '完善女性科技人才评价激励机制，培养高层次女性科技人才' },
      { plan: '004_573b780cbee6880a.txt', section: '(三)妇女与经济 › 策略措施 › (6)', quote: '完善女性科技人才评价激励机制，培养高层次女性科技人才' },
      { plan: '001_1142db6a623c33a6.txt', section: '(三)妇女与经济 › 策略措施 › (6)', quote: '支持女性科技人才承担科技计划项目、参与科技决策咨询、拓展科研学术网络' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某市科技计划项目管理办法\n第一条 项目执行期一般为2至3年，不得延期结题。',
        '2024年度青年科技人才项目申报指南\n申报人年龄不超过35周岁。',
        '某大学科研项目管理细则\n项目负责人应按期完成研究任务。',
        '某区“英才计划”申报通知\n申报人须在本区全职工作。',
        '某省社会科学研究课题项目管理办法\n第五条 课题负责人须按期结题。',
      ],
      pass: [
        '某市科技计划项目管理办法\n项目负责人因怀孕、生育可申请延长执行期限1年。',
        '2024年度青年科技人才项目申报指南\n男性不超过35周岁，女性申报人放宽至38周岁。',
        '关于开展科技活动周的通知\n各单位组织科普活动。',
      ],
    },
  },
];
