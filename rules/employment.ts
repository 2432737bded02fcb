/**
 * 妇女与经济 · 就业: recruitment, marriage/pregnancy conditions, maternity-related adverse treatment.
 *
 * Patterns run on the compact, folded text: whitespace removed, full-width ASCII folded, so write ASCII , ; : ( )
 * for ，；：（）. 、 and 。 stay as they are. A named group `hit` narrows the highlighted span.
 */
import type { Rule } from '../lib/engine/types.ts';

/** Words that put a phrase in a recruitment / post context. */
export const HIRING_CONTEXT = [
  '招聘|招录|招考|招收|招工|招用|录用|聘用|聘任|选聘|聘请|应聘|报考|报名|岗位|岗|职位|用工|录取|求职|入职|人才引进|遴选|选调|选拔|考录|任职|若干名|名额|资格条件|任职资格|基本条件|报考条件|应聘条件|招聘条件|岗位要求|用人单位|简章|公告|启事|面试|笔试|体检',
];

/** Words that put a phrase in an employment-relation context (contracts, staff rules, HR). */
export const EMPLOYMENT_CONTEXT = [
  '招聘|录用|聘用|应聘|报名|入职|条件|试用期|劳动合同|聘用合同|合同期|服务期|员工|职工|雇员|工作人员|用人单位|本单位|公司|单位|岗位|晋升|定级|评优|职称|考核|培训|绩效|薪酬|工资',
];

