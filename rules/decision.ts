/**
 * 妇女参与决策和管理: women's share of village and residents' committees and of village representatives;
 * sex-differentiated limits in cadre selection, promotion and retirement.
 */
import type { Basis, Rule } from '../lib/engine/types.ts';
import { NUM } from '../lib/engine/numbers.ts';
import { docTypes } from './doctypes.ts';

/** Directors/secretaries are a different indicator: skip clauses about them. */
const ABOUT_DIRECTORS = { any: ['(?:主任|书记|主席|正职|负责人)(?:中|的)?(?:女性|妇女)'], scope: 'clause' as const };

const CADRE_CONTEXT = ['干部|正职|副职|党政|续聘|聘用|聘任|公务员|选拔|任用|提拔|晋升|遴选|选调|挂职|考察|提名|任职|职级|职务|领导(?:班子|岗位|职务)|后备|班子|推荐人选|人选|候选人|选派|交流锻炼|跟班学习|援派|援疆|援藏'];
/** Who is a cadre, candidate or selectee of one sex. */
const F_WHO = '女(?:性|同志|干部|生|考生|选调生|候选人|性候选人|性干部|性人选|性考生|党员)?';
/** The same, with the noun spelt out (a bare 女 is too loose for the keep-out and cap patterns). */
const F_NOUN = '女(?:性|同志|干部|生|考生|选调生|候选人|性候选人|性干部|性人选|性考生|党员|青年)';
const M_WHO = '男(?:性|同志|干部|生|考生|选调生|候选人|性候选人|性干部|性人选|性考生|党员)?';
/** Ways of selecting or sending a cadre. */
const SELECT = '(?:选派|选拔|推荐|提拔|提名|安排|选调|考虑|使用|任用|录用|派驻|下派|派往|派出|确定|挑选|抽调|选择|遴选|选配|配备)';
/** Elections and candidacies (村民委员会换届选举 …): where a sex-split age limit is a candidacy condition. */
const ELECTION_CONTEXT = '换届|选举|参选|竞选|当选|村民委员会|居民委员会|村委会|居委会|两委';
/** The states of pregnancy and maternity a selection may keep women out for. */
const MATERNITY = '(?:处于|正在|正处|在)?(?:孕期|哺乳期|孕产期|产假期?|产期|怀孕|休产假|生育期|备孕)';
/** Ways of keeping someone out of a selection. */
const KEEP_OUT = '(?:不列入|不纳入|不作为|不予?(?:考虑|推荐|提名|安排|选派|列入|纳入|考察)|暂不(?:列入|纳入|作为|推荐|安排|选派|考虑|考察|提名)|不安排|不选派|不推荐|不能参加|不得参加|不参加|不能保证(?:正常)?参加|无法(?:正常)?参加|不宜(?:参加|选派|安排|列入))';
/** A cap on a share or a count. */
const CAP = '(?:不超过|不得超过|不高于|不多于|最多|至多|上限为?|控制在)';
const SHARE_OR_COUNT = '(?:\\d+(?:\\.\\d+)?%|百分之[一二三四五六七八九十]+|[一二三四五六七八九十]+分之[一二三四五六七八九十]+|\\d+/\\d+|[\\d一二三四五六七八九十两]+(?:名|人|个名额)|[一二三四五六七八九]成)';
const AGE = `${NUM}周?岁`;

