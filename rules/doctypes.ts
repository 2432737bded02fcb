/**
 * Document-type detectors for `required` checks (and for `when` conditions at document scope).
 *
 * The engine tests each pattern against the whole COMPACT document (whitespace removed, full-width ASCII folded)
 * and counts the distinct patterns that hit; the type is detected when the count reaches `minHits`.
 *
 * The compact document starts with its title, so title cues are anchored: `^[^。]{0,60}…` (no `m` flag: `^` is the
 * start of the document). Body cues are structural phrases of the genre (报名时间, 本预案, 本村 …), not topic words: a
 * women's development plan or a news report mentions 招聘 / 应急预案 / 村规民约 as topics and must not be taken for a
 * recruitment notice, an emergency plan or village rules.
 *
 * minHits is chosen per type: where the body structure is distinctive (本预案, 报名时间 …) the title plus one cue or
 * several cues suffice; where body vocabulary is shared with plans (health) the title and the body are both needed;
 * womenRightsDraft is one pattern of lookaheads (draft marker AND regulatory title AND women's-rights terms).
 */

export interface DocType {
  id: string;
  /** Shown in the side panel and reports. */
  name?: { zh: string; en: string };
  /** Patterns tested against the whole compact document. */
  any: string[];
  /** Distinct patterns that must hit. */
  minHits: number;
}

/** Title region: the first 60 compact characters before the first 。 (title + start of the first sentence). */
const T = '^[^。]{0,60}?';
/** Draft markers near the top of the document. */
const DRAFT = '^[^。]{0,120}?(?:草案|征求意见稿|送审稿|修订稿|讨论稿|修改稿|代拟稿)';

