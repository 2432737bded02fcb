/**
 * 妇女与教育: admissions restricted or weighted by sex, sex-stereotyped subject and career guidance and gender
 * labels, and the gender-equality elements education and school documents need.
 *
 * Patterns run on the compact, folded text (see rules/employment.ts).
 */
import type { Rule } from '../lib/engine/types.ts';
import { docTypes } from './doctypes.ts';

/** Students of one sex. */
const STU = '(?:男|女)(?:生|考生|性考生|童|孩)';

/** Words that put a phrase in an admissions or class-selection context. */
const ADMISSION_CONTEXT = [
  '招生|录取|报考|报名|考生|专业|院校|学校|学院|实验班|特色班|特长班|特长生|兴趣班|夏令营|冬令营|研学|社团|训练营|少年宫|班级|编班|分班|生源|入学|投档|分数线|录取线|志愿|选拔|名额',
];

/** Context of guidance, teaching and careers. */
const GUIDANCE_CONTEXT = [
  '选科|选课|学科|专业|志愿|报考|职业|生涯|就业|升学|课程|课堂|教学|教育|兴趣|特长|文科|理科|理工|工科|学习|培养|活动|劳动|实践|岗位|工作|社团|竞赛|玩具|游戏|指导',
];

/** Message, suggestion and basis shared by the two admissions-table rules (性别/备注 columns; 招生对象 column). */
const ADMISSION_TABLE_TEXTS: Pick<Rule, 'message' | 'suggestion' | 'basis'> = {
  message: {
    zh: '招生计划表为专业限定了性别（“女生”“男生”），违反女性平等接受教育的权利；只有经国家批准的特殊专业可以按国家规定限定性别。',
    en: 'The admissions table restricts a programme to one sex ("girls", "boys"), breaching women\'s equal right to education; only State-approved special programmes may restrict sex under national rules.',
  },
  suggestion: {
    zh: '将该栏改为“不限”或删除性别；确属国家批准的特殊专业，注明所依据的国家招生规定。',
    en: 'Set the cell to "any" or drop the sex; for a State-approved special programme, cite the national admissions rule.',
  },
  basis: [
    {
      plan: '000_d67eb8df20e31904.txt',
      section: '(二)妇女与教育 › 策略措施 › (8)',
      quote: '严格控制招生过程中的特殊专业范围，强化涉及性别歧视问题的监管，建立约谈、处罚机制',
      law: '《中华人民共和国教育法》；《中华人民共和国妇女权益保障法》',
    },
    {
      plan: '002_f51d82e60e0c5b30.txt',
      section: '(二)妇女与教育 › 策略措施 › (7)',
      quote: '保障女性平等接受高等教育的权利和机会',
      law: '《中华人民共和国教育法》；《中华人民共和国妇女权益保障法》',
    },
  ],
};

