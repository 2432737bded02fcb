/**
 * 妇女与法律: gender-equality assessment of drafts, sexual-harassment mechanisms, domestic violence, inheritance,
 * marital property, background checks for child-contact posts and legal aid.
 */
import type { Rule } from '../lib/engine/types.ts';
import { docTypes } from './doctypes.ts';

/** A gap that does not cross a negation: 家暴不是家务事 must not read as 家暴…是家务事. */
const GAP = '[^。;不非]{0,20}?';

export const lawRules: Rule[] = [
  {
    id: 'cn.law.gender-equality-assessment',
    domain: 'law',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    requirement: ['L-01'],
    title: { zh: '涉及妇女权益的草案未见性别平等评估', en: "Draft touching women's rights without a gender-equality assessment" },
    check: {
      type: 'required',
      docType: docTypes.womenRightsDraft,
      present: ['性别平等评估|性别(?:影响)?评估|性别平等咨询评估|男女平等基本国策|两性的?现实差异|妇女的特殊利益|性别视角'],
      triggers: [],
    },
    message: {
      zh: '本草案涉及妇女权益，但未见性别平等评估的记载，也未体现男女平等基本国策。规划要求法规政策制定前研判、决策中贯彻、实施后评估，充分考虑两性的现实差异和妇女的特殊利益。',
      en: "The draft touches women's rights but records no gender-equality assessment and does not refer to the basic state policy of sex equality. The plans require assessment before, during and after adoption, considering the real differences between women and men and women's specific interests.",
    },
    suggestion: {
      zh: '提交法规政策性别平等评估，在起草说明中写明评估结论；在总则中写明贯彻男女平等基本国策，并对可能产生性别差异影响的条款作出调整。',
      en: 'Submit the draft to the gender-equality assessment of laws and policies and record its conclusion in the drafting notes; state the basic state policy of sex equality in the general provisions and adjust clauses with unequal effects.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(六)妇女与法律 › 主要目标 › (2)', quote: '促进法规政策性别平等评估机制有效运行' },
      { plan: '001_1142db6a623c33a6.txt', section: '(八)妇女与法律 › 主要目标 › (2)', quote: '法规政策性别平等评估机制建设规范化并有效运行' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(八)妇女与法律 › 主要目标 › (2)', quote: '促进法规政策性别平等评估机制规范化建设和有效运行' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (六)妇女与法律 › 主要目标 › (2)', quote: '促进法规政策性别平等评估机制有效运行' },
      { plan: '004_573b780cbee6880a.txt', section: '第一章 指导思想和基本原则 › (二)基本原则 › (2)', quote: '在制定地方法规政策、编制规划纲要、安排部署工作中充分考虑两性的现实差异和妇女的特殊利益' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX市女职工劳动保护办法（征求意见稿）\n第一条 为保护女职工合法权益，制定本办法。\n第五条 女职工在孕期不能适应原劳动的，用人单位应当予以减轻劳动量。',
        'XX省反家庭暴力条例（草案）\n第一条 为了预防和制止家庭暴力，保护家庭成员特别是妇女、儿童的合法权益，制定本条例。',
        'XX市促进生育支持若干措施（征求意见稿）\n一、延长生育假，女职工生育子女的，增加产假60天。',
        '关于进一步保障农村妇女土地权益的实施意见（送审稿）\n保障妇女在土地承包中的平等权利，推动男女平等。',
        'XX县女性就业促进办法（修订草案）\n第三条 用人单位招用人员，不得以性别为由拒绝录用妇女。',
      ],
      pass: [
        'XX市女职工劳动保护办法（征求意见稿）\n第一条 为保护女职工合法权益，贯彻男女平等基本国策，制定本办法。\n附：本办法已经市妇儿工委组织性别平等评估。',
        'XX市妇女发展规划（2021-2030年）（征求意见稿）\n保障妇女合法权益，促进男女平等。',
        '中华人民共和国妇女权益保障法\n第一条 为了保障妇女的合法权益，促进男女平等和妇女全面发展，制定本法。',
      ],
    },
  },
  {
    id: 'cn.law.workplace-sexual-harassment-mechanism',
    domain: 'law',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    requirement: ['L-02'],
    title: { zh: '单位规章制度缺少预防和制止性骚扰的机制', en: 'Workplace rules without a sexual-harassment prevention mechanism' },
    check: {
      type: 'required',
      docType: docTypes.labourRules,
      present: ['性骚扰|性侵害|猥亵|骚扰'],
      triggers: [],
    },
    message: {
      zh: '本规章制度没有预防和制止性骚扰的内容。用人单位应当建立预防和制止性骚扰的工作机制，包括禁止性规定、投诉渠道、调查处置和保护措施。',
      en: 'The rules say nothing on sexual harassment. Employers must set up a mechanism to prevent and stop it, with a clear ban, a complaint channel, investigation and handling, and protection.',
    },
    suggestion: {
      zh: '增加专章或专条：禁止任何形式的性骚扰（含利用职权、从属关系实施的）；明确负责部门、投诉电话或邮箱；规定调查处置程序、保密和禁止打击报复；定期开展培训。',
      en: 'Add a chapter or clause: ban sexual harassment in any form (including through power or subordination); name the responsible department and a complaint phone or e-mail; set out investigation and handling, confidentiality and protection from retaliation; train staff regularly.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(三)妇女与经济 › 策略措施 › (9)', quote: '指导用人单位建立预防和制止性骚扰工作机制', law: '《中华人民共和国民法典》第一千零一十条；《女职工劳动保护特别规定》' },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (六)妇女与法律 › 策略措施 › (8)',
        quote: '推动机关、企事业、学校、社会组织等单位建立预防和制止性骚扰工作机制，加强日常管理、预防排查、受理投诉和调查处置，预防和制止利用职权、从属关系等实施性骚扰',
      },
      { plan: '001_1142db6a623c33a6.txt', section: '(三)妇女与经济 › 策略措施 › (9)', quote: '指导用人单位建立预防和制止性骚扰工作机制' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(三)妇女与经济 › 策略措施 › (6)', quote: '指导用人单位建立预防和制止性骚扰工作机制' },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (7)', quote: '推动机关、企业、学校等单位采取合理的预防、受理投诉、调查处置等措施，防止和制止利用职权、从属关系等实施性骚扰' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX有限公司员工手册\n第一章 总则 本公司员工应当遵守本手册。\n第三章 考勤 员工迟到、早退30分钟以内的，扣发当日绩效。\n第六章 奖惩 员工违反公司规定的，视情节给予警告、记过、解除劳动合同。',
        'XX科技公司考勤管理制度\n一、本公司实行标准工时制。\n二、员工应按时打卡，迟到三次以上按旷工半天处理。',
        'XX集团薪酬管理办法\n本集团员工薪酬由基本工资和绩效工资构成。\n员工事假期间不发放绩效工资，旷工按日扣发工资。',
        'XX厂用工管理规定\n本厂职工必须服从生产安排。\n迟到、早退按厂规处理。',
        'XX公司请休假管理办法\n本公司员工请假须提前填写请假单。\n病假须提交医院证明。',
      ],
      pass: [
        'XX有限公司员工手册\n本公司员工应当遵守本手册。\n员工迟到、早退按规定处理。\n第八章 禁止性骚扰 公司禁止任何形式的性骚扰，员工可向人力资源部投诉，公司将及时调查处理并保密。',
        '关于召开职工代表大会的通知\n定于下周召开公司职工代表大会。',
        '女职工劳动保护特别规定\n第五条 用人单位不得因女职工怀孕、生育、哺乳降低其工资。',
      ],
    },
  },
  {
    id: 'cn.law.school-sexual-harassment-mechanism',
    domain: 'law',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    requirement: ['L-02', 'E-05'],
    title: { zh: '学校管理制度缺少预防性骚扰、性侵害的机制', en: 'School rules without a mechanism against sexual harassment and abuse' },
    check: {
      type: 'required',
      docType: docTypes.schoolRules,
      present: ['性骚扰|性侵害|性侵|猥亵|骚扰|防性侵'],
      triggers: [],
    },
    message: {
      zh: '本学校（机构）管理制度没有预防和处置性骚扰、性侵害的内容。学校应当建立预防和制止性骚扰、性侵害的工作机制，包括教职工行为禁止、报告投诉渠道和调查处置程序。',
      en: 'These school rules say nothing on sexual harassment or abuse. Schools must set up a mechanism to prevent and stop it: conduct bans for staff, reporting and complaint channels, and investigation and handling.',
    },
    suggestion: {
      zh: '增加：禁止教职工对学生实施性骚扰、性侵害；设立投诉举报渠道和专门负责人；规定调查处置、报告公安机关和保护受害学生隐私的程序；开展防性侵教育。',
      en: 'Add: a ban on staff sexually harassing or abusing students; complaint and reporting channels with a named person in charge; procedures for investigation, reporting to the police and protecting victims\' privacy; education on preventing sexual abuse.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(六)妇女与法律 › 策略措施 › (8)',
        quote: '推动机关、企事业、学校、社会组织等单位建立预防和制止性骚扰工作机制，加强日常管理、预防排查、受理投诉和调查处置，预防和制止利用职权、从属关系等实施性骚扰',
      },
      { plan: '001_1142db6a623c33a6.txt', section: '(八)妇女与法律 › 策略措施 › (8)', quote: '在机关、企业、学校等单位建立相关工作机制，预防和制止利用职权、从属关系等实施性骚扰' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(八)妇女与法律 › 策略措施 › (8)', quote: '推动机关、企业、学校等单位建立相关工作机制，预防和制止利用职权、从属关系等实施性骚扰' },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (六)妇女与法律 › 策略措施 › (8)',
        quote: '推动机关、企事业、学校、社会组织等单位建立预防和制止性骚扰工作机制，加强日常管理、预防排查、受理投诉和调查处置，预防和制止利用职权、从属关系等实施性骚扰',
      },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (7)', quote: '推动机关、企业、学校等单位采取合理的预防、受理投诉、调查处置等措施，防止和制止利用职权、从属关系等实施性骚扰' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX中学教职工管理规定\n第一条 本校教职工应当遵守职业道德。\n第五条 教师不得体罚学生。\n第八条 班主任负责班级日常管理。',
        'XX小学学生管理办法\n一、学生应当按时到校。\n二、学生不得携带手机进入教室。\n三、班主任每周召开班会。',
        'XX职业院校学生宿舍管理规定\n本校学生应当遵守宿舍作息时间。\n学生不得留宿外来人员。\n辅导员定期检查宿舍。',
        'XX幼儿园安全管理制度\n本园教职工应当做好幼儿接送登记。\n教师不得擅离岗位。\n园长为安全第一责任人。',
        'XX培训机构管理办法\n本机构教师应当持证上岗。\n学员应当遵守上课纪律。\n校长负责日常管理。',
      ],
      pass: [
        'XX中学教职工管理规定\n本校教职工应当遵守职业道德。\n教师不得体罚学生，严禁对学生实施性骚扰、性侵害。\n班主任负责班级管理。',
        'XX市小学语文教材编写指南\n教材编写应当体现社会主义核心价值观。',
        '教育局召开全市中小学校长会议。',
      ],
    },
  },
  {
    id: 'cn.law.domestic-violence-response',
    domain: 'law',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    requirement: ['L-03'],
    title: { zh: '反家庭暴力文件缺少强制报告、告诫书、保护令或庇护措施', en: 'Domestic-violence document without reporting duty, warnings, protection orders or shelter' },
    check: {
      type: 'required',
      docType: docTypes.domesticViolence,
      present: ['强制报告|告诫书|人身安全保护令|保护令|庇护'],
      triggers: [],
    },
    message: {
      zh: '本文件涉及家庭暴力，但没有强制报告、告诫书、人身安全保护令或临时庇护等法定措施。这些是反家庭暴力法为受害人提供的基本保护。',
      en: 'The document deals with domestic violence but sets out none of the statutory measures — mandatory reporting, written warnings, personal-safety protection orders or temporary shelter — that are the basic protections for victims.',
    },
    suggestion: {
      zh: '增加：学校、幼儿园、医疗机构、居（村）委会等的强制报告义务；公安机关出具告诫书；协助受害人申请人身安全保护令；临时庇护场所的设置与转介。',
      en: 'Add: the reporting duty of schools, kindergartens, hospitals and residents\' or village committees; police written warnings; help for victims to apply for protection orders; temporary shelters and referral.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(六)妇女与法律 › 策略措施 › (4)', quote: '落实学校、幼儿园、医疗机构等相关主体强制报告义务', law: '《中华人民共和国反家庭暴力法》' },
      { plan: '001_1142db6a623c33a6.txt', section: '(八)妇女与法律 › 策略措施 › (4)', quote: '强化相关主体履行强制报告义务', law: '《中华人民共和国反家庭暴力法》' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(八)妇女与法律 › 策略措施 › (4)', quote: '强化相关主体强制报告意识，履行强制报告义务', law: '《中华人民共和国反家庭暴力法》' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (六)妇女与法律 › 策略措施 › (4)', quote: '落实学校、幼儿园、医疗机构等相关主体强制报告义务', law: '《中华人民共和国反家庭暴力法》' },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (3)', quote: '推动强制报告、紧急庇护、告诫、人身保护令等法律制度在司法实践中的落实', law: '《中华人民共和国反家庭暴力法》；《内蒙古自治区反家庭暴力条例》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX县反家庭暴力工作实施方案\n一、加强宣传教育，营造反对家庭暴力的良好氛围。\n二、各村（社区）要及时排查化解家庭矛盾纠纷。',
        'XX市婚姻家庭纠纷调解工作规程\n第一条 本规程适用于婚姻家庭纠纷的调解。\n第八条 调解中发现家庭暴力的，调解员应当做好记录。',
        'XX区家庭暴力防治工作方案\n各部门要加强协作，做好家庭暴力预防工作，开展宣传进社区活动。',
        'XX街道反家暴工作机制\n网格员负责排查辖区家庭暴力隐患，建立工作台账。',
        'XX县反家庭暴力联席会议制度\n联席会议由县妇联牵头，定期研究家庭暴力防治工作。',
      ],
      pass: [
        'XX县反家庭暴力工作实施方案\n学校、医疗机构等发现家庭暴力应当依法强制报告；公安机关依法出具告诫书；协助受害人申请人身安全保护令。',
        'XX区家庭暴力防治工作方案\n设立临时庇护场所，为受害人提供庇护和救助。',
        '反对一切形式的家庭暴力。',
      ],
    },
  },
  {
    id: 'cn.law.domestic-violence-privatisation',
    domain: 'law',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    requirement: ['L-04'],
    title: { zh: '把家庭暴力当作家务事、阻碍报警或要求妇女顺从', en: 'Domestic violence treated as a private matter, reporting obstructed, or wifely obedience required' },
    check: {
      type: 'pattern',
      triggers: ['家庭暴力', '家暴', '打骂', '殴打', '动手', '外扬', '声张', '私了', '打架', '吵架', '报警', '立案', '撤回', '和睦', '完整', '顺从', '服从', '听从', '三从四德', '夫唱妇随', '出嫁从夫', '伤情鉴定', '告诫书', '保护令', '找原因', '忍让', '忍耐', '隐忍', '委曲求全', '顾全大局', '息事宁人', '维持婚姻', '维系婚姻', '维持家庭', '凑合'],
      patterns: [
        // 家庭暴力属于家庭内部矛盾
        `(?:家庭暴力|家暴)${GAP}(?:属于|属|系|是|视为|作为)(?:家庭)?(?:内部矛盾|家务事|家事|家庭纠纷|私事|家庭琐事|正常(?:的)?家庭矛盾|一般家庭矛盾|家庭内部矛盾)`,
        // 不宜报警 / 不予立案
        '(?:不宜|不要|不必|不予|无需|避免|一般不|原则上不|一律不)(?:报警|报案|立案|出警|受理|介入|干预|处理)',
        // 一般不建议当事人报警 / 以免影响家庭名声 / 家丑不可外扬
        '(?:一般|原则上)?不(?:建议|提倡|鼓励|主张)(?:当事人|受害人|受害方|双方|妇女|女方)?(?:报警|报案|起诉|立案)|以免[^。;]{0,12}?(?:家庭名声|家丑外扬|家庭声誉|和气|颜面|面子|脸面|名声)|家丑不(?:可|能|宜)?外扬',
        // 打骂…原则上在家庭内部化解，不报警、不外扬 / 由双方家族私下了结
        '(?:打骂|殴打|动手|家暴|家庭暴力|打人|施暴|推搡|打老婆|打妻子|打媳妇)[^。]{0,40}?(?<hit>(?:原则上|一般|尽量|应当?|要|须)?(?:在|由|交由)?(?:家庭|家族|家里|家中|族内|双方家族|双方家庭|亲属|长辈)(?:内部)?[^,;。]{0,4}?(?:化解|解决|消化|了结|私了|调停|处理)(?:[^。]{0,6}?不(?:报警|报案|外扬|声张|外传|张扬|上报))*)',
        // 不报警、不外扬
        '(?<hit>不(?:报警|报案|求助)[、,]?不?(?:外扬|声张|外传|张扬|上报))',
        // 劝导受害妇女主动撤回报警
        '(?:劝导|劝说|动员|引导|要求|督促)(?:受害(?:妇女|人|方)|妇女|女方|妻子)?[^。;]{0,16}?(?:撤回|撤销|放弃)(?:报警|报案|起诉|申请|诉讼|告诉|投诉|离婚)',
        // 以家庭和睦为重 / 以维护家庭完整为首要目标
        '以(?:维护|保持|促进)?(?:家庭和睦|家庭完整|家庭稳定|夫妻和好|不离婚|劝和)(?:为重|为首要(?:目标|任务)?|为主要目标|为前提|为原则)',
        // 须先提供伤情鉴定，方可申请告诫书
        '(?:须|需|应当?|必须)(?:先|首先)?(?:提供|出具|取得)[^。;]{0,12}?(?:伤情鉴定|鉴定意见|验伤|证人证言|两名以上证人)[^。;]{0,8}?(?:方可|才能|才可|后方可)[^。;]{0,8}?(?:申请|出具|受理|报警|立案)',
        // 夫妻吵架动手属于正常家庭矛盾，不认定为家庭暴力
        '(?:打骂|动手|吵架|打架|推搡|扇耳光)[^。;不非]{0,16}?(?:属于|属|是|系)(?:正常|一般)?(?:的)?(?:家庭内部矛盾|家庭矛盾|内部矛盾|家务事|家事|夫妻矛盾|家庭纠纷|私事|家庭琐事)',
        '(?:打骂|动手|吵架|打架|推搡|扇耳光)[^。]{0,24}?不(?:认定|视)为家庭暴力',
        // 尽量不报警、不出具告诫书 / 最好不申请保护令
        '(?:尽量|尽可能|最好|尽力|能调则调,?)(?:不|不要|避免|少)(?:报警|报案|立案|出警|介入|干预|出具告诫书|发放告诫书|出具家庭暴力告诫书|申请(?:人身安全)?保护令|起诉|诉讼)',
        '(?:不|不再|不予)(?:出具|发放|制发)(?:家庭暴力)?告诫书',
        // 首先从女方自身找原因
        '(?:从|在)(?:女方|妻子|妇女|受害(?:人|方|妇女)|被害人|当事妇女)(?:自身|身上|自己身上|自己)(?:找|查找|寻找|检讨)(?:原因|问题|不足)',
        // 劝其多忍让、顾全大局
        '劝(?:导|说|解|告)?(?:其|女方|妻子|受害人|受害方|受害妇女|妇女|当事妇女)[^。;]{0,6}?(?:多|要|学会|应)?(?:忍让|忍耐|隐忍|忍一忍|委曲求全|顾全大局|息事宁人)',
        // 为了孩子维持婚姻
        '为了?(?:孩子|子女|家庭|老人)[^,;。]{0,6}?(?:维持|维系|保全|凑合|不要离婚|不离婚)(?:婚姻|家庭|下去)?',
        // 妇女应孝敬公婆、顺从丈夫
        '(?:顺从|服从|听从)(?:丈夫|男方|公婆|夫家)|三从四德|夫唱妇随|出嫁从夫',
      ],
      when: [{ any: ['家庭暴力|家暴|打骂|殴打|动手|打架|吵架|夫妻|丈夫|妻子|公婆|夫家|媳妇|家庭|婚姻|受害|女方|离婚|家丑'], scope: 'sentence' }],
      unless: [
        { any: ['批判|摒弃|破除|反对|抵制|陈规陋习|糟粕'], scope: 'sentence' },
        // Ordinary procedure: 不构成犯罪的，不予立案.
        { any: ['不构成|证据不足|不属于|没有犯罪事实|依法不'], scope: 'clause' },
      ],
    },
    message: {
      zh: '条款把家庭暴力当作家务事或一般家庭矛盾、阻碍受害人报警和获得告诫书，或要求妇女顺从丈夫，违反预防和制止针对妇女的一切形式家庭暴力的要求。',
      en: 'The clause treats domestic violence as a private or ordinary family dispute, keeps victims from the police or from written warnings, or requires women to obey their husbands: this breaches the duty to prevent and stop all forms of domestic violence against women.',
    },
    suggestion: {
      zh: '删除该表述，改为：家庭暴力不是家务事；发现家庭暴力的应当及时报警，公安机关依法出警处置、出具告诫书，并告知受害人可以申请人身安全保护令；调解不得替代依法处置。',
      en: 'Delete it; write that domestic violence is not a private matter; that it is reported to the police, who attend, issue written warnings and tell victims they can apply for a protection order; and that mediation never replaces legal action.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(六)妇女与法律 › 主要目标 › (4)', quote: '预防和制止针对妇女的一切形式的家庭暴力', law: '《中华人民共和国反家庭暴力法》' },
      { plan: '001_1142db6a623c33a6.txt', section: '(八)妇女与法律 › 主要目标 › (4)', quote: '预防和制止针对妇女一切形式的家庭暴力', law: '《中华人民共和国反家庭暴力法》' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(八)妇女与法律 › 主要目标 › (4)', quote: '预防和制止针对妇女一切形式的家庭暴力', law: '《中华人民共和国反家庭暴力法》' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (六)妇女与法律 › 主要目标 › (4)', quote: '预防和制止针对妇女的一切形式的家庭暴力', law: '《中华人民共和国反家庭暴力法》' },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (3)', quote: '宣传倡导对家庭暴力零容忍的理念', law: '《中华人民共和国反家庭暴力法》；《内蒙古自治区反家庭暴力条例》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '家庭暴力属于家庭内部矛盾，原则上由村（居）委会调解处理，不宜报警。',
        '夫妻之间因生活琐事发生打骂的，以批评教育为主，不予立案。',
        '受害人须先提供伤情鉴定意见，方可申请出具告诫书。',
        '调解员应劝导受害妇女以家庭和睦为重，主动撤回报警。',
        '婚姻家庭纠纷调解以维护家庭完整为首要目标。',
        '夫妻吵架动手属于正常家庭矛盾，不认定为家庭暴力。',
        '妇女应孝敬公婆、顺从丈夫。',
        '邻里、夫妻之间推搡打骂属家事，网格员原则上不介入。',
        '发生家暴的，一般不建议受害人报警，以免影响家庭名声。',
        '对于夫妻间的轻微打骂，应尽量不报警、不出具告诫书，避免激化矛盾。',
        '女方要求离婚的，调解员应首先从女方自身找原因。',
        '网格员要劝导受害妇女多忍让、顾全大局，为了孩子维持婚姻。',
        '家庭暴力情节轻微的，公安机关原则上不出具告诫书，交由社区调解。',
        '婚姻危机干预中，社工应劝其委曲求全，为了孩子凑合过下去。',
        '夫妻之间偶有打骂，由双方家族长辈出面劝和，原则上在家庭内部化解，不报警、不外扬。',
        '丈夫动手打人的，一般由家族长辈私下了结，以免伤了两家和气。',
        '对家暴事件做到不报案、不声张，维护家庭稳定。',
      ],
      pass: [
        '反对一切形式的家庭暴力。',
        '家庭暴力情节较轻、依法不给予治安管理处罚的，由公安机关对加害人给予批评教育或者出具告诫书。',
        '调解中发现家庭暴力的，应当及时报警，并告知受害人可以申请人身安全保护令。',
        '家暴不是家务事，发现家暴要及时报警。',
        '破除“三从四德”等封建糟粕，倡导男女平等的家庭观念。',
        '公安机关接到家庭暴力报案后应当及时出警，不得推诿、不予受理。',
        '调解员不得劝说受害妇女忍让，不得以“为了孩子”为由要求其维持婚姻。',
        '邻里纠纷调解中，调解员劝双方互谅互让、相互忍让。',
        '调解员应当尽量避免当事人情绪激化，发现家庭暴力的及时报警。',
        '夫妻双方应当为了子女的健康成长共同承担抚养责任。',
        '对家庭暴力情节较轻的加害人，公安机关应当依法出具告诫书。',
        '家庭矛盾纠纷原则上在家庭内部化解，邻里纠纷由村调解委员会调处。',
        '遇有家庭暴力的，受害人可向村委会、村妇联反映，也可拨打110报警。',
        '发生家庭暴力的，不得以“家丑不外扬”为由劝阻受害人报警，不得要求在家庭内部私了。',
      ],
    },
  },
  {
    id: 'cn.law.daughters-inheritance',
    domain: 'law',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    requirement: ['L-07'],
    title: { zh: '限制女儿、出嫁女或丧偶妇女的继承权', en: "Daughters', married-out or widowed women's inheritance restricted" },
    check: {
      type: 'pattern',
      triggers: ['继承', '承继', '继续经营', '继续承包', '继续使用'],
      patterns: [
        // 出嫁女不得继承父母的宅基地和房屋
        '(?:出嫁女|外嫁女|已出嫁的女儿|出嫁的女儿|女儿|闺女|丧偶妇女|寡妇|儿媳|妻子|遗孀)[^。;]{0,16}?(?:不得|不能|无权|不享有|不再享有|不予|不参与|不参加)(?:参与)?(?:继承|承继|享有继承)',
        // 集体股权只能由男性子女继承 / 承包地由其儿子继续经营 / 由本家族近亲男性继承
        '(?:只能|仅限|仅能|一律|均|应当?|须)?由(?:其)?(?:男性子女|儿子|男丁|长子|男孙|男性(?:后代|继承人|近亲属|子孙)?|本家族(?:近亲)?男性|家族(?:近亲)?男性|近亲男性)(?:[^。;]{0,12}?并)?(?:继承|承继|继续经营|继续承包|继承使用|继续使用)',
        // 出嫁的女儿应当尊重习俗，自愿放弃继承
        '(?:出嫁女|外嫁女|已出嫁的女儿|出嫁的女儿|女儿|闺女)[^。;]{0,10}?(?:应当?|须|要|一般)[^。;]{0,12}?(?:放弃|让出|退出)(?:继承|遗产|继承权)',
        // 女儿不参与分配（继承情形）
        '(?:女儿|出嫁女|闺女)[^。;]{0,6}?(?:不参与|不参加|不享有|不得参与)(?:遗产)?(?:分配|分割)',
      ],
      when: [{ any: ['继承|承继|遗产|去世|死亡|过世|亡故|身故|户主'], scope: 'sentence' }],
      unless: [{ any: ['遗嘱|协商一致'], scope: 'clause' }],
    },
    message: {
      zh: '条款排除或限制女儿、出嫁女、丧偶妇女的继承权，或规定遗产、股权、承包经营只能由男性继承。继承权男女平等，子女平等继承父母遗产，夫妻互相继承遗产。',
      en: 'The clause excludes or limits the inheritance of daughters, married-out daughters or widows, or reserves estates, shares or contracted land to male heirs. Men and women inherit equally: children equally from their parents, spouses from each other.',
    },
    suggestion: {
      zh: '删除按性别、婚姻状况区别继承的内容，改为：子女平等继承父母遗产，夫妻互相继承遗产，不因性别、婚姻状况有所区别；集体股权、承包经营权依法继承。',
      en: 'Remove distinctions by sex or marital status; write that children inherit equally from their parents and spouses from each other, whatever their sex or marital status, and that collective shares and contracted land pass by law.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(六)妇女与法律 › 策略措施 › (10)', quote: '保障妇女依法享有夫妻互相继承遗产、子女平等继承遗产的权利', law: '《中华人民共和国民法典》继承编（继承权男女平等）' },
      { plan: '001_1142db6a623c33a6.txt', section: '(八)妇女与法律 › 策略措施 › (10)', quote: '保障妇女依法享有夫妻互相继承遗产、子女平等继承遗产的权利', law: '《中华人民共和国民法典》继承编（继承权男女平等）' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(八)妇女与法律 › 策略措施 › (10)', quote: '依法享有夫妻互相继承遗产、子女平等继承遗产的权利', law: '《中华人民共和国民法典》继承编（继承权男女平等）' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (六)妇女与法律 › 策略措施 › (10)', quote: '保障妇女依法享有夫妻互相继承遗产、子女平等继承遗产的权利', law: '《中华人民共和国民法典》继承编（继承权男女平等）' },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (9)', quote: '保障妇女依法享有夫妻互相继承遗产、子女平等继承父母遗产的权利', law: '《中华人民共和国民法典》继承编（继承权男女平等）' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '出嫁女不得继承父母的宅基地和房屋。',
        '集体股权只能由男性子女继承。',
        '户主去世后，承包地由其儿子继续经营，女儿不参与分配。',
        '丧偶妇女不得继承亡夫的集体股份，由其子女或公婆继承。',
        '无儿子的家庭，其房产由本家族近亲男性继承。',
        '老人的宅基地和房屋由长子负责养老送终并继承。',
        '已出嫁的女儿应当顾全大局，放弃继承娘家房产。',
      ],
      pass: [
        '子女平等继承父母遗产，不因性别、婚姻状况有所区别。',
        '集体股权可以依法继承。',
        '有遗嘱的，按照遗嘱办理。',
        '户主去世后，由其配偶或子女继续承包。',
        '继承人可以书面表示放弃继承。',
      ],
    },
  },
  {
    id: 'cn.law.marital-property-divorce',
    domain: 'law',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    requirement: ['L-08'],
    title: { zh: '离婚妇女财产权益被剥夺或共同财产由男方单方支配', en: "Divorced women's property taken, or joint property controlled by the husband alone" },
    check: {
      type: 'pattern',
      triggers: ['离婚', '离异', '户主', '共有', '共同财产', '登记', '补偿款', '安置款'],
      patterns: [
        // 离婚时女方不得要求分割宅基地上的房屋
        '离(?:婚|异)(?:后|的|时)?[^。]{0,20}?(?:妇女|女方|妻子)[^。;]{0,20}?(?:不得|不能|无权|不予|不再)(?:要求)?(?:分割|分得|分配|享有|享受|继续享有|保留|继续使用)',
        // 离婚妇女…由原夫家继续使用 / 自动并入男方户
        '离(?:婚|异)(?:的|后)?(?:妇女|女方|后女方)[^。]{0,30}?(?:由(?:原)?(?:夫家|男方|丈夫|前夫)(?:家庭|户)?(?:继续)?(?:使用|经营|所有|占有|收回|管理)|自动(?:并入|归入|划归|转入)(?:男方|夫家|原户|前夫))',
        // 补偿款全额支付给户主
        '(?:补偿款|安置款|征收款|补偿费|分红款?)[^。;]{0,10}?(?:全额|全部|一律|统一)(?:支付|发放|拨付|打入|汇入)(?:给|至|到)?户主',
        // 夫妻共有房产抵押，户主一方签字即可
        '(?:夫妻)?共(?:有|同)(?:的)?(?:财产|房产|房屋|不动产|股权)[^。;]{0,16}?(?:户主|男方|丈夫)(?:一方|单方|本人)?(?:签字|签名|同意|确认)即可',
        // 房产证只写男方
        '(?:房产|不动产|宅基地|房屋|土地承包经营|承包经营|承包)(?:使用)?(?:权)?(?:证书?|登记)[^。;]{0,10}?(?:只|仅|一律)(?:写|登记|记载|载明|填写)(?:男方|户主|丈夫)',
      ],
      when: [{ any: ['离婚|离异|夫妻|户主|共有|妇女|女方|男方|丈夫|妻子|夫家|补偿|配偶'], scope: 'sentence' }],
      unless: [{ any: ['(?:家庭成员|共有人|双方)(?:共同)?(?:签字|签名|确认|同意)|按人(?:口)?(?:分配|发放)|载明(?:双方|夫妻双方)'], scope: 'sentence' }],
    },
    message: {
      zh: '条款使离婚妇女失去土地、宅基地、房屋或股份权益，或让户主、男方单方支配夫妻共同财产和补偿款。夫妻对共同财产享有平等的知情权和处理权，离婚时妇女依法获得土地、房屋、股份等权益。',
      en: 'The clause strips divorced women of land, homestead, housing or share rights, or lets the household head or husband alone control joint property or compensation. Spouses have equal rights to know about and dispose of joint property, and women keep their land, housing and share rights on divorce.',
    },
    suggestion: {
      zh: '删除该表述，改为：夫妻共有的不动产登记为共同共有并载明双方姓名，处分须经双方同意；补偿款按家庭成员份额发放；离婚妇女依法享有土地承包、宅基地、房屋和股份权益。',
      en: 'Delete it; write that joint real property is registered in both names and disposed of only with both spouses\' consent, that compensation is paid in each family member\'s share, and that divorced women keep their land, homestead, housing and share rights.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(六)妇女与法律 › 策略措施 › (10)', quote: '保障夫妻对共同财产享有平等的知情权、处理权', law: '《中华人民共和国民法典》婚姻家庭编' },
      { plan: '001_1142db6a623c33a6.txt', section: '(八)妇女与法律 › 策略措施 › (10)', quote: '离婚时，保障妇女依法获得土地、房屋、股份等权益' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(八)妇女与法律 › 策略措施 › (10)', quote: '认定和分割夫妻共同财产、认定和清偿夫妻共同债务时，切实保障妇女合法权益' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (六)妇女与法律 › 策略措施 › (10)', quote: '离婚时，保障妇女依法获得土地、房屋、股份等权益' },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (9)', quote: '保障夫妻对共同财产享有平等的知情权、处理权' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '离婚妇女户口未迁出的，其承包地、宅基地由原夫家继续使用。',
        '离婚后女方所持股权自动并入男方户。',
        '拆迁安置协议由户主签订，补偿款全额支付给户主。',
        '夫妻共有房产抵押，户主一方签字即可办理。',
        '离婚时女方不得要求分割宅基地上的房屋。',
        '宅基地使用权登记只写男方姓名。',
      ],
      pass: [
        '夫妻共有的不动产，应当登记为共同共有并载明双方姓名。',
        '离婚时，夫妻共同财产依法分割。',
        '补偿款按人口分配，直接发放到每位家庭成员账户。',
        '离婚时，保障妇女依法获得土地、房屋、股份等权益。',
      ],
    },
  },
  {
    id: 'cn.law.sex-offence-record-check',
    domain: 'law',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    requirement: ['L-06'],
    title: { zh: '教育、托育等机构招聘未规定性侵害违法犯罪记录查询', en: 'School or childcare recruitment without a sexual-offence record check' },
    check: {
      type: 'required',
      docType: docTypes.educationRecruitment,
      present: ['入职查询|从业禁止|从业限制|性侵害|性侵|猥亵|违法犯罪(?:记录|信息|情况)|犯罪记录|无犯罪|有无犯罪'],
      triggers: [],
    },
    message: {
      zh: '本招聘公告针对学校、幼儿园、托育或培训等密切接触未成年人和妇女的岗位，但未规定性侵害等违法犯罪记录查询。规划要求落实从业禁止制度。',
      en: 'This recruitment is for schools, kindergartens, childcare or training posts in close contact with minors and women, but it sets no check against sexual-offence records. The plans require the employment ban to be applied.',
    },
    suggestion: {
      zh: '在报名条件或考察环节增加：对拟聘人员进行性侵害等违法犯罪信息入职查询，有性侵害、虐待、拐卖、暴力伤害等违法犯罪记录的，不予聘用。',
      en: 'Add to the eligibility or vetting stage: a pre-employment check of candidates against sexual-offence and other violent-crime records, and no hiring of anyone with such a record.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(六)妇女与法律 › 策略措施 › (7)', quote: '建立性侵害的违法犯罪人员信息查询系统，完善和落实从业禁止制度', law: '《中华人民共和国未成年人保护法》（入职查询）' },
      { plan: '001_1142db6a623c33a6.txt', section: '(八)妇女与法律 › 策略措施 › (7)', quote: '建立性侵害的违法犯罪人员信息查询系统，完善和落实从业禁止制度' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(八)妇女与法律 › 策略措施 › (7)', quote: '完善和落实涉性侵害违法犯罪人员从业禁止制度' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (六)妇女与法律 › 策略措施 › (7)', quote: '建立性侵害的违法犯罪人员信息查询系统，完善和落实从业禁止制度' },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (6)', quote: '推动落实从业限制制度' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX县2024年公开招聘幼儿园教师公告\n一、招聘岗位及人数 幼儿教师20名。\n二、报名条件 具有幼儿园教师资格证。\n三、考试 笔试和面试成绩各占50%。',
        'XX市教育局所属学校公开招聘教师简章\n报名时间：3月1日至5日。\n资格审查：报名时提交学历证书。\n体检和考察合格者拟聘用。',
        'XX托育中心招聘启事\n招聘保育员5名，要求持有保育员证，身体健康。',
        'XX区中小学临聘教师招聘方案\n一、招聘计划 小学语文教师10名。\n二、面试时间另行通知。',
        'XX少年宫招聘公告\n招聘舞蹈、美术兼职教师若干名，报名方式为现场报名。',
      ],
      pass: [
        'XX县2024年公开招聘幼儿园教师公告\n报名条件：具有幼儿园教师资格证。\n考察阶段将对拟聘用人员进行性侵害违法犯罪信息入职查询。',
        'XX市国有企业公开招聘工作人员公告\n招聘会计、出纳各1名。',
        'XX托育中心招聘启事\n招聘保育员5名，须提供无犯罪记录证明。',
      ],
    },
  },
  {
    id: 'cn.law.legal-aid-women',
    domain: 'law',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    requirement: ['L-09'],
    title: { zh: '法律援助文件未涉及妇女维权事项', en: "Legal-aid rules without women's rights matters" },
    check: {
      type: 'required',
      docType: docTypes.legalAid,
      present: ['妇女|女性|女职工|家庭暴力|家暴|性侵|婚姻家庭|三优|12338'],
      triggers: [],
    },
    message: {
      zh: '本法律援助（司法救助）文件没有面向妇女的援助事项，如家庭暴力、性侵害、婚姻家庭、劳动权益和农村集体经济组织成员权益纠纷。规划要求增加面向妇女的法律援助事项。',
      en: 'These legal-aid rules name no matters for women, such as domestic violence, sexual offences, marriage and family, labour rights or rural collective membership. The plans require more legal-aid matters for women.',
    },
    suggestion: {
      zh: '在援助事项和优先条件中增加：遭受家庭暴力、性侵害的妇女，婚姻家庭、劳动权益、农村集体经济组织成员权益纠纷中的妇女；对生活困难妇女放宽经济困难审查，实行接待优先、条件优待、服务优质。',
      en: 'Add to the covered matters and priority conditions: women facing domestic violence or sexual offences, and women in marriage, labour or rural membership disputes; relax the means test for women in hardship and give them priority, easier conditions and quality service.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(六)妇女与法律 › 策略措施 › (12)', quote: '增加面向妇女的法律援助事项' },
      { plan: '001_1142db6a623c33a6.txt', section: '(八)妇女与法律 › 策略措施 › (11)', quote: '保障妇女在刑事、民事、行政案件中享有诉讼代理和维权指导服务' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(八)妇女与法律 › 策略措施 › (11)', quote: '完善妇女法律援助接待优先、条件优待、服务优质“三优”制度' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (六)妇女与法律 › 策略措施 › (12)', quote: '增加面向妇女的法律援助事项' },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (10)', quote: '保障妇女在刑事、民事、行政案件中享有诉讼代理和维权指导服务' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX市法律援助实施办法\n第三条 公民因经济困难没有委托代理人的，可以申请法律援助。\n第八条 法律援助机构应当自收到申请之日起七日内作出决定。',
        'XX县法律援助事项范围和经济困难标准\n一、下列事项可申请法律援助：请求给予社会保险待遇、请求支付劳动报酬。\n二、经济困难标准按当地最低生活保障标准的1.5倍确定。',
        'XX区司法救助工作办法\n第二条 司法救助对象为生活面临急迫困难的当事人。\n第五条 受援人应当如实提供经济状况。',
        'XX市公共法律服务清单\n法律援助申请：经济困难的公民可申请。\n受援人须提交身份证明。',
        'XX省法律援助条例实施细则\n法律援助人员应当依法履行职责。\n受援人有权了解案件进展。',
      ],
      pass: [
        'XX市法律援助实施办法\n第三条 公民因经济困难可以申请法律援助。\n第六条 遭受家庭暴力、性侵害的妇女申请法律援助的，免予经济困难审查。',
        'XX县法律援助事项范围和经济困难标准\n受援人申请请求支付劳动报酬的，优先办理；对生活困难妇女实行“三优”服务。',
        '市司法局开展法律援助进社区活动。',
      ],
    },
  },
];