export const docTypes = {
  /** 招聘 / 招录 / 遴选 notices and 简章. */
  recruitment: {
    id: 'recruitment',
    name: { zh: '招聘公告 / 简章', en: 'Recruitment notice' },
    any: [
      `${T}(?:招聘|招录|招考|选聘|遴选|招募|选调|聘用)[^。]{0,24}?(?:公告|简章|启事|公示|通知|方案)`,
      `${T}(?:公开招聘|公开招录|公开遴选|公开选聘|招聘启事|招聘简章|招生简章|招聘公告)`,
      '报名(?:时间|方式|办法|程序|地点|须知|及资格审查|与资格审查|和资格审查)',
      '(?:资格审查|资格复审|资格初审|资格复核)',
      '(?:笔试|面试)(?:时间|地点|内容|科目|成绩|方式|形式|入围)',
      '(?:招聘|招录|招考|选聘|遴选)(?:岗位(?:及|和|与)?(?:人数|条件|计划|表)|人数|计划表|职位表|范围和条件|对象(?:及|和|与)条件)',
      '拟(?:聘用|录用|聘)人员(?:名单|公示)?',
      '(?:体检|考察)(?:和|及|与|、)(?:考察|体检|公示|聘用|录用)',
    ],
    minHits: 2,
  },

  /** Enterprise labour rules: 劳动合同, 员工手册, 规章制度, 考勤 / 薪酬 / 用工 / 人事 管理办法. */
  labourRules: {
    id: 'labourRules',
    name: { zh: '劳动用工 / 规章制度', en: 'Labour rules and contracts' },
    any: [
      `${T}(?:劳动合同(?:书|范本|文本)?|员工手册|职工手册|(?:公司|企业|单位|集团|厂)[^。]{0,10}?规章制度|考勤(?:管理)?(?:制度|办法|规定|细则)|薪酬(?:福利)?(?:管理)?(?:制度|办法|规定|细则)|用工管理(?:制度|办法|规定|细则)|人事管理(?:制度|办法|规定|细则)|员工(?:管理|奖惩|请假|休假)(?:制度|办法|规定|细则)|请(?:休)?假(?:管理)?(?:制度|办法|规定|细则))`,
      '本(?:公司|企业|厂|集团|单位)(?:员工|职工|全体|所有|各部门|实行|根据|依据|依照)',
      '(?:迟到|早退|旷工)',
      '(?:甲方|用人单位)[^。]{0,40}?(?:乙方|劳动者)',
      '(?:员工|职工)(?:应当|应|须|必须)(?:遵守|服从|按时)',
      '(?:事假|病假)(?:须|应|需|必须)?(?:提前|经|由|提交|申请)',
    ],
    minHits: 2,
  },

  /** Company rules (规章制度, 员工手册, 考勤/薪酬/休假办法) without individual labour contracts: rules adopted by procedure. */
  companyRules: {
    id: 'companyRules',
    name: { zh: '企业规章制度', en: 'Company rules' },
    any: [
      `${T}(?:员工手册|职工手册|(?:公司|企业|单位|集团|厂)[^。]{0,10}?规章制度|考勤(?:管理)?(?:制度|办法|规定|细则)|薪酬(?:福利)?(?:管理)?(?:制度|办法|规定|细则)|用工管理(?:制度|办法|规定|细则)|人事管理(?:制度|办法|规定|细则)|员工(?:管理|奖惩|请假|休假)(?:制度|办法|规定|细则)|请(?:休)?假(?:管理)?(?:制度|办法|规定|细则)|绩效(?:考核|管理)(?:制度|办法|规定|细则))`,
      '本(?:公司|企业|厂|集团|单位)(?:员工|职工|全体|所有|各部门|实行|根据|依据|依照)',
      '(?:迟到|早退|旷工)',
      '(?:员工|职工)(?:应当|应|须|必须)(?:遵守|服从|按时)',
      '(?:事假|病假)(?:须|应|需|必须)?(?:提前|经|由|提交|申请)',
      '本(?:手册|制度|办法|规定)(?:适用于|自|由|经|解释权)',
    ],
    minHits: 2,
  },

  /** 村规民约, 居民公约, 村民自治章程, 收益分配方案, 集体经济组织成员身份确认办法. */
  villageRules: {
    id: 'villageRules',
    name: { zh: '村规民约 / 居民公约', en: 'Village or residents\' rules' },
    any: [
      `${T}(?:(?:村|嘎查村?|乡|屯|组)?规民约|居民公约|村民公约|社区公约|自治章程|(?:收益|股份|分红|征地补偿款?|补偿款)分配(?:方案|办法|实施方案|细则)|成员(?:身份|资格)(?:确认|认定|界定)(?:办法|方案|实施方案|细则|指导意见)?)`,
      '本(?:村|组|嘎查村?|村民小组|社区|居委会|集体经济组织|经济合作社|合作社|社)(?:村民|居民|牧民|成员|户籍|集体|范围|实行|依据|根据|应|的|内|实际)',
      '(?:村民|居民|社员)(?:代表)?(?:会议|大会)(?:讨论|表决|通过|决定)',
      '(?:全体)?(?:嘎查)?(?:村民|居民|牧民|成员)(?:应当|应|须|必须|要)(?:遵守|自觉|共同|学法|做到)',
    ],
    minHits: 2,
  },

  /** Construction plans and design schemes for public buildings: toilets, venues, malls, transport hubs, scenic areas. */
  publicBuilding: {
    id: 'publicBuilding',
    name: { zh: '公共厕所 / 场馆 / 商场建设规划', en: 'Public building or toilet plan' },
    any: [
      `${T}(?:公共厕所|公厕|旅游厕所|厕所|体育馆|体育场|体育中心|场馆|展览馆|会展中心|博物馆|图书馆|文化馆|文化中心|影剧院|大剧院|商场|购物中心|商业综合体|综合体|客运站|客运中心|火车站|高铁站|机场|航站楼|交通枢纽|综合枢纽|地铁站|轨道交通|服务区|景区|公园|广场|医院|门诊楼|车站)[^。]{0,30}?(?:规划|设计方案|设计说明|建设方案|实施方案|可行性研究|可研|初步设计|施工图|设计)`,
      '(?:总?建筑面积|占地面积|用地面积)',
      '(?:建设规模|建设内容|设计依据|设计原则|设计范围|功能布局|平面布置|总平面)',
      '(?:卫生间|厕位|蹲位|无障碍设施|母婴室|第三卫生间)',
    ],
    minHits: 3,
  },

  /** 应急预案 (emergency response plans). */
  emergencyPlan: {
    id: 'emergencyPlan',
    name: { zh: '突发事件应急预案', en: 'Emergency plan' },
    any: [
      `${T}(?:应急预案|应急处置预案|应急救援预案|应急处置方案|应急工作方案|应急响应方案|防汛[^。]{0,8}?预案|抗旱[^。]{0,8}?预案|救灾[^。]{0,8}?预案|防疫[^。]{0,8}?预案)`,
      '本预案',
      '(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|I|II|III|IV|一|二|三|四)级(?:应急)?响应',
      '(?:应急指挥部|指挥部办公室|应急领导小组)',
      '(?:预警(?:发布|级别|分级)|信息报告|后期处置|善后处置|应急保障|响应终止|应急结束)',
      '(?:组织指挥体系|应急组织体系|分级响应|响应分级|应急响应程序)',
    ],
    minHits: 2,
  },

  /** 统计调查制度, 统计报表制度, 调查方案. */
  statistics: {
    id: 'statistics',
    name: { zh: '统计调查制度', en: 'Statistical survey scheme' },
    any: [
      `${T}(?:统计调查制度|统计报表制度|统计制度|统计(?:调查|监测)?(?:实施)?方案|(?:抽样)?调查(?:实施)?方案|普查(?:实施)?方案|统计调查项目|报表制度)`,
      '本(?:制度|方案|调查|报表制度)',
      '(?:调查对象|统计对象|填报范围|统计范围)',
      '(?:调查内容|统计内容|主要指标|指标解释|主要统计指标解释)',
      '(?:报送时间|报送方式|报送要求|报告期|调查频率|统计频率|填报说明|报表目录)',
    ],
    minHits: 3,
  },

  /** School and education documents: teaching materials, curricula, campus and school management rules. */
  education: {
    id: 'education',
    name: { zh: '教材 / 课程 / 学校', en: 'Education and curricula' },
    any: [
      `${T}(?:学校|校园|学生|教师|教职工|课程|教材|幼儿园|中小学|中学|小学|高校|高等学校|学院|大学|职业院校|培训机构|托育机构)[^。]{0,30}?(?:管理(?:规定|办法|制度|细则)|规定|办法|制度|守则|章程|方案|指南|标准|规范|细则|准则)`,
      '本(?:校|园|学院|学校|大学|机构)(?:学生|教职工|教师|员工|全体|各|实行|根据|依据)?',
      '(?:学生|幼儿|学员)(?:应当|应|须|必须|不得)',
      '(?:教职工|教职员工|教师|老师)(?:应当|应|须|必须|不得)',
      '(?:班主任|辅导员|教务处|学生处|德育处|校长|园长)',
    ],
    minHits: 2,
  },

  /**
   * Drafts of regulations, rules and normative documents that touch women's rights: a draft marker near the top,
   * a regulatory title form, and several women-related terms (all in one pattern, so all must hold).
   */
  womenRightsDraft: {
    id: 'womenRightsDraft',
    name: { zh: '涉及妇女权益的法规政策草案', en: 'Draft rules touching women\'s rights' },
    any: [
      `^(?=${DRAFT.slice(1)})(?![^。]{0,80}?(?:规划|纲要))(?=[^。]{0,80}?(?:条例|办法|规定|实施意见|实施细则|细则|若干措施|指导意见|若干意见|的意见|决定)[^。《》]{0,3}?(?:\\(|（|〔|【|草案|征求意见稿|送审稿|修订|讨论稿|代拟稿))(?=[\\s\\S]*?(?:妇女|女性|女职工|孕产妇))(?=[\\s\\S]*?(?:男女平等|性别|歧视|孕期|产假|哺乳|生育|家庭暴力|性骚扰|性侵))`,
    ],
    minHits: 1,
  },

  /** Advertising, publicity, media and online content management. */
  media: {
    id: 'media',
    name: { zh: '媒体 / 广告 / 宣传管理', en: 'Media and advertising rules' },
    any: [
      `${T}(?:广告|宣传|新闻|媒体|融媒体|网络(?:信息)?内容|网络直播|直播|短视频|出版|广播电视|电视台|广播电台|电台|报社|杂志社|节目|网络视听|自媒体|新媒体|公众号|网站)[^。]{0,30}?(?:管理(?:办法|规定|制度|细则)|办法|规定|制度|规范|细则|审核(?:标准|规范|制度|细则)|实施方案|工作方案|指引|守则|准则)`,
      '(?:内容|稿件|节目|广告|作品|信息)(?:审核|审查|把关|审读)',
      '(?:发布|刊播|播出|刊登|推送|上线)前',
      '(?:三审三校|三审制|先审后发|三级审核|审核流程)',
      '本(?:台|报|平台|网站|中心|公众号|刊)',
    ],
    minHits: 2,
  },

  /** 村(居)委会换届选举 plans, 村民代表推选. */
  election: {
    id: 'election',
    name: { zh: '村（居）委会换届选举方案', en: 'Village or residents\' committee election' },
    any: [
      `${T}(?:(?:村|居|村\\(居\\)|社区)(?:民委员会|委会|居民委员会)|村[“"]?两委[”"]?|社区[“"]?两委[”"]?|村级组织|村民代表|居民代表)[^。]{0,24}?(?:换届|选举|推选)`,
      '选民(?:登记|名单|资格)',
      '(?:候选人|正式候选人)(?:提名|的产生|产生|确定|名单)',
      '(?:投票|计票|唱票|监票|选票)',
      '(?:村民选举委员会|居民选举委员会|选举委员会)',
      '(?:另行选举|差额选举|等额选举|直接提名|海选)',
      '(?:推选|选举)(?:产生|方式|程序|结果)|每(?:\\d+|[一二三四五六七八九十]+)户(?:推选|选举)|户代表|以户为单位|(?:村民|居民)小组(?:推选|选举)',
    ],
    minHits: 2,
  },

  /** Cadre selection: 干部选拔, 年轻干部, 领导班子配备. */
  cadre: {
    id: 'cadre',
    name: { zh: '干部选拔任用方案', en: 'Cadre selection' },
    any: [
      `${T}(?:干部|领导班子|领导干部|公务员|年轻干部|优秀年轻干部|中层干部|后备干部|科级|处级)[^。]{0,20}?(?:选拔|任用|遴选|培养|竞争上岗|考察|调整|配备|交流|储备)[^。]{0,20}?(?:办法|方案|实施方案|工作方案|规定|细则|意见|通知|公告)`,
      '(?:民主推荐|考察对象|任前公示|酝酿|动议|讨论决定|组织考察)',
      '(?:任职资格|任职条件|基本条件|资格条件|报名条件)',
      '(?:竞争上岗|公开选拔|择优选拔|任职试用期)',
    ],
    minHits: 2,
  },

  /** Health and maternal-child health plans: title AND health content (women's development plans are not this). */
  health: {
    id: 'health',
    name: { zh: '卫生健康 / 妇幼规划', en: 'Health or maternal-child health plan' },
    any: [
      `${T}(?:卫生健康|卫生与健康|健康|卫生|医疗|妇幼|母婴|生殖|妇女保健|孕产妇|两癌|公共卫生|医疗卫生)[^。]{0,24}?(?:规划|实施方案|工作方案|行动方案|行动计划|计划|方案|意见)`,
      '(?:孕产妇(?:死亡率|系统管理|保健|健康管理)|宫颈癌|乳腺癌|妇幼保健|出生缺陷|婴儿死亡率|医疗卫生机构|基层医疗|健康管理)',
    ],
    minHits: 2,
  },

  /** Family, marriage customs and birth-support documents. */
  family: {
    id: 'family',
    name: { zh: '家庭 / 婚俗 / 生育支持政策', en: 'Family, marriage customs or birth support' },
    any: [
      `${T}(?:家庭|家风|家教|婚俗|婚姻|婚嫁|彩礼|生育支持|生育|托育|育儿|三孩|婚育|移风易俗|红白事|婚丧)[^。]{0,24}?(?:办法|方案|实施方案|工作方案|意见|措施|若干措施|规定|细则|倡议|通知|公约|章程)`,
      '(?:彩礼|婚丧嫁娶|婚嫁|移风易俗|红白理事会|大操大办|育儿补贴|生育补贴|托育服务|育儿假|生育假|生育支持|三孩|家庭教育|家风建设|家庭建设|家庭文明)',
    ],
    minHits: 2,
  },

  /** School and campus management rules (校规, 教职工行为规范, 学生管理规定): a subset of `education` without teaching materials. */
  schoolRules: {
    id: 'schoolRules',
    name: { zh: '学校管理规定', en: 'School rules' },
    any: [
      `${T}(?:学校|校园|学生|教师|教职工|教职员工|幼儿园|中小学|中学|小学|高校|学院|大学|职业院校|培训机构|托育机构)[^。]{0,30}?(?:管理(?:规定|办法|制度|细则)|行为(?:规范|准则)|守则|章程|安全(?:管理)?(?:制度|办法|规定)|(?:规定|办法|制度|细则)(?!的通知))`,
      '本(?:校|园|学院|学校|大学|机构)(?:学生|教职工|教师|员工|全体|各|实行|根据|依据)',
      '(?:学生|幼儿|学员)(?:应当|应|须|必须|不得)',
      '(?:教职工|教职员工|教师|老师)(?:应当|应|须|必须|不得)',
      '(?:班主任|辅导员|教务处|学生处|德育处|校长|园长)',
    ],
    minHits: 3,
  },

  /** Recruitment (or staff rules covering hiring) for schools, kindergartens, childcare, training and similar institutions. */
  educationRecruitment: {
    id: 'educationRecruitment',
    name: { zh: '教育 / 托育机构招聘', en: 'Education or childcare recruitment' },
    any: [
      `^(?=[^。]{0,80}?(?:招聘|招录|招考|选聘|遴选|招募|聘用)[^。]{0,24}?(?:公告|简章|启事|方案))(?=[^。]{0,80}?(?:学校|幼儿园|中小学|中学|小学|教师|教育|托育|托幼|保育|培训|儿童|福利院|少年宫|体校|校外))`,
      // School and childcare staff rules that cover hiring: 教职工管理办法 … 新聘教职工 …
      `^(?=[^。]{0,60}?(?:学校|幼儿园|中小学|中学|小学|职业院校|培训机构|托育机构|托育|保育)[^。]{0,30}?(?:管理(?:规定|办法|制度|细则)|制度|规定|办法|细则))(?=[\\s\\S]*?(?:教职工|教师|保育员|保教人员|工作人员)[^。]{0,12}?(?:招聘|聘用|录用|入职)|[\\s\\S]*?(?:招聘|聘用|录用|新入职|入职)[^。]{0,12}?(?:教职工|教师|保育员|保教人员))`,
    ],
    minHits: 1,
  },

  /** Domestic-violence response documents: 反家庭暴力 implementing rules, work plans, shelter rules. */
  domesticViolence: {
    id: 'domesticViolence',
    name: { zh: '反家庭暴力工作文件', en: 'Domestic violence response' },
    any: [
      `${T}(?:反家庭暴力|反家暴|家庭暴力|家暴|婚姻家庭纠纷|庇护(?:场所|所|站))[^。]{0,30}?(?:办法|实施办法|实施细则|细则|规定|方案|工作方案|实施方案|意见|机制|规程|制度|条例)`,
      '(?:家庭暴力|家暴)',
    ],
    minHits: 2,
  },

  /** Legal-aid and judicial-assistance rules. */
  legalAid: {
    id: 'legalAid',
    name: { zh: '法律援助文件', en: 'Legal aid' },
    any: [
      `${T}(?:法律援助|司法救助|公共法律服务)[^。]{0,30}?(?:办法|实施办法|实施细则|细则|规定|方案|工作方案|实施方案|意见|条例|事项(?:清单|范围)?|清单|标准)`,
      '(?:法律援助(?:机构|人员|事项|申请)|受援人|经济困难(?:标准|条件)|司法救助)',
    ],
    minHits: 2,
  },
} satisfies Record<string, DocType>;