export const educationRules: Rule[] = [
  {
    id: 'cn.education.admission-sex-restriction',
    domain: 'education',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '招生、选拔限定性别或对男女适用不同标准', en: 'Admissions restricted by sex or with different standards for girls and boys' },
    requirement: ['E-01'],
    check: {
      type: 'pattern',
      triggers: ['男生', '女生', '男考生', '女考生', '男性考生', '女性考生', '男童', '女童', '男孩', '女孩', '男女'],
      patterns: [
        // 限招男生 / 只招收男生 / 仅面向女生招收
        `(?:仅|只|只能)?限(?:招|招收|录|录取)?${STU}`,
        `(?:仅|只)(?:招|招收|招生|录取|录|面向|接收|接受)${STU}`,
        `面向${STU}(?:招收|招生|开设)`,
        // 男生优先录取 / 优先录取男生
        '男(?:生|考生|性考生)(?:者)?优先(?:录取|安排|考虑|入选)?',
        '优先(?:录取|安排|考虑|招收)男(?:生|考生|性考生)',
        // 男生不予报名 / 女生不得报考
        `${STU}(?:一律)?(?:不予|不得|不能|不可|谢绝|不接受|不宜)(?:报名|报考|录取|招收|参加|入选|申请)`,
        // 按男女比例分别划线 / 男女生比例为7:3
        '按(?:男女|性别)(?:生)?(?:\\d+:\\d+)?(?:的)?(?:比例)?(?:\\d+:\\d+)?(?:分别)?(?:划线|录取|招收|划定|投档|招生|分配名额|确定录取)',
        '(?:录取|招生|招收|名额|划线|投档|选拔)[^。;]{0,10}?(?:男女(?:生)?|性别)比例(?:为|按|控制在|确定为)?\\d+(?:\\.\\d+)?:\\d+(?:\\.\\d+)?',
        '(?:男女(?:生)?|性别)(?:录取|招生|招收|名额)比例(?:为|按|控制在|确定为)?\\d+(?:\\.\\d+)?:\\d+(?:\\.\\d+)?',
        // 女生录取分数线高于男生 / 女生成绩须高出男生最低录取线10分
        '女(?:生|考生)[^。;不禁]{0,16}?(?:须|需|要|应)?(?:高出|高于|超过|比)男(?:生|考生)?[^。;不禁]{0,10}?(?:录取线|分数线|控制线|分)',
        '女(?:生|考生)(?:的)?(?:录取)?(?:最低)?(?:控制)?(?:分数线|录取线)[^。;不禁]{0,8}?(?:高于|高出|比男(?:生|考生)?高)',
        // 女生须加试体能 / 男生免试
        '女(?:生|考生)[^。;]{0,10}?(?:须|需|需要|要)加试',
        // 男生报考须另行参加专业面试 / 女生另须通过形体测评: an extra step for one sex
        `(?<![男女、和与及或])${STU}[^。;、男女均都]{0,10}?(?:须|需|需要|要|应|还须|还需|另须|另需)?(?:另行|额外|单独|另外|加试|再)(?:参加|进行|通过|接受)?[^,;。]{0,8}?(?:面试|测试|考核|加试|体检|考试|测评|审核|评估|复试|目测)`,
        // 录取控制线：男生400分，女生430分 (different cut-off scores by sex)
        '男(?:生|考生)[^,;。\\d]{0,6}?(?<a>\\d+)分(?![\\d]+秒)[,、;]?女(?:生|考生)[^,;。\\d]{0,6}?(?!\\k<a>分)\\d+分(?![\\d]+秒)',
        '女(?:生|考生)[^,;。\\d]{0,6}?(?<b>\\d+)分(?![\\d]+秒)[,、;]?男(?:生|考生)[^,;。\\d]{0,6}?(?!\\k<b>分)\\d+分(?![\\d]+秒)',
        // 女生报考机电类专业的，录取分数线在控制线基础上提高20分 / 男生降低10分录取
        `${STU}[^。;]{0,24}?(?:录取分数线|分数线|录取线|控制线|最低分|投档线|录取分数)[^。;]{0,16}?(?:提高|上浮|上调|加|高出|高于)\\d+分`,
        `男(?:生|考生|性考生)[^。;]{0,24}?(?:降低|下浮|下调|降)\\d+分(?:录取|投档)?|男(?:生|考生|性考生)[^,;。]{0,6}?加\\d+分`,
        // 女生请慎重报考 / 不建议女生报考
        `${STU}(?:请|需|应|要)?(?:慎重|谨慎|慎)(?:考虑)?(?:报考|报名|选择|填报)|不(?:建议|鼓励|提倡|推荐)${STU}(?:报考|报名|选择|填报)`,
      ],
      when: [{ any: ADMISSION_CONTEXT, scope: 'sentence' }],
      unless: [
        // National special admissions (military, police, aviation …) are set by the State.
        { any: ['国家(?:有关)?规定|教育部|经(?:国家|上级|省级?)(?:批准|同意)|特殊专业|军事|军队|公安|国防|飞行(?:学员|员)|航海|消防|警察|民航'], scope: 'sentence' },
        // Sex-segregated sports teams and facilities.
        { any: ['男子(?:足球|篮球|排球|组|队)|女子(?:足球|篮球|排球|组|队)|运动队|代表队|宿舍|卫生间|厕所|更衣'], scope: 'clause' },
        // Civil-service and job recruitment is cn.employment.hiring-sex-restriction.
        { any: ['招录|招聘|职位|公务员|录用'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '招生、分班或选拔中限定性别、男生优先、按性别比例划线或对女生提高标准，违反女性平等接受教育的权利；只有经国家批准的特殊专业可以按国家规定限定性别。',
      en: 'Restricting admissions or class selection to one sex, preferring boys, setting cut-off scores by sex or a higher bar for girls breaches women\'s equal right to education; only special programmes approved by the State may restrict sex under national rules.',
    },
    suggestion: {
      zh: '删除性别限制和性别比例，对男女考生适用同一录取标准；确属国家批准的特殊专业，注明所依据的国家招生规定。',
      en: 'Remove the sex restriction and quotas and apply one standard to all applicants; for a State-approved special programme, cite the national admissions rule.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(二)妇女与教育 › 策略措施 › (8)',
        quote: '严格控制招生过程中的特殊专业范围，强化涉及性别歧视问题的监管，建立约谈、处罚机制',
        law: '《中华人民共和国教育法》；《中华人民共和国妇女权益保障法》',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (二)妇女与教育 › 策略措施 › (8)',
        quote: '严格控制招生过程中的特殊专业范围，强化涉及性别歧视问题的监管，建立约谈、依法处罚机制',
        law: '《中华人民共和国教育法》；《中华人民共和国妇女权益保障法》',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(二)妇女与教育 › 策略措施 › (7)',
        quote: '保障女性平等接受高等教育的权利和机会',
        law: '《中华人民共和国教育法》；《中华人民共和国妇女权益保障法》',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '本专业限招男生。',
        '该专业按男女生7:3比例分别划线录取。',
        '女生录取最低控制分数线比男生高20分。',
        '实验班选拔考试中女生成绩须高出男生最低录取线 10 分方可录取。',
        '“航天科技特色班”因训练强度较大，只招收男生。',
        '“礼仪文秘特色班”面向女生招收，男生不予报名。',
        '同等条件下优先录取男生。',
        '因培养需要，女生报考须加试体能测试，男生免试。',
        '女生填报机械类专业的，投档线在该专业最低控制线基础上提高15分。',
        '男生报考学前教育专业的，录取分数线降低10分录取。',
        '汽修专业工作环境较差，不建议女生报考。',
        '护理专业招生：男考生须额外通过心理测评方可录取。',
        '机电专业最低录取分数：女生415分，男生380分。',
      ],
      pass: [
        '招生不限性别，男女考生同等对待。',
        '军事、公安等经国家批准的特殊专业，按教育部当年有关招生规定执行。',
        '严格控制招生过程中的特殊专业范围，强化涉及性别歧视问题的监管。',
        '其余班级按照成绩均衡、男女生比例大致相当的原则编班。',
        '学校严格执行招生政策，不得以性别为由拒收学生。',
        '学生宿舍实行男女分楼管理，女生宿舍只接收女生入住。',
        '所有专业男女生执行同一录取分数线，不因性别提高或降低分数。',
        '女生在高考中总分提高20分的比例明显增加。',
        '报考体育特长生的，男生、女生均须另行参加专项测试。',
        '体育专业加试：男生1000米跑满分3分30秒，女生800米跑满分3分24秒。',
        '录取最低控制线：男生、女生均为400分。',
      ],
    },
  },
  {
    id: 'cn.education.admission-table-sex',
    domain: 'education',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '招生计划表按专业限定性别', en: 'Admissions table restricts a programme to one sex' },
    requirement: ['E-01'],
    check: {
      type: 'column',
      triggers: ['招生'],
      // 招生对象 usually holds 应届初中毕业生; the sex, when a programme is restricted, sits in 性别 or 备注.
      header: '^(?:性别|性别要求|性别限制|招生要求|备注|说明)$',
      value: '^(?:男|女)(?:生|性|童|孩|考生)?$',
      when: [{ any: ['招生(?:简章|计划|章程|专业|对象)|录取'], scope: 'document' }],
      unless: [{ any: ['军事|军队|公安|国防|飞行(?:学员|员)|航海|消防|警察|民航'], scope: 'document' }],
    },
    ...ADMISSION_TABLE_TEXTS,
    profiles: ['*'],
    examples: {
      flag: [
        '2024年招生计划\n专业\t学制\t人数\t招生对象\t备注\n幼儿保育\t3年\t50\t应届初中毕业生\t女生',
        '招生计划表\n专业\t计划数\t备注\n电气运行与控制\t40\t男生',
        '招生简章\n专业\t性别\t人数\n美容美体\t女\t30',
        '某技工学校招生计划\n专业名称\t性别要求\t学制\n焊接技术\t男\t3年',
        '招生专业一览\n专业\t招生要求\n空中服务\t女生',
      ],
      pass: [
        '2024年招生计划\n专业\t学制\t人数\t招生对象\t备注\n幼儿保育\t3年\t50\t应届初中毕业生\t不限',
        '招生计划表\n专业\t计划数\t备注\n电气运行与控制\t40\t男女兼收',
        '学生体质测试统计表\n项目\t性别\t人数\n800米\t女\t120',
      ],
    },
  },
  {
    id: 'cn.education.admission-target-column-sex',
    domain: 'education',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '招生计划表“招生对象”栏限定性别', en: 'Admissions table\'s "applicants" column restricts a programme to one sex' },
    requirement: ['E-01'],
    check: {
      type: 'column',
      triggers: ['招生'],
      // The 招生对象 column: most rows say 应届初中毕业生 or 男女兼招; a row saying just 男生 / 女生 restricts the
      // programme (the 性别 / 备注 columns are cn.education.admission-table-sex).
      header: '^(?:招生对象|招收对象|招生范围|生源对象|报考对象|招生类别)$',
      value: '^(?:限|仅限|只招|仅招|限招)?(?:男|女)(?:生|性|童|孩|考生|性考生)?$',
      when: [{ any: ['招生(?:简章|计划|章程|专业|对象)|录取'], scope: 'document' }],
      // National special programmes are exempt row by row (the rest of the table is still checked).
      unless: [{ any: ['军事|军队|公安|国防|飞行(?:学员|员)|航海|消防|警察|民航'], scope: 'sentence' }],
    },
    ...ADMISSION_TABLE_TEXTS,
    profiles: ['*'],
    examples: {
      flag: [
        '2025年招生计划\n专业名称\t学制\t计划数\t招生对象\t备注\n机电技术应用\t3年\t120\t男女兼招\t\n数控技术应用\t3年\t80\t男生\t',
        '招生专业一览表\n专业\t招收对象\t人数\n高铁乘务\t限女生\t40',
        '2025年秋季招生计划表\n序号\t专业\t招生对象\t学制\n1\t工业机器人技术\t男\t3年\n2\t会计事务\t不限\t3年',
        '五年一贯制招生计划\n专业\t报考对象\t计划\n幼儿教育\t女生\t100\n汽车运用与维修\t男女兼招\t60',
        '招生章程附表\n专业\t生源对象\t名额\n智能制造\t仅招男生\t50',
      ],
      pass: [
        '2025年招生计划\n专业名称\t学制\t计划数\t招生对象\n机电技术应用\t3年\t120\t男女兼招\n电子商务\t3年\t80\t应届初中毕业生',
        '招生计划\n专业\t招生对象\t人数\n飞行技术\t男生\t30（按民航局有关规定执行）',
        '学生资助对象统计表\n类别\t资助对象\t人数\n春蕾计划\t女生\t50',
      ],
    },
  },
  {
    id: 'cn.education.stereotyped-guidance',
    domain: 'education',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '按性别引导选科、职业或分派活动，使用性别标签', en: 'Subject choice, careers or activities steered by sex; gender labels' },
    requirement: ['E-02'],
    check: {
      type: 'pattern',
      triggers: ['男', '女'],
      patterns: [
        // 男生适合理工科，女生更适合教师、护士
        '(?:男|女)(?:生|孩子?|性|同学|童|士)(?:天生|普遍|一般|往往|通常|大多)?(?:更|比较|相对|最|较)?(?:适合|适宜|擅长)(?:学习?|报考|选择?|读|从事|做|当|担任|搞)?[^。;,]{0,6}?(?:文科|理科|理工|工科|文史|艺术|专业|学科|工作|职业|岗位|行业|教师|护士|老师|幼师|文秘|秘书|会计|行政|家政|技术|科研|工程|管理|领导|销售|研究|计算机|编程|机械|数学|物理|化学|医生|律师|军人|警察|司机|体力活|家务|带孩子)',
        // 女生逻辑思维相对较弱 (comparisons with boys, "弱于男生", are cn.language.women-unsuitable)
        '女(?:生|孩子?|性|同学|童)[^,;。]{0,10}?(?:逻辑|推理|空间|理科|数学|动手|抽象|理性)[^,;。]{0,6}?(?:能力|思维|水平)?(?:普遍|天生|一般|明显|往往|相对)?(?:较?弱|较差|差|不足|欠缺|偏弱)(?![于])',
        // 女性天生细心 / 男孩天生好动
        '(?:男|女)(?:生|孩子?|性|人|同学)天生(?:就)?(?:细心|感性|理性|温柔|耐心|心细|胆小|柔弱|好动|擅长|适合|喜欢|爱|不擅长)',
        // 引导女生选择历史、政治、地理组合 / 宜引导其选择文科
        '(?:指导|引导|建议|推荐|鼓励)(?:女生|女孩|女性|女同学|其)[^,;。]{0,6}?(?:选择|选|报考|学习|从事|填报)(?:历史|政治|地理|文科|文史|护理|幼师|学前|师范|文秘|礼仪|家政)',
        // 男生负责搬运，女生负责打扫 (role split by sex)
        '男(?:生|孩子?|同学|童)(?:负责|参加|参观|学习|学|做|玩|进行|从事|承担)[^。;]{1,24}?[,;、]?女(?:生|孩子?|同学|童)(?:负责|参加|参观|学习|学|做|玩|进行|从事|承担)[^,;。]{1,16}',
        '女(?:生|孩子?|同学|童)(?:负责|参加|参观|学习|学|做|玩|进行|从事|承担)[^。;]{1,24}?[,;、]?男(?:生|孩子?|同学|童)(?:负责|参加|参观|学习|学|做|玩|进行|从事|承担)[^,;。]{1,16}',
        // 科技特长生以男生为主
        '(?:科技|理科|数学|物理|编程|机器人|信息学|航模|工程)[^,;。]{0,10}?(?:以男生为主|主要(?:面向|招收|选拔)男生)',
        // 男孩玩具 / 女孩玩具 labels
        '(?:男孩|女孩|男生|女生)(?:玩具|专区|用品区|游戏区|颜色|专属玩具|专属课程)',
      ],
      when: [{ any: GUIDANCE_CONTEXT, scope: 'sentence' }],
      unless: [
        { any: ['不以性别|不因性别|不论男女|无论男女|不分男女|不分性别|不区分|打破|消除|破除|淡化|摒弃|纠正|反对|偏见|刻板|误区|标签化'], scope: 'sentence' },
        // Physical-fitness tests, PE, dormitories and health are legitimately sex-specific.
        { any: ['体测|体质|体育|引体向上|仰卧起坐|800米|1000米|测试项目|体检|宿舍|卫生间|厕所|更衣|生理期|经期|青春期|补充|摄入|叶酸|营养'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '按性别推荐学科、专业和职业，按性别分派劳动和活动，或使用“男孩玩具”“女孩玩具”等性别标签，会固化职业性别隔离，限制学生特别是女生的自主选择。',
      en: 'Recommending subjects, majors or careers by sex, splitting chores and activities by sex, or labelling "boys\' toys" and "girls\' toys" entrenches occupational segregation and limits students\' — especially girls\' — own choices.',
    },
    suggestion: {
      zh: '按学生兴趣、能力和意愿开展选科与生涯指导，不以性别作为推荐依据；劳动和活动由学生轮换承担、自主选择；去除玩具、用品和活动中的性别标签。',
      en: 'Guide subject and career choice by interest, ability and wishes, not sex; rotate chores and let students choose activities; remove gender labels from toys, goods and activities.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(二)妇女与教育 › 策略措施 › (6)',
        quote: '有针对性地开展学科选择和职业生涯规划指导，提高女性自主选择能力，破除性别因素对女性学业和职业发展的影响',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(二)妇女与教育 › 策略措施 › (6)',
        quote: '有针对性地开展学科选择和职业生涯规划指导，提高女性自主选择能力，破除性别因素对女性学业和职业发展的影响',
      },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(三)妇女与经济 › 策略措施 › (3)', quote: '逐步消除职业性别隔离' },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (二)妇女与教育 › 策略措施 › (6)',
        quote: '有针对性地开展学科选择和职业生涯规划指导，提高女性自主选择能力，破除性别因素对女性学业和职业发展的影响',
      },
      { plan: '004_573b780cbee6880a.txt', section: '(七)妇女与环境 › 策略措施 › (2)', quote: '在玩具、服饰、日用品、游戏设计和职业规划等领域消除性别标签' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '男生适合理工科，女生更适合教师、护士等稳定职业。',
        '女生逻辑思维相对较弱，选科时建议优先考虑历史、政治等文科组合。',
        '女性天生细心，适合从事行政、文秘、会计岗位。',
        '劳动教育课中，男生负责搬运、维修，女生负责打扫、缝补。',
        '职业体验日：男生参观机械加工车间，女生参加烘焙和插花活动。',
        '科技特长生选拔以男生为主，女生可报名文艺特长。',
        '玩具区按男孩玩具、女孩玩具分区陈列。',
        '班主任在指导女生选科时，宜引导其选择历史、政治、地理组合。',
      ],
      pass: [
        '根据学生兴趣和能力开展选科指导，不以性别作为推荐依据。',
        '鼓励和支持有意愿的女生报考理工类专业。',
        '破除性别因素对女性学业和职业发展的影响。',
        '体质测试中，男生测试引体向上，女生测试仰卧起坐。',
        '在玩具、服饰、日用品、游戏设计和职业规划等领域消除性别标签。',
        '扶持适合低收入妇女自主发展的手工编织项目。',
      ],
    },
  },

  // ---------------------------------------------------------------- required elements
  {
    id: 'cn.education.gender-equality-content-missing',
    domain: 'education',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '教育、学校文件未体现男女平等和性别平等教育', en: 'Education or school document without gender-equality content' },
    requirement: ['E-03'],
    check: {
      type: 'required',
      docType: docTypes.education,
      present: ['性别平等|男女平等|社会性别|性别意识|两性平等'],
    },
    message: {
      zh: '本文件是教育、课程或学校管理文件，但没有体现男女平等基本国策（性别平等教育、教材和课程的性别平等评估、师资培训中的性别平等内容，或不以性别区别对待学生的要求）。',
      en: 'This education, curriculum or school-management document does not reflect the basic state policy of gender equality (gender-equality education, gender review of materials and curricula, gender content in teacher training, or a rule against treating students differently by sex).',
    },
    suggestion: {
      zh: '增加：将性别平等教育纳入课程和校园文化；教材、课程和活动方案进行性别平等评估；教师培训加入性别平等内容；招生、分班、评优和活动不因性别区别对待。',
      en: 'Add: gender-equality education in curricula and school life; gender review of materials, courses and activities; gender content in teacher training; no distinction by sex in admission, classes, awards and activities.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(二)妇女与教育 › 策略措施 › (2)',
        quote: '将男女平等基本国策落实到教育法规政策和规划制定、修订、执行和评估中，落实到各级各类教育内容、教学过程、学校管理中',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(二)妇女与教育 › 策略措施 › (2)',
        quote: '将男女平等基本国策落实到教育法规政策和规划制定、修订、执行和评估中，落实到各级各类教育内容、教学过程、学校管理中',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(二)妇女与教育 › 策略措施 › (2)',
        quote: '落实到教育政策的制定、修订、执行和评估中，落实到各级各类教学内容、教学过程、教学管理中',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (二)妇女与教育 › 策略措施 › (2)',
        quote: '将男女平等基本国策落实到教育法规政策和规划制定、修订、执行、评估中，落实到各级各类教育内容、教学过程、学校管理中',
      },
      { plan: '004_573b780cbee6880a.txt', section: '(二)妇女与教育 › 策略措施 › (2)', quote: '加强对地方教材编制、课程设置、教学过程的性别平等评估' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某中学学生管理规定\n一、学生应当遵守校规校纪。\n二、班主任负责班级日常管理。',
        '某区中小学课程实施方案\n本校各年级按课程计划开齐开足课程。学生须按时到校。',
        '某小学校本教材编写规范\n教师应当结合学生年龄特点编写教材。',
        '某幼儿园管理制度\n本园教职工须遵守工作纪律。园长负责全面工作。',
        '某职业院校学生守则\n学生应当尊敬师长。辅导员负责学生思想教育。',
      ],
      pass: [
        '某中学学生管理规定\n一、学生应当遵守校规校纪。\n二、学校开展性别平等教育，班主任负责班级日常管理。',
        '某区中小学课程实施方案\n学生须按时到校。教材和课程方案须经性别平等评估。',
        '关于做好防汛工作的通知\n各单位要做好防汛准备。',
      ],
    },
  },
  {
    id: 'cn.education.school-sexual-harassment-missing',
    domain: 'education',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '学校管理制度缺少预防性侵害、性骚扰的机制', en: 'School rules without prevention of sexual abuse and harassment' },
    requirement: ['E-05'],
    check: {
      type: 'required',
      docType: docTypes.schoolRules,
      present: ['性侵|性骚扰|猥亵|性侵害|防性侵|性暴力'],
    },
    message: {
      zh: '本文件是学校（幼儿园、培训机构）管理制度，但没有预防性侵害、性骚扰的工作机制。规划要求中小学校建立预防性侵害未成年人工作机制、高校建立预防性侵害和性骚扰工作机制，强化日常管理、预防排查、投诉受理和调查处置，并履行教职员入职查询义务。',
      en: 'This school (kindergarten, training institution) regulation has no mechanism against sexual abuse and harassment. The plans require schools to set one up — daily management, screening, complaints and investigation — and to run the statutory background check on staff.',
    },
    suggestion: {
      zh: '增加：预防性侵害、性骚扰的工作机制（责任部门、行为规范、投诉渠道、调查处置、保密和反报复）；教职员工入职查询性侵违法犯罪信息；开设防性侵、防性骚扰教育课程。',
      en: 'Add: a prevention mechanism (responsible office, code of conduct, complaint channel, investigation, confidentiality, no retaliation); background checks of staff for sexual offences; prevention education for students.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(二)妇女与教育 › 策略措施 › (11)',
        quote: '中小学校建立完善预防性侵害未成年人工作机制，高校建立完善预防性侵害和性骚扰工作机制',
        law: '《中华人民共和国未成年人保护法》',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(二)妇女与教育 › 策略措施 › (12)',
        quote: '中小学校建立完善预防性侵未成年人工作机制，强化日常管理、预防排查、投诉受理和调查处置',
        law: '《中华人民共和国未成年人保护法》',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '儿童规划 › (五)儿童与法律保护 › 策略措施 › (12)',
        quote: '建立教职员准入查询性侵违法犯罪信息制度，严格落实外籍教师无犯罪证明备案制度',
        law: '《中华人民共和国未成年人保护法》',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某中学校园管理规定\n一、学生应当遵守校规校纪。\n二、教职工应当为人师表。\n三、班主任负责班级管理。',
        '某幼儿园安全管理制度\n本园教职工须严格执行接送制度。幼儿须由家长接送。园长为安全第一责任人。',
        '某培训机构学员管理办法\n学员应当按时上课。教师不得体罚学员。校长负责日常管理。',
        '某小学教师行为规范\n教师应当关爱学生。教师不得有偿补课。校长负责监督。',
        '某大学学生管理规定\n本校学生应当遵守国家法律。学生不得夜不归宿。辅导员负责日常管理。',
      ],
      pass: [
        '某中学校园管理规定\n一、学生应当遵守校规校纪。\n二、学校建立预防性侵害、性骚扰工作机制，设立投诉渠道。\n三、班主任负责班级管理。',
        '某幼儿园安全管理制度\n本园教职工须严格执行接送制度。教职工入职前查询性侵违法犯罪信息。园长负责。',
        '关于开展读书月活动的通知\n各学校组织学生读书。',
      ],
    },
  },
  {
    id: 'cn.education.stem-girls-support-missing',
    domain: 'education',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '科技、拔尖人才培养方案未考虑女生参与', en: 'STEM or gifted-programme plan without measures for girls' },
    requirement: ['E-06'],
    check: {
      type: 'required',
      docType: {
        id: 'stemProgramme',
        any: [
          '^[^。]{0,60}?(?:科技创新(?:后备)?人才|拔尖创新人才|强基计划|科技特长生|青少年科技|少年科学院|科学营|科技创新大赛|英才计划|STEM|科学教育)[^。]{0,24}?(?:方案|办法|计划|通知|细则|指南|简章)',
        ],
        minHits: 1,
      },
      present: ['女生|女性|女童|女孩|性别|男女'],
    },
    message: {
      zh: '本文件是科技或拔尖创新人才培养方案，但没有任何针对女生参与的考虑。规划要求采取激励措施，提高女性在科学、技术、工程、数学等学科的比例，支持有意愿的女生报考理工类院校。',
      en: 'This STEM or gifted-programme plan has no measure for girls\' participation. The plans call for incentives to raise women\'s share in science, technology, engineering and mathematics and for supporting girls who want to study them.',
    },
    suggestion: {
      zh: '增加鼓励女生参与的措施（宣传动员、女科学家进校园、分性别统计参与人数、保障女生名额不低于一定比例等），并在选拔中对男女适用同一标准。',
      en: 'Add measures for girls (outreach, women scientists visiting schools, participation counted by sex, a floor for girls\' places) and apply one selection standard to both sexes.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(二)妇女与教育 › 策略措施 › (8)', quote: '采取激励措施，提高女性在科学、技术、工程、数学等学科的比例' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (二)妇女与教育 › 策略措施 › (8)', quote: '采取激励措施，提高女性在科学、技术、工程、数学等学科的比例' },
      { plan: '001_1142db6a623c33a6.txt', section: '(二)妇女与教育 › 策略措施 › (8)', quote: '支持有意愿的女生报考理工类院校' },
      { plan: '004_573b780cbee6880a.txt', section: '(二)妇女与教育 › 策略措施 › (8)', quote: '支持有意愿的女生报考理工类院校' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(二)妇女与教育 › 主要目标 › (7)', quote: '大力培养女性科技人才，女性科技人才在科技创新中的作用有效发挥' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某区青少年科技创新后备人才培养方案\n每年选拔100名学生参加集训。',
        '某中学拔尖创新人才培养实施方案\n设立实验班，配备优秀师资。',
        '2024年某市科技特长生招生简章\n报名学生须获得市级以上竞赛奖项。',
        '某市青少年科技创新大赛实施办法\n大赛设小学、初中、高中三个组别。',
        '某区少年科学院建设方案\n每校推荐5名学生。',
      ],
      pass: [
        '某区青少年科技创新后备人才培养方案\n每年选拔100名学生，鼓励女生积极报名。',
        '某中学拔尖创新人才培养实施方案\n选拔不设性别限制。',
        '关于做好秋季开学工作的通知\n各学校做好准备。',
      ],
    },
  },
  {
    id: 'cn.education.returning-mothers-learning-missing',
    domain: 'education',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '继续教育、职业培训方案未考虑因生育中断的女性', en: 'Continuing education or training plan ignoring women whose careers were interrupted by childbirth' },
    requirement: ['E-07'],
    check: {
      type: 'required',
      docType: {
        id: 'continuingEducation',
        any: [
          '^[^。]{0,60}?(?:继续教育|职业技能(?:提升)?培训|技能提升|职业培训|再就业培训|就业技能培训|成人(?:高等)?教育|社区教育|终身教育|终身学习|老年教育)[^。]{0,24}?(?:方案|办法|计划|规划|通知|细则|规定|实施意见)',
        ],
        minHits: 1,
      },
      present: ['生育|产后|返岗|妇女|女性|女职工|弹性学习|学分银行|灵活(?:学习|学制)'],
    },
    message: {
      zh: '本文件是继续教育或职业培训方案，但没有考虑因生育中断学业和职业的女性（如弹性学制、返岗培训、年龄和连续在岗条件的放宽）。规划要求关注她们的发展需求。',
      en: 'This continuing-education or training plan does not consider women whose study or careers were interrupted by childbirth (flexible study, return-to-work training, relaxed age or continuous-service conditions). The plans ask for their needs to be addressed.',
    },
    suggestion: {
      zh: '增加：对因生育中断学业、职业的女性提供弹性学习、学分保留和返岗培训；报名条件中的年龄、连续在岗年限对生育期间予以扣除或放宽。',
      en: 'Add flexible study, credit retention and return-to-work training for women whose study or careers were interrupted by childbirth; exclude or relax childbirth periods in age and continuous-service conditions.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(二)妇女与教育 › 策略措施 › (12)', quote: '关注因生育中断学业和职业女性的发展需求' },
      { plan: '001_1142db6a623c33a6.txt', section: '(二)妇女与教育 › 策略措施 › (10)', quote: '关注因生育中断学业女性和职业女性的发展需求' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(二)妇女与教育 › 策略措施 › (9)', quote: '关注因生育中断学业的女性和职业女性发展需求' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (二)妇女与教育 › 策略措施 › (12)', quote: '关注因生育中断学业和职业女性的发展需求' },
      { plan: '004_573b780cbee6880a.txt', section: '(二)妇女与教育 › 策略措施 › (9)', quote: '关注因生育中断学业和职业女性的发展需求' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某市2024年职业技能提升培训实施方案\n报名者须为连续在岗满三年的职工。',
        '某区继续教育管理办法\n继续教育学分须在当年内修满，不予延期。',
        '某县再就业培训工作方案\n培训对象为登记失业人员。',
        '某市社区教育发展规划\n建设社区学校20所。',
        '某公司职业培训管理规定\n员工每年须参加培训40学时。',
      ],
      pass: [
        '某市2024年职业技能提升培训实施方案\n对因生育中断就业的妇女开设返岗培训班。',
        '某区继续教育管理办法\n因生育等原因未修满学分的，可顺延一年。',
        '关于做好防暑降温工作的通知\n各单位落实防暑措施。',
      ],
    },
  },
  {
    id: 'cn.education.gender-research-topics-missing',
    domain: 'education',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '社科研究课题指南没有妇女或性别研究选题', en: 'Social-science research guide without women\'s or gender topics' },
    requirement: ['E-08'],
    check: {
      type: 'required',
      docType: {
        id: 'researchTopicGuide',
        any: ['^[^。]{0,60}?(?:社会科学|社科|哲学社会科学|软科学|人文社会科学|社科联)[^。]{0,24}?(?:课题指南|选题指南|项目指南|研究课题|规划项目|课题申报|项目申报)'],
        minHits: 1,
      },
      present: ['妇女|性别|女性|婚姻家庭|儿童'],
    },
    message: {
      zh: '本文件是社会科学或软科学研究课题指南，但没有妇女或性别研究选题。规划要求在社会科学规划研究基金和软科学研究计划中增加妇女或性别研究相关选题的立项比例。',
      en: 'This social-science or soft-science research guide has no women\'s or gender topics. The plans ask for more such topics in social-science funds and soft-science programmes.',
    },
    suggestion: {
      zh: '在选题指南中增加妇女发展、性别平等、婚姻家庭等研究方向，并在立项评审中予以统筹。',
      en: 'Add research directions on women\'s development, gender equality and marriage and family, and take them into account in selection.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(二)妇女与教育 › 策略措施 › (13)', quote: '在市社会科学规划研究基金和软科学研究计划中增加妇女或性别研究相关选题的立项比例' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (二)妇女与教育 › 策略措施 › (13)', quote: '在社会科学规划研究基金和软科学研究计划中增加妇女或性别研究相关选题的立项比例' },
      { plan: '001_1142db6a623c33a6.txt', section: '(二)妇女与教育 › 策略措施 › (11)', quote: '提高各类重大研究项目中妇女或性别研究相关选题的立项比例' },
    ],
    profiles: ['000', '001', '003', 'baseline'],
    examples: {
      flag: [
        '2024年度某市社会科学规划研究课题指南\n一、经济高质量发展研究\n二、乡村振兴研究',
        '某省软科学研究计划项目指南\n重点支持科技创新政策研究。',
        '某市哲学社会科学规划项目申报通知\n选题方向：城市治理、文化建设。',
        '某区社科联研究课题申报公告\n选题范围：基层治理、营商环境。',
        '某市人文社会科学研究课题指南\n一、党的建设 二、经济发展',
      ],
      pass: [
        '2024年度某市社会科学规划研究课题指南\n一、经济高质量发展研究\n二、妇女发展与性别平等研究',
        '某省软科学研究计划项目指南\n重点支持婚姻家庭政策研究。',
        '关于报送年度统计报表的通知\n各单位按时报送。',
      ],
    },
  },
];