/** The plans' clause against sex discrimination in cadre recruitment, selection, appointment, promotion, retirement. */
const CADRE_BASIS: Basis[] = [
  { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (5)', quote: '保障妇女在干部录用、选拔、聘（任）用、晋升、退休各环节不因性别受到歧视' },
  { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (5)', quote: '保障妇女在干部录用、选拔、任(聘)用、晋升、退休各环节不因性别受到歧视' },
  { plan: '002_f51d82e60e0c5b30.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (5)', quote: '在干部录用、选拔、聘（任）用、晋升、退休各环节，保障女性享有平等权利' },
  { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 策略措施 › (5)', quote: '保障妇女在干部录用、选拔、聘（任）用、晋升、退休各环节不因性别受到歧视' },
  { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (5)', quote: '保障妇女在干部录用、选拔、任（聘）用、晋升、退休各环节不因性别受到歧视' },
];

export const decisionRules: Rule[] = [
  {
    id: 'cn.decision.village-committee-women',
    requirement: ['D-01'],
    domain: 'decision',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '村委会女性成员比例低于30%', en: "Women below 30 % of the village committee" },
    check: {
      type: 'share',
      triggers: ['村委', '村民委员会', '两委', '嘎查'],
      // A bare 两委 (嘎查 documents: "两委"成员中…) is the village's unless 社区 (or 机关, 学校 …) names another body.
      subject: [
        '村民委员会|村委会|村“两委”|村"两委"|村两委|嘎查村?(?:民)?委员会|嘎查村?“两委”|嘎查村?两委|村\\(社区\\)[“"]?两委',
        '(?<!(?:社区|居|机关|企业|学校|公司|医院)[“"]?)[“"]?两委(?:[”"])?(?=班子|成员|委员|干部|中)',
      ],
      min: 0.3,
      unless: [ABOUT_DIRECTORS],
    },
    message: {
      zh: '村委会成员中女性比例为 {value}，低于 {min} 的目标。',
      en: 'Women make up {value} of the village committee, below the {min} target.',
    },
    suggestion: {
      zh: '改为：村民委员会成员中女性比例达到30%以上，确保每个村委会至少有1名女性成员。',
      en: 'Rewrite: women at least 30 % of village committee members, with at least one woman on every committee.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (9)', quote: '村委会成员中女性比例达到30%以上，村委会主任中女性比例达到10%', law: '《中华人民共和国村民委员会组织法》第六条（村民委员会成员中应当有妇女成员）' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (9)', quote: '村委会成员中女性比例保持在 30%以上，村委会主任中女性比例逐步提高', law: '《中华人民共和国村民委员会组织法》第六条' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (8)', quote: '村委会成员中女性比例达到30%以上，村委会主任中的女性比例逐步提高', law: '《中华人民共和国村民委员会组织法》第六条' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 主要目标 › (7)', quote: '村委会成员中女性比例达到 30%以上，村委会主任中女性比例达到 10%', law: '《中华人民共和国村民委员会组织法》第六条' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (6)', quote: '村“两委”成员中女性比例保持在30%以上', law: '《中华人民共和国村民委员会组织法》第六条' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '换届后村委会成员中女性比例力争达到20%。',
        '村民委员会由5人组成，其中妇女成员1名。',
        '村“两委”成员中女性比例不低于四分之一。',
        '村委会成员中女性比例不超过30%。',
        '各村村委会成员中女性比例达到百分之二十五以上。',
        '嘎查村“两委”班子结构进一步优化，“两委”成员中女性比例达到25%左右。',
        '换届后“两委”班子成员中女性比例力争达到20%。',
      ],
      pass: [
        '村委会成员中女性比例达到30%以上，村委会主任中女性比例达到10%。',
        '村民委员会成员中女性比例保持在三分之一以上。',
        '村委会由7人组成，其中女性3名。',
        '村委会成员中35岁以下的占20%。',
        '社区“两委”成员中女性比例达到50%左右，“两委”班子中35岁以下成员占20%。',
        '“两委”成员中女性比例达到30%以上。',
        '机关“两委”成员中女性比例达到20%。',
      ],
    },
  },
  {
    id: 'cn.decision.community-committee-women',
    requirement: ['D-03'],
    domain: 'decision',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '居委会女性成员比例低于50%左右', en: "Women below about 50 % of the residents' committee" },
    check: {
      type: 'share',
      triggers: ['居委', '居民委员会', '社区两委', '社区“两委”', '社区"两委"'],
      subject: [
        '居民委员会|居委会|社区“两委”|社区"两委"|社区两委',
        // 社区居委会成员中，女性成员比例原则上不低于30%: a clause naming no body of its own refers back to the last.
        '(?<=^|[,;:])(?:其中)?(?:女性|妇女)(?:成员|委员)(?:的)?(?:比例|占比)',
      ],
      min: 0.5,
      tolerance: 0.02,
      when: [{ any: ['居委|居民委员会|社区[“"]?两委'], scope: 'near' }],
      unless: [ABOUT_DIRECTORS, { any: ['村委|村民委员会|村[“"]?两委|嘎查|班子|党委|支委|代表'], scope: 'clause' }],
    },
    message: {
      zh: '居委会成员中女性比例为 {value}，低于 {min}（左右）的目标。',
      en: "Women make up {value} of the residents' committee, below the target of about {min}.",
    },
    suggestion: {
      zh: '改为：社区居委会成员中女性比例保持在50%左右。',
      en: "Rewrite: women about 50 % of residents' committee members.",
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (10)', quote: '社区居委会成员中女性比例达到50%左右，社区居委会主任中女性比例达到35%左右' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (10)', quote: '社区居委会成员中女性比例保持在 50%左右，社区居委会主任中女性比例达到 40%以上' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 主要目标 › (8)', quote: '社区居委会成员中女性比例达到 50%左右，社区居委会主任中女性比例达到 35%左右' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (7)', quote: '社区居委会成员中女性比例保持在50%以上，社区居委会主任中女性比例达到40%以上' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '社区居委会成员中女性比例达到30%以上。',
        '居民委员会由7人组成，其中女性2名。',
        '社区居委会成员中女性比例不低于三分之一。',
        '居委会成员中女性比例控制在40%以内。',
        '各社区居委会成员中女性比例力争达到45%。',
        '街道各社区居委会成员中，女性成员比例原则上不低于30%。',
      ],
      pass: [
        '社区居委会成员中女性比例达到50%左右，社区居委会主任中女性比例达到35%左右。',
        '社区居委会成员中女性比例保持在50%以上。',
        '居委会由5人组成，其中女性3名。',
        '社区居委会换届后，女性成员比例保持在50%左右。',
        '社区工作者队伍中，35岁以下成员比例不低于30%。',
        '本次招聘社区工作者20名，女性成员比例不作要求。',
      ],
    },
  },
  {
    id: 'cn.decision.community-director-women',
    domain: 'decision',
    kind: 'threshold',
    severity: 'low',
    lang: 'zh',
    title: { zh: '居委会主任中女性比例低于目标', en: "Women below the target among residents' committee directors" },
    check: {
      type: 'share',
      triggers: ['主任'],
      subject: ['(?:居民委员会|居委会)主任'],
      min: 0.35,
      tolerance: 0.02,
    },
    message: {
      zh: '居委会主任中女性比例为 {value}，低于规划 {min} 的目标。',
      en: "Women are {value} of residents' committee directors, below the plan's {min} target.",
    },
    suggestion: {
      zh: '按规划写明：社区居委会主任中女性比例达到35%左右（葫芦岛、昆区为40%以上）。',
      en: "State the plan's target: women about 35 % of residents' committee directors (40 % or more in Huludao and Kundulun).",
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (10)', quote: '社区居委会成员中女性比例达到50%左右，社区居委会主任中女性比例达到35%左右' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (10)', quote: '社区居委会成员中女性比例保持在 50%左右，社区居委会主任中女性比例达到 40%以上' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 主要目标 › (8)', quote: '社区居委会成员中女性比例达到 50%左右，社区居委会主任中女性比例达到 35%左右' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (7)', quote: '社区居委会成员中女性比例保持在50%以上，社区居委会主任中女性比例达到40%以上' },
    ],
    profiles: ['baseline', '000', '001', '003', '004'],
    examples: {
      flag: [
        '社区居委会主任中女性比例达到25%。',
        '社区居委会主任中女性比例不低于30%。',
        '居委会主任中女性比例力争达到百分之二十。',
        '换届后居民委员会主任中女性比例达到30%左右。',
        '社区居委会主任中女性比例控制在35%以内。',
      ],
      pass: [
        '社区居委会成员中女性比例达到50%左右，社区居委会主任中女性比例达到35%左右。',
        '社区居委会主任中女性比例达到40%以上。',
        '社区居委会成员中女性比例达到50%左右。',
      ],
    },
  },
  {
    id: 'cn.decision.village-director-women',
    domain: 'decision',
    kind: 'threshold',
    severity: 'low',
    lang: 'zh',
    title: { zh: '村委会主任中女性比例低于10%', en: 'Women below 10 % of village committee directors' },
    check: {
      type: 'share',
      triggers: ['主任'],
      subject: ['(?:村民委员会|村委会)主任'],
      min: 0.1,
    },
    message: {
      zh: '村委会主任中女性比例为 {value}，低于规划 {min} 的目标。',
      en: "Women are {value} of village committee directors, below the plan's {min} target.",
    },
    suggestion: { zh: '按规划写明：村委会主任中女性比例达到10%。', en: "State the plan's target: women 10 % of village committee directors." },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (9)', quote: '村委会成员中女性比例达到30%以上，村委会主任中女性比例达到10%' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 主要目标 › (7)', quote: '村委会成员中女性比例达到 30%以上，村委会主任中女性比例达到 10%' },
    ],
    profiles: ['000', '003'],
    examples: {
      flag: [
        '村委会主任中女性比例达到5%。',
        '全县村委会主任中女性比例力争达到8%。',
        '村委会主任中女性比例不低于百分之五。',
        '村民委员会主任中女性比例达到6%左右。',
        '村委会主任中女性比例控制在10%以内。',
      ],
      pass: [
        '村委会成员中女性比例达到30%以上，村委会主任中女性比例达到10%。',
        '村委会主任中女性比例达到12%。',
        '村委会成员中女性比例达到30%以上。',
      ],
    },
  },
  {
    id: 'cn.decision.village-representatives-women',
    requirement: ['D-02'],
    domain: 'decision',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '妇女村民代表不足三分之一', en: 'Women below one third of village representatives' },
    check: {
      type: 'share',
      triggers: ['村民代表', '嘎查村民代表', '代表会议', '妇女代表', '女代表'],
      subject: ['村民代表(?:会议)?|嘎查(?:村)?民代表|(?<![人大党职工])代表(?=\\d|[一二三四五六七八九十]|总数|名额|人数)'],
      min: 1 / 3,
      unless: [ABOUT_DIRECTORS],
    },
    message: {
      zh: '妇女村民代表比例为 {value}，低于村民代表会议组成人员三分之一的要求。',
      en: 'Women are {value} of village representatives, below the required one third of the representative assembly.',
    },
    suggestion: {
      zh: '改为：妇女村民代表应占村民代表会议组成人员的三分之一以上。',
      en: 'Rewrite: women village representatives at least one third of the village representative assembly.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(四)妇女参与决策和管理 › 主要目标 › (6)',
        quote: '妇女村民代表应占村民代表会议组成人员的三分之一以上',
        law: '《中华人民共和国村民委员会组织法》第二十五条（妇女村民代表应当占村民代表会议组成人员的三分之一以上）',
      },
    ],
    // National law (村民委员会组织法 第二十五条) sets the one-third floor everywhere; 昆区's plan restates it.
    profiles: ['*'],
    examples: {
      flag: [
        '村民代表中妇女代表比例不低于20%。',
        '本村推选村民代表30人，其中妇女代表8人。',
        '妇女村民代表应占村民代表会议组成人员的四分之一以上。',
        '各嘎查村民代表中女性比例达到30%。',
        '村民代表会议组成人员中妇女代表不超过三分之一。',
      ],
      pass: [
        '妇女村民代表应占村民代表会议组成人员的三分之一以上。',
        '本村推选村民代表30人，其中妇女代表12人。',
        '村民代表中女性比例达到40%。',
      ],
    },
  },
  {
    id: 'cn.decision.cadre-sex-differentiated-limits',
    requirement: ['D-11'],
    domain: 'decision',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '干部选拔任用中男女适用不同条件', en: 'Different conditions for men and women in cadre selection' },
    check: {
      type: 'pattern',
      triggers: ['男', '女', '孕', '哺乳', '生育', '产假'],
      patterns: [
        // 男性不超过45周岁，女性不超过40周岁 (either order)
        `男(?:性|同志|干部)?[^。;]{0,10}?${AGE}[^。;]{0,16}?女(?:性|同志|干部)?[^。;]{0,10}?${AGE}`,
        `女(?:性|同志|干部)?[^。;]{0,10}?${AGE}[^。;]{0,16}?男(?:性|同志|干部)?[^。;]{0,10}?${AGE}`,
        // 女干部年满55周岁的，一般不再提名提拔
        `女(?:性|同志|干部)[^。;]{0,6}?(?:年满|满|超过)${AGE}[^。;]{0,16}?(?:不再|不得|一律|原则上不|一般不)(?:提名|提拔|推荐|考察|交流|任职|列为|作为|退出|担任|续聘|续签|聘用|留用)`,
        // 党政正职原则上由男同志担任
        '由男(?:同志|性|干部)担任',
        // 女干部一般不安排到乡镇、信访、应急等一线岗位
        '女(?:干部|同志|性)[^,;。]{0,6}?(?:一般|原则上)?(?:不安排|不选派|不列为|不作为|不推荐|不考虑|不纳入|不宜(?:安排|选派|担任))',
        // 处于孕期、哺乳期的女干部暂不列为考察对象
        '(?:孕期|哺乳期|怀孕)[^。;]{0,12}女(?:干部|同志|性)[^。;]{0,8}(?:暂不|不予?)(?:列为|作为|推荐|提拔|考察|纳入)',
        // 女干部一般安排在机关综合岗位 / 一般安排任组织委员、宣传委员
        '女(?:干部|同志|性干部)(?:一般|原则上|主要|通常|多|只)(?:安排|放在|安置|任用|使用)(?:在|到|任|担任|为|于)',
        // （女干部）原则上不派往乡镇一线
        '女(?:干部|同志|性干部)[^。]{0,30}?(?:原则上|一般)不(?:派往|选派到?|安排到|下派到?|派驻)(?:乡镇|基层|一线|艰苦|边远)',
        // 原则上从男性干部中遴选 / 一般在男同志中产生
        `(?:原则上|一般|主要|优先|只|仅|限|均|应当?|须)(?:应|只|仅)?(?:从|在)男(?:性|同志|干部|性干部|党员|青年|职工)[^,;。]{0,6}?中?(?:${SELECT}|产生|选出|择优)`,
        // 原则上选派男同志 / 人选以男性为主 / 优先推荐男干部
        `(?:原则上|一般|主要|优先|只|仅|限|均)(?:应)?${SELECT}(?:年轻)?男(?:同志|性|干部|党员|青年)`,
        `(?:人选|对象|人员|干部|名额)(?:原则上|一般|应|须)?(?:以|限)男(?:同志|性|干部)(?:为主|为宜|优先)?`,
        // 女同志在机关内部岗位锻炼 / 女干部留在后方
        `女(?:同志|干部|性干部)[^,;。]{0,6}?(?:在|留在|安排在|放在|留守)(?:机关|内部|后方|后勤|办公室|本单位)`,
        // 已婚女干部子女未满3周岁的，不列入选派范围 / 处于孕期或哺乳期的，不能参加考察
        `(?:已婚|已育|未育|育龄)?${F_NOUN}[^。;]{0,24}?${KEEP_OUT}`,
        `(?:孕期|哺乳期|怀孕|孕产期|产假|生育)[^。;]{0,20}?${KEEP_OUT}[^。;]{0,12}?(?:考察|遴选|选拔|选调|挂职|选派|培训|推荐|提拔|范围|人选|对象|名单|任职|交流)`,
        // 女生不超过选调生总数的三分之一 / 女性人选控制在2名以内
        `${F_NOUN}(?:人数|比例|名额|人选|人员)?[^,;。]{0,14}?${CAP}[^,;。]{0,12}?${SHARE_OR_COUNT}(?!周?岁)`,
        // 女性候选人应具有…经历，男性候选人不作此要求 (either sex)
        `${F_WHO}[^。;]{0,4}?(?:应|须|必须|需|要|还应|另须)[^。;]{0,40}?,${M_WHO}[^,;。]{0,6}?(?:不作此|不作|无此|不受此|不受|不需|无需|不必|免于)(?:要求|限制|条件|规定)?`,
        `${M_WHO}[^。;]{0,4}?(?:应|须|必须|需|要|还应|另须)[^。;]{0,40}?,${F_WHO}[^,;。]{0,6}?(?:不作此|不作|无此|不受此|不受|不需|无需|不必|免于)(?:要求|限制|条件|规定)?`,
      ],
      when: [{ any: [...CADRE_CONTEXT, ELECTION_CONTEXT], scope: ['sentence', 'near', 'title'] }],
      unless: [
        // The statutory retirement ages are set nationally: restating them is not a local violation.
        { any: ['退休(?:手续|年龄)?|法定退休'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '干部录用、选拔、任用、晋升中对男女规定不同的年龄或其他条件，或限制女干部任职，违反男女平等原则。',
      en: 'Cadre recruitment, selection, appointment or promotion sets different age or other limits for men and women, or bars women from posts: this breaches sex equality.',
    },
    suggestion: {
      zh: '改为男女同等适用的条件（如“年龄一般不超过45周岁”），删除限制女干部任职、交流和考察的表述。',
      en: 'Apply one condition to both sexes (e.g. "generally not over 45"), and remove wording that keeps women from posts, rotation or appraisal.',
    },
    basis: CADRE_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '推荐人选年龄条件：男性不超过45周岁，女性不超过40周岁。',
        '女干部年满55周岁的，一般不再提名提拔或交流任职。',
        '党政正职原则上由男同志担任。',
        '女干部一般不安排到乡镇、信访、应急等一线岗位挂职锻炼。',
        '处于孕期、哺乳期的女干部暂不列为考察对象。',
        '女干部年满50周岁一律退出领导岗位，男干部年满55周岁退出。',
        '选派到乡镇挂职的年轻干部中，女干部一般安排在党政办或妇联岗位。',
        '女同志主要安排任纪检、宣传等委员职务，不担任党政正职。',
        '女干部考虑到家庭因素，原则上不派往边远乡镇任职。',
        '驻村工作队员须经常入户走访，人选原则上以男同志为主。',
        '援派干部优先选派年轻男干部，女同志留在机关做好保障。',
        '有两岁以下子女的女干部，暂不纳入本批交流锻炼人选。',
        '怀孕或处于哺乳期的，暂不列入本次公开选拔考察范围。',
        '每个乡镇推荐的女性人选控制在2名以内。',
        '女性候选人须有5年以上村级工作经历，男性候选人不受此限制。',
        '村委会换届候选人条件：\n（三）年龄一般不超过：男性60周岁，女性55周岁；',
        '乡镇党委书记人选原则上从男性干部中遴选。',
        '驻村第一书记一般在男同志中选派。',
      ],
      pass: [
        '按照国家规定的法定退休年龄办理退休手续。',
        '在保证质量的前提下，领导班子至少配备1名女干部。',
        '保障妇女在干部录用、选拔、任用、晋升、退休各环节不因性别受到歧视。',
        '推荐人选年龄一般不超过45周岁。',
        '注重从基层一线培养选拔女干部，选派优秀女干部到乡镇任职。',
        '推荐人选中女干部应不少于20%。',
        '怀孕或哺乳期的选调生，可按规定推迟报到，推迟期间保留选调资格。',
        '挂职期间怀孕的女干部，可根据本人意愿提前结束挂职，其考核等次不受影响。',
        '女干部年龄可放宽2岁。',
        '女性候选人年龄不超过55周岁。',
        '同等条件下优先选拔女干部，注重在艰苦岗位锻炼女干部。',
        '男性候选人和女性候选人均应具有5年以上工作经历。',
        '不得以怀孕、哺乳为由不列入考察人选。',
        '从男性干部和女性干部中按比例遴选。',
        '居委会换届选举中，候选人年龄一般不超过55周岁。',
      ],
    },
  },  {
    id: 'cn.decision.leadership-women-cadres',
    domain: 'decision',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['D-05'],
    title: { zh: '领导班子配备女干部的要求被弱化', en: 'Weakened requirement for women in leadership teams' },
    check: {
      type: 'pattern',
      triggers: ['女干部', '女性干部', '女性成员', '女同志'],
      patterns: [
        // 应保证三分之一以上的领导班子配备女干部 (plans: 一半以上)
        '(?:[三四五六七八九]分之一|1/[3-9]|百分之[一二三四]十?|[1-4]\\d%)(?:以上)?的(?:党政)?(?:工作部门)?(?:领导)?班子(?:中)?(?:要|应)?配备(?:有)?女(?:干部|性|同志)',
        // 领导班子中女干部配备不作硬性要求 / 视情况配备 / 有合适人选的可以配备
        '(?:领导班子|党政班子|班子)[^。;]{0,20}?(?:女干部|女性干部|女性成员|女同志)[^。;]{0,12}?(?:不作(?:硬性|刚性|强制)(?:要求|规定)|可不(?:配备|配)|不强求|不硬性|视情况(?:而定|配备)?|可以不(?:配备|配)|酌情配备|有合适人选(?:的)?(?:可以|再)?配备)',
        // 领导班子原则上可不配备女干部
        '(?:领导班子|党政班子|班子)[^。;]{0,12}?(?:可不|可以不|不必|无需|不要求|不强求)(?:配备|配)(?:有)?女(?:干部|性|同志)',
        // 女干部配备不作为班子结构的硬性条件
        '(?:女干部|女性干部)(?:的)?配备[^。;]{0,10}?(?:不作(?:硬性|刚性|强制)要求|不作为[^。;]{0,10}?(?:硬性|刚性|必备)(?:条件|要求|指标)|视情况而定|不强求)',
      ],
      when: [{ any: ['班子|干部|领导职务'], scope: 'sentence' }],
    },
    message: {
      zh: '条款降低或取消了领导班子配备女干部的要求。规划要求各级领导班子至少配备1名女干部，一半以上的党政工作部门领导班子配备女干部。',
      en: 'The clause lowers or drops the requirement for women in leadership teams. The plans require at least one woman in each leadership team and women in more than half of department leadership teams.',
    },
    suggestion: {
      zh: '改为：领导班子中至少配备1名女干部；党政工作部门应保证一半以上的领导班子配备女干部；在保证质量的前提下应配尽配，本地没有合适人选的可统筹解决或留出空额届中再补。',
      en: 'Rewrite: at least one woman in each leadership team; women in more than half of department leadership teams; fill the posts wherever quality allows, find candidates elsewhere or keep the seat open for a mid-term appointment if none is available locally.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (6)', quote: '市、县（市、区）党政工作部门，应保证一半以上的领导班子配备女干部，其中担任正职的一般不少于3人' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (6)', quote: '市、县(市)区党政工作部门，应保证 1/2 以上的领导班子配备女干部，其中要有一定数量的正职' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 主要目标 › (4)', quote: '乡镇党政领导班子中要至少配备1名女干部，乡镇党政正职中要有适当数量女干部' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 主要目标 › (5)', quote: '乡镇领导班子中应至少配备一名女干部，其中有一定数量的正职' },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(四)妇女参与决策和管理 › 策略措施 › (5)',
        quote: '落实女干部选拔配备的目标任务，在保证质量的前提下应配尽配。本地没有合适人选的可统筹解决，确实不能配齐的可留出空额届中再补',
      },
    ],
    profiles: ['baseline', '000', '001', '003', '004'],
    examples: {
      flag: [
        '党政工作部门，应保证三分之一以上的领导班子配备女干部。',
        '乡镇领导班子中女干部配备不作硬性要求，有合适人选的可以配备。',
        '各部门领导班子原则上可不配备女干部。',
        '县直部门领导班子中的女干部视情况配备。',
        '女干部配备不作为班子结构的硬性条件。',
      ],
      pass: [
        '乡镇领导班子中要至少配备1名女干部。',
        '党政工作部门，应保证一半以上的领导班子配备女干部。',
        '市、县(市)区党政工作部门，应保证 1/2 以上的领导班子配备女干部。',
        '领导班子中女干部比例逐步提高。',
      ],
    },
  },
  {
    id: 'cn.decision.election-women-seat',
    domain: 'decision',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    requirement: ['D-04'],
    title: { zh: '换届选举方案缺少保障女性当选的措施', en: 'Election plan without measures to ensure women are elected' },
    check: {
      type: 'required',
      docType: docTypes.election,
      present: [
        '专职专选|(?:女性|妇女)(?:候选人|委员|成员|代表|比例|名额|职数|干部)|至少[^。]{0,8}(?:1|一)名(?:女性|妇女|女)|(?:女性|妇女)[^。]{0,8}(?:另行选举|缺位增补)|缺位增补',
      ],
      triggers: [],
    },
    message: {
      zh: '本换届选举方案没有保障女性当选的措施（女性候选人提名、女性委员专职专选、女性成员另行选举或缺位增补等）。没有这些措施，村（居）委会中难以保证有女性成员。',
      en: 'The election plan has no measure ensuring women are elected (nominating women candidates, a seat reserved for a woman, a separate election or filling a vacancy with a woman). Without them, committees may end up with no women.',
    },
    suggestion: {
      zh: '增加：提名确定女性候选人，女性委员专职专选；女性成员未能当选的，另行选举或缺位增补，保证每个村（居）民委员会至少有1名女性成员。',
      en: 'Add: nominate women candidates and reserve a seat for a woman; if no woman is elected, hold a separate election or fill the vacancy, so that every committee has at least one woman.',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '在村(社区)“两委”换届工作中，采用“专职专选”等办法，保证每个村(居)民委员会成员中至少有1名女性成员', law: '《中华人民共和国村民委员会组织法》第六条（村民委员会成员中应当有妇女成员）' },
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '通过提名确定女性候选人、女性委员专职专选、女性成员另行选举等措施，提高村委会成员、村委会主任中的女性比例' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '通过提名确定女性候选人、女性委员专职专选、女性成员缺位增补等措施，提高村委会成员、村委会主任中的女性比例，保持居委会委员、居委会主任中女性适当比例' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 策略措施 › (8)', quote: '通过提名确定女性候选人、女性委员专职专选、女性成员另行选举等措施，提高村委会成员、村委会主任中的女性比例' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (6)', quote: '女性委员专职专选、女性成员缺位 增补等措施' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX镇第十二届村民委员会换届选举工作方案\n一、选民登记 各村选举委员会负责选民登记。\n二、候选人提名 由选民直接提名。\n三、投票选举 采取无记名投票，差额选举。',
        'XX街道社区居民委员会换届选举实施方案\n社区居民选举委员会主持选举。\n正式候选人确定后张榜公布。\n选举日设立中心投票站，公开唱票、计票。',
        'XX乡村“两委”换届选举工作实施方案\n（一）推选产生村民选举委员会。（二）选民登记。（三）提名确定候选人。（四）组织投票。',
        '关于做好村民委员会换届选举工作的通知\n各村要做好选民登记和选民名单公布工作，依法推选村民选举委员会，候选人提名采取直接提名方式，投票后当场计票。',
        'XX镇村民代表推选办法\n一、推选由村民选举委员会主持。\n二、以户或村民小组为单位推选。\n三、推选结果当场计票公布，投票过半数当选。',
      ],
      pass: [
        'XX镇第十二届村民委员会换届选举工作方案\n选民登记由选举委员会负责。\n候选人提名中应当有妇女候选人，女性委员专职专选。\n组织投票。',
        'XX街道社区居民委员会换届选举实施方案\n选举委员会主持选举。\n确保每个居委会至少有1名女性成员。\n投票选举。',
        '全市村（社区）“两委”换届选举工作顺利完成，新当选成员平均年龄43岁。',
      ],
    },
  },
  {
    id: 'cn.decision.enterprise-rules-women-committee',
    domain: 'decision',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    requirement: ['D-08'],
    title: { zh: '企业规章制度未经女职工委员会、职工代表大会程序', en: "Company rules without the women workers' committee and workers' congress" },
    check: {
      type: 'required',
      docType: docTypes.companyRules,
      present: ['女职工委员会|女工委员会|女职工代表|女职工(?:的)?意见|妇联'],
      triggers: [],
    },
    message: {
      zh: '本规章制度未写明听取工会女职工委员会意见的程序。涉及女职工权益的事项（休假、孕期和哺乳期保护、薪酬等）应当听取女职工委员会意见。',
      en: "The rules do not record hearing the union's women workers' committee. Matters affecting women employees (leave, pregnancy and breastfeeding protection, pay) must be put to the women workers' committee.",
    },
    suggestion: {
      zh: '在总则或附则中增加：本制度涉及女职工权益的事项已听取工会女职工委员会的意见，并经职工代表大会（或全体职工）讨论通过。',
      en: "Add to the general or final provisions: matters affecting women employees were put to the union's women workers' committee, and the rules were adopted after discussion by the workers' congress (or all employees).",
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (7)', quote: '企业制定相关规章制度，对涉及女职工权益的事项，听取工会女职工委员会的意见，依法经职工代表大会审议通过', law: '《中华人民共和国劳动合同法》第四条' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (7)', quote: '企业制定相关规章制度，对涉及女职工权益的事项，听取工会女职工委员会的意见，依法经职工代表大会审议通过', law: '《中华人民共和国劳动合同法》第四条' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (7)', quote: '企业制定完善涉及女职工权益的规章制度，听取工会女职工委员会意见' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 策略措施 › (7)', quote: '企业制定相关规章制度，对涉及女职工权益的事项，听取工会女职工委员会的意见，依法经职工代表大会审议通过' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '企业制定相关规章制度时，对涉及女职工权益的事项，要注重听取工会女职工委员会的意见' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX有限公司员工手册\n第一章 总则 本公司员工应当遵守本手册。\n第三章 考勤 员工迟到、早退30分钟以内的，扣发当日绩效。\n第五章 休假 女员工按国家规定享受产假。',
        'XX科技公司考勤管理制度\n一、本公司实行标准工时制。\n二、员工应按时打卡，迟到三次以上按旷工半天处理。\n三、事假须提前一天申请。',
        'XX集团薪酬管理办法\n第二条 本集团员工薪酬由基本工资、岗位工资和绩效工资构成。\n第八条 员工事假期间不发放绩效工资，旷工按日扣发工资。',
        'XX厂用工管理规定\n本厂职工必须服从生产安排。\n迟到、早退按厂规处理。\n女工孕期可调整至辅助岗位。',
        'XX公司请休假管理办法\n本公司员工请假须提前填写请假单。\n病假须提交医院证明。\n旷工一日扣发三日工资。',
      ],
      pass: [
        'XX有限公司员工手册\n本公司员工应当遵守本手册。\n员工迟到、早退按规定处理。\n本手册涉及女职工权益的内容已听取公司工会女职工委员会意见，经职工代表大会审议通过。',
        'XX科技公司考勤管理制度\n本公司员工应按时打卡，迟到按规定处理。\n本制度涉及女职工的条款已征求公司女职工委员会意见，经全体职工讨论通过。',
        '女职工劳动保护特别规定\n第一条 为了减少和解决女职工在劳动中因生理特点造成的特殊困难，保护女职工健康，制定本规定。\n第五条 用人单位不得因女职工怀孕、生育、哺乳降低其工资、予以辞退、与其解除劳动或者聘用合同。',
      ],
    },
  },
  {
    id: 'cn.decision.consult-womens-federation',
    domain: 'decision',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    requirement: ['D-09'],
    title: { zh: '涉及妇女权益的法规政策草案未听取妇联意见', en: "Draft touching women's rights without consulting the Women's Federation" },
    check: {
      type: 'required',
      docType: docTypes.womenRightsDraft,
      present: ['妇联|妇女联合会|妇女儿童工作委员会|妇儿工委'],
      triggers: [],
    },
    message: {
      zh: '本草案涉及妇女权益，但未见听取妇联组织意见的记载，也未让妇联参与相关工作。规划要求制定促进男女平等和保障妇女权益的法规政策时充分听取妇联组织的意见和建议。',
      en: "The draft touches women's rights but records no consultation of the Women's Federation and gives it no role. The plans require its views to be fully heard when rules on sex equality and women's rights are made.",
    },
    suggestion: {
      zh: '征求同级妇联意见并在起草说明中记载；在条文中明确妇联组织参与实施和监督的职责。',
      en: "Consult the Women's Federation at the same level and record it in the drafting notes; give it a role in implementation and oversight in the text.",
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (10)', quote: '在制定有关促进男女平等和保障妇女合法权益的法规政策以及选拔培养女干部工作中，充分听取妇联组织意见和建议' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (10)', quote: '在制定有关促进男女平等和保障妇女合法权益的法规政策以及培养选拔女干部工作中，充分听取妇联组织意见和建议' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (10)', quote: '支持妇联组织参与民主决策、民主管理、民主监督，参与制定有关法规、制度、规章和政策' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 策略措施 › (10)', quote: '在制定有关促进男女平等和保障妇女合法权益的法规政策以及选拔培养女干部工作中，充分听取妇联组织的意见和建议' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (10)', quote: '在制定有关促进男女平等和保障妇女合法权益的政策以及培养选拔女干部工作中，充分听取妇联组织意见和建议' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX市女职工劳动保护办法（征求意见稿）\n第一条 为保护女职工合法权益，制定本办法。\n第五条 女职工在孕期不能适应原劳动的，用人单位应当予以减轻劳动量。',
        'XX省反家庭暴力条例（草案）\n第一条 为了预防和制止家庭暴力，保护家庭成员特别是妇女、儿童的合法权益，制定本条例。',
        'XX市促进生育支持若干措施（征求意见稿）\n一、延长生育假，女职工生育子女的，增加产假60天。\n二、用人单位不得因女职工怀孕降低其工资。',
        '关于进一步保障农村妇女土地权益的实施意见（送审稿）\n一、保障妇女在土地承包中的平等权利，不得以婚姻状况为由收回承包地。二、推动男女平等。',
        'XX县女性就业促进办法（修订草案）\n第三条 用人单位招用人员，不得以性别为由拒绝录用妇女。\n第六条 女职工哺乳期内不得安排夜班劳动。',
      ],
      pass: [
        'XX市女职工劳动保护办法（征求意见稿）\n第一条 为保护女职工合法权益，制定本办法。\n第五条 女职工在孕期不能适应原劳动的，用人单位应当予以减轻劳动量。\n第二十条 工会、妇女联合会依法对本办法的实施进行监督。',
        'XX市妇女发展规划（2021-2030年）（征求意见稿）\n保障妇女合法权益，促进男女平等。',
        '中华人民共和国妇女权益保障法\n第一条 为了保障妇女的合法权益，促进男女平等和妇女全面发展，制定本法。',
      ],
    },
  },
  {
    id: 'cn.decision.village-rules-equal-rights',
    domain: 'decision',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    requirement: ['D-10'],
    title: { zh: '村规民约未写明男女平等、妇女平等权益', en: "Village rules without sex equality or women's equal rights" },
    check: {
      type: 'required',
      docType: docTypes.villageRules,
      present: [
        '男女平等|性别平等|男女(?:享有)?(?:同等|平等)|妇女(?:依法)?(?:享有|享受)(?:与男子)?(?:平等|同等)|(?:与男子|与男性)(?:享有)?(?:平等|同等)|(?:不得|不因)[^。]{0,16}(?:出嫁|嫁|离婚|丧偶|性别|结婚|婚姻)|妇女议事会|妇女代表',
      ],
      triggers: [],
    },
    message: {
      zh: '本村规民约（居民公约、分配方案）没有写明男女平等、妇女与男子享有平等权利，也未体现妇女参与制定。这类文件常把出嫁女、离婚丧偶妇女排除在成员资格和收益分配之外。',
      en: "These village rules (residents' compact, distribution scheme) state neither sex equality nor women's equal rights, and show no participation of women in drafting them. Such documents often exclude married-out, divorced or widowed women from membership and income.",
    },
    suggestion: {
      zh: '增加：本村（社区）男女平等，妇女在土地承包、宅基地、集体收益分配、征地补偿等方面与男子享有平等权利，不因结婚、离婚、丧偶而受影响；本规约经妇女议事会讨论，妇女代表参与制定。',
      en: 'Add: women and men are equal; women have the same rights as men in land, homesteads, collective income and compensation, unaffected by marriage, divorce or widowhood; the rules were discussed by the women\'s council with women representatives taking part.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (1)', quote: '支持妇女参与村（社区）协商议事活动和村规民约（居民公约）的制订修改' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '组织妇女积极参与村规民约、居民公约的制定修订，开展协商议事活动' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '支持妇女参与村规民约、居民公约的制定修订，开展协商议事活动' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 策略措施 › (1)', quote: '支持妇女参与村（社区）协商议事活动和村规民约（居民公约）的制订修改' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (6)', quote: '依托妇女议事会，组织妇女积极参与村规民约、居民公约的制定修订' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX村村规民约\n第一条 本村村民应当遵守国家法律法规。\n第五条 本村实行红白喜事简办。\n第九条 集体收益按户分配。',
        'XX社区居民公约\n一、本社区居民应当爱护公共环境。\n二、邻里和睦，互帮互助。\n三、本公约经居民代表会议讨论通过。',
        'XX村集体经济组织成员身份确认办法\n第二条 本村集体经济组织成员的确认以户籍为基础。\n第六条 经村民代表会议表决通过后实施。',
        'XX村2023年度集体收益分配方案\n一、本村集体收益扣除公积金后按人口分配。\n二、分配方案经村民代表会议讨论通过。',
        'XX嘎查村规民约\n全体村民应当遵守本规约。\n本村村民要保护草场，禁止滥牧。',
      ],
      pass: [
        'XX村村规民约\n第一条 本村村民应当遵守国家法律法规。\n第二条 本村村民男女平等，妇女在土地承包、收益分配等方面与男子享有平等权利。',
        'XX村集体经济组织成员身份确认办法\n本村集体经济组织成员的确认以户籍为基础，不得以结婚、离婚、丧偶为由取消妇女的成员资格。\n经村民代表会议表决通过。',
        '各村要组织妇女积极参与村规民约、居民公约的制定修订。',
      ],
    },
  },  {
    id: 'cn.decision.cadre-maternity-listed',
    requirement: ['D-11'],
    domain: 'decision',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '在“下列情形不列入选拔对象”清单中列出孕期、产假期', en: 'Pregnancy or maternity leave listed among grounds for leaving people out of cadre selection' },
    check: {
      type: 'pattern',
      triggers: ['孕', '哺乳', '产假', '产期', '生育期'],
      // The item names the state; the exclusion sits in the list's lead (有下列情形之一的，不列入考察对象：).
      patterns: [`(?:^|[:;])(?:\\(?[一二三四五六七八九十\\d]{1,2}[)、.]|[①-⑳])?(?<hit>${MATERNITY}[^,;。:]{0,12})`],
      when: [
        { any: [`(?:下列|以下|如下)(?:情形|情况|人员|条件|对象)[^。:]{0,16}?(?:${KEEP_OUT}|不得(?:列为|作为|推荐|提名|参加|报名)|取消)[^。:]{0,24}?:`], scope: ['near', 'paragraph', 'list'] },
        { any: CADRE_CONTEXT, scope: ['near', 'paragraph', 'list'] },
      ],
      unless: [{ any: ['(?:不得|不能|不应|禁止)以[^。]{0,10}?(?:孕期|怀孕|哺乳|产假|生育)'], scope: ['near', 'list'] }],
    },
    message: {
      zh: '把“处于孕期、哺乳期、产假期”列为不列入选拔、考察、推荐的情形，使女干部因生育失去晋升和锻炼机会，违反干部选拔任用各环节不因性别受到歧视的要求。',
      en: 'Being pregnant, breastfeeding or on maternity leave is listed as a ground for leaving people out of selection, appraisal or nomination: women cadres lose promotion and training chances through childbirth, breaching the rule against sex discrimination in cadre selection.',
    },
    suggestion: {
      zh: '从清单中删除该项；孕期、产假期间的干部可照常列入选拔范围，考察、谈话可另行安排时间或方式。',
      en: 'Remove the item: cadres who are pregnant or on maternity leave stay eligible; appraisal and interviews can be rescheduled or held in another way.',
    },
    basis: CADRE_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '有下列情形之一的，不列入本次调研选拔对象：受到处分影响期未满的；处于孕期、产假期的。',
        '下列人员暂不作为后备干部推荐人选：\n（一）近两年年度考核有基本称职等次的；\n（二）正在休产假的。',
        '有以下情况之一的，不得列为考察对象：①受到诫勉的；②处于哺乳期的。',
        '具有下列情形的，本轮不予推荐挂职：\n1.任现职不满一年的；\n2.怀孕或处于孕产期的。',
        '有下列情形之一的，取消选调资格：未按时报到的；处于孕期的。',
      ],
      pass: [
        '有下列情形之一的，可以推迟报到：处于孕期、产假期的。',
        '下列人员不列入本次选拔对象：受到处分影响期未满的；近三年考核有基本称职等次的。',
        '有下列情形之一的，不列入考察对象：受到处分的。不得以处于孕期、产假期为由不列入考察对象。',
        '有下列情形之一的，暂不安排胸部X线检查：处于孕期的。',
      ],
    },
  },
  {
    id: 'cn.decision.election-women-sidelined',
    domain: 'decision',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    requirement: ['D-04'],
    title: { zh: '选举办法取消女性职位或以户主身份排斥妇女', en: 'Election rules drop the seat for a woman or exclude women through household-head status' },
    check: {
      type: 'pattern',
      triggers: ['委员', '成员', '户主', '男主人', '丈夫', '儿子', '男方', '男性家庭成员', '长子', '家长'],
      patterns: [
        // 妇女委员与其他委员统一差额选举
        '(?:妇女|女性)委员[^。;]{0,16}?(?:统一|一并|混合|同等)(?:参加)?(?:差额|等额)?(?:选举|竞选|推选)',
        // 不单独设置妇女委员职位
        '(?:妇女|女性)(?:委员|成员)?[^。;]{0,16}?不(?:再)?(?:单独|专门|另行)(?:设置|设立|保留|确定|安排)(?:职位|岗位|名额|职数|席位)',
        '不(?:再)?(?:单独|专门|另行)(?:设置|设立|保留|确定|安排)(?:妇女|女性)(?:委员)?(?:职位|岗位|名额|职数|席位)',
        // 候选人原则上应从户主中产生
        '(?:候选人|村民代表|居民代表|户代表|代表)[^。;]{0,8}?(?:应|须|原则上应?|一般应?|限|均)(?:从|由|在)(?:各户|每户|本户|各家|各家庭)?(?:的)?户主(?:中)?(?:产生|担任|推选|提名|选出)?',
        // 户主不在的由其成年儿子代为登记 / 妻子可由丈夫代为投票 / 由户主代全家投票
        '由(?:其)?(?:成年)?(?:儿子|长子|丈夫|男方|男主人|男性家庭成员|男性家长|公公)(?:代为|代替|代理|代表(?:全家|全户|家庭)?|代)(?:登记|投票|选举|表决|签字|签名|填写选票|领取选票|参加|行使)',
        '(?:妻子|妇女|女方|媳妇|儿媳|女性选民|家庭妇女)[^,;。]{0,8}?(?:可|可以|一般|原则上|均|统一)?由(?:其)?(?:丈夫|男方|公公|户主|男主人|儿子)(?:代为|代替|代理|代)(?:投票|登记|选举|表决|签字|签名|填写选票|领取选票)',
        '由户主(?:统一)?(?:代为|代替|代表全家|代全家|代全户)(?:投票|选举|表决|填写选票)',
        // 每户由户主（男主人）代表全家
        '户主\\((?:男主人|男性|丈夫)\\)|由(?:男主人|男性户主|丈夫|男方|男性家长)代表(?:全家|全户|本户|家庭)',
      ],
      when: [{ any: ['选举|推选|候选人|换届|委员|村委会|居委会|职数|代表会议|户代表|村民代表|居民代表|投票|选票|选民|村民会议|居民会议|表决'], scope: 'paragraph' }],
    },
    message: {
      zh: '条款取消为妇女保留的委员职位，或要求候选人、代表从户主中产生、由男主人代表全家。户主多为男性，这类规定实际上把妇女排除在村（居）委会和村民代表之外。',
      en: "The clause drops the seat reserved for a woman, or requires candidates or representatives to be household heads or men speaking for the family. Household heads are mostly men, so such rules in effect keep women out of committees and representative bodies.",
    },
    suggestion: {
      zh: '改为：女性委员专职专选，女性成员未能当选的另行选举或缺位增补；候选人和代表不以户主身份为条件，每户可推选男性或女性成员参加。',
      en: 'Rewrite: a seat reserved for a woman, with a separate election or filling of the vacancy if no woman is elected; no household-head condition for candidates or representatives, and each household may send a woman or a man.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '通过提名确定女性候选人、女性委员专职专选、女性成员另行选举等措施，提高村委会成员、村委会主任中的女性比例' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '在村(社区)“两委”换届工作中，采用“专职专选”等办法，保证每个村(居)民委员会成员中至少有1名女性成员', law: '《中华人民共和国村民委员会组织法》第六条（村民委员会成员中应当有妇女成员）' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (8)', quote: '通过提名确定女性候选人、女性委员专职专选、女性成员缺位增补等措施，提高村委会成员、村委会主任中的女性比例，保持居委会委员、居委会主任中女性适当比例' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 策略措施 › (8)', quote: '通过提名确定女性候选人、女性委员专职专选、女性成员另行选举等措施，提高村委会成员、村委会主任中的女性比例' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (6)', quote: '女性委员专职专选、女性成员缺位 增补等措施' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '本届选举中妇女委员与其他委员一并差额选举，按得票多少确定当选人。',
        '村委会委员职数为5名，不再单独设置妇女委员职位。',
        '村民代表候选人原则上应由户主担任。',
        '推选会议以户为单位，由男主人代表全家投票。',
        '居委会换届选举中，女性成员不另行确定职数，与其他候选人同等竞争。',
        '选民登记以户为单位，户主外出的由其长子代为登记。',
        '已婚妇女外出的，可由丈夫代为投票，不需办理委托手续。',
        '户代表原则上由每户户主担任。',
        '投票时以户为单位，由户主代全家填写选票。',
      ],
      pass: [
        '女性委员专职专选，女性成员未能当选的，另行选举产生。',
        '村委会由5人组成，其中妇女成员至少1名。',
        '每户可推选一名18周岁以上的家庭成员参加村民会议。',
        '户主变更登记须提交户口簿。',
        '选民在选举期间外出不能参加投票的，可以书面委托本村有选举权的近亲属代为投票。',
        '每一选民接受委托投票不得超过三人，丈夫不得代替妻子投票。',
        '选民登记以户为单位进行核对，户主可协助核实家庭成员信息。',
        '户代表由各户自行推选一名成年家庭成员担任，男女均可。',
        '选民登记以户为单位，由户主代为登记全户选民，登记后张榜公布。',
      ],
    },
  },
];