/**
 * A women's (and children's) development plan itself: the seed plans and their kind. Numeric rules are exempt in
 * such plans — each plan states its own targets, and comparing one region's plan with another's thresholds is
 * not a finding. Matches documents with the plan's chapter structure, whatever their title.
 */
export const WOMENS_PLAN =
  '^(?=[\\s\\S]*?妇女与健康)(?=[\\s\\S]*?妇女参与决策和管理)(?=[\\s\\S]*?妇女与(?:社会保障|经济))';

export type DocTypeId = keyof typeof docTypes;

/** All document types, for detection and display (the engine reports every one that a text matches). */
export const docTypeList: DocType[] = Object.values(docTypes);

/**
 * Numeric target context, for `value` checks: the clause states a target (控制在 / 以下 / 达到 / 到2025年 …), not a
 * status figure ("2020年为7.35/10万").
 */
export const TARGET_CLAUSE =
  '以下|以内|以上|不低于|不少于|不高于|不超过|不得(?:低|高|超)|低于|控制在|保持在|稳定在|提高到|提高至|提升到|提升至|下降到|下降至|降低到|降低至|降到|降至|达到|达(?=[\\d百])|力争|目标|到20\\d\\d年|20\\d\\d年(?:底|末|前)';

/** Status and news wording in the sentence: achieved figures, year-on-year comparisons, reports. */
export const STATUS_SENTENCE =
  '已(?:经)?(?:达到|下降|降至|降到|降低|提高|提升|实现|控制)|同比|较上年|比上年|较去年|比去年|上年度?|去年|今年以来|截至|截止|全年(?:共|累计)|实际(?:完成|达到)|据统计|统计显示|数据显示|记者|获悉|十[一二三四]五(?:时期|期间|以来|末)|五年来|近年来|近[三五十]年|(?<![到至~\\-—])20\\d\\d年(?:全[市区县省州旗]|我[市区县省州旗]|以来|度|,)';