const MALE = '男(?:性|士|生|同志|职工|青年)?';
const FEMALE = '女(?:性|士|生|同志|职工|青年)?';

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
        // 年龄45周岁以下男性 / 18-35岁的男性,
        `岁(?:以下|以上|以内|之间)?的?(?<hit>男(?:性|士|青年)?)(?=[,;。、)）]|$)`,
        // 男性35周岁以下，女性30周岁以下: different limits by sex
        `男(?:性|士)?[^。;]{0,6}?\\d+周?岁[^。;]{0,12}?女(?:性|士)?[^。;]{0,6}?\\d+周?岁`,
        `女(?:性|士)?[^。;]{0,6}?\\d+周?岁[^。;]{0,12}?男(?:性|士)?[^。;]{0,6}?\\d+周?岁`,
        // 男性报考人员一般不超过40周岁: an age limit set for one sex
        `(?:男|女)(?:性|士|生)?(?:报考人员|报考者|考生|应聘者|应聘人员|报名人员|人员)[^。;,]{0,6}?(?:年龄)?(?:一般|原则上)?(?:不超过|不超|不满|不高于|在)?${'\\d+'}周?岁`,
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
        // 限女性 / 女性优先 (restricting to women is a sex restriction too)
        `(?:仅|只|只能)?限(?:于|招|招收|招聘|录|录用)?女(?:性|士|生)(?![男])`,
        `女(?:性|士|生)(?:者|人员)?优先`,
        // A requirement item that is just the sex: "招聘条件:男,35周岁以下" / "1.男性;"
        `(?<=^|[,;:。]|\\d[.、]|[)）])(?<hit>男(?:性)?)(?=[,;。]|$)`,
      ],
      when: [{ any: HIRING_CONTEXT, scope: ['near', 'title'] }],
      unless: [
        // Lawful special protection: posts the State lists as unsuitable for women.
        { any: ['禁忌(?:从事的)?劳动|禁忌劳动范围|矿山井下|井下(?:作业|采掘)|国家规定的?不适合妇女'], scope: 'sentence' },
        // Medical or sports programmes organised by sex are not recruitment.
        { any: ['体检项目|筛查|男科|前列腺|男子组|女子组|比赛|赛事|运动员'], scope: 'clause' },
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
        '(?:统筹|统一|按计划|按排期)安排(?:员工|女职工|女员工)?生育|安排生育(?:时间|顺序)|擅自(?:怀孕|生育)|未经[^,;。]{0,8}(?:批准|同意|报备|审批)[^,;。]{0,4}(?:怀孕|生育)',
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
      ],
      when: [{ any: EMPLOYMENT_CONTEXT, scope: 'near' }],
      unless: [{ any: ['不包括|不含|不得包含|不作为|不列为|不将'], scope: 'clause' }],
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
      ],
      pass: [
        '不得询问或者调查女性求职者的婚育情况，入职体检不包括妊娠检测。',
        '用人单位不得将限制结婚、生育作为录用条件。',
        '报名表填写姓名、性别、出生年月、学历等基本信息。',
        '孕妇在孕早期应接受孕检，建立孕产妇保健手册。',
        '禁止将生育状况作为对女性招聘录用、培训定级的限定条件。',
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
        '(?:怀孕|孕期|有孕|产假|产期|哺乳期?|生育|妊娠|分娩|“?三期”?|产后)[^。;]{0,40}?(?:停发|停止发放|扣发|扣减|减发|少发|降低(?:[^,;。]{0,4})(?:工资|薪酬|待遇|岗位|级别|职级|绩效)|降薪|降级|降职|降岗|减薪|(?:调整|调)(?:至|到|为|其)?[^,;。]{0,8}(?:岗位|岗)|转岗|待岗|解除(?:劳动|聘用)?(?:合同|聘用|录用|关系)|解除录用|终止(?:劳动|聘用)?(?:合同|聘用|关系)|合同到期终止|到期终止|辞退|开除|除名|解雇|退回(?:劳务派遣|派遣)?|(?:不得|不能|不予|不)(?:评|确定|定|评定)(?:为)?(?:优秀|先进)|不列入|不纳入|暂不列为|取消(?:[^,;。]{0,6})(?:资格|奖金|绩效|年终奖)|视为不符合录用条件|按(?:违反|违纪)[^,;。]{0,6}处理|(?:暂不|不予?)安排[^,;。]{0,6}(?:考察|面试|录用|参加考试|晋升|提拔)|按[^,;。]{0,6}病假(?:工资)?(?:标准)?(?:发放|计发|处理)|不(?:发放|享受|计发)[^,;。]{0,6}(?:奖金|绩效|津贴|补贴|福利)|(?:只|仅)发(?:放)?基本工资|按基本工资(?:的(?:\\d+%|[一二三四五六七八九十]+成))?发放|按(?:\\d+%|[一二三四五六七八九十]+成)发放|视为(?:自动)?(?:离职|辞职|放弃|旷工)|自动离职|劝退|按(?:当地)?最低工资|按(?:病|事)假(?:处理|扣)|不予(?:晋升|晋级|续签|发放|续聘)|不再续签|不再续聘)',
        // adverse action … trigger: 辞退怀孕员工 / 解除孕期女职工的劳动合同
        '(?:辞退|解雇|开除|劝退|解除(?:劳动|聘用)?合同|降低工资)[^,;。]{0,10}(?:怀孕|孕期|哺乳期|产期|产假)',
      ],
      unless: [
        { any: ['不变|不受影响|不降低|照发|照常发放|照常|全额发放|自动延续|延续至|顺延|视同(?:正常)?(?:出勤|劳动|提供劳动)|减轻劳动量|不得安排|除外|不适用'], scope: 'sentence' },
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
      ],
      pass: [
        '不得因女职工怀孕、生育、哺乳降低其工资、予以辞退、与其解除劳动或者聘用合同。',
        '女职工在孕期不能适应原劳动的，根据医疗机构的证明，予以减轻劳动量或者安排其他能够适应的劳动，工资待遇不变。',
        '女职工孕期、产期、哺乳期内劳动合同期满的，劳动合同期限自动延续至哺乳期满。',
        '女职工产假期间工资照发，产假期间视同正常出勤。',
        '禁止用人单位因女职工怀孕、生育、哺乳而降低工资、恶意调岗、予以辞退、解除劳动（聘用）合同。',
      ],
    },
  },
];
