/**
 * 妇女参与决策和管理: women's share of village and residents' committees and of village representatives;
 * sex-differentiated limits in cadre selection, promotion and retirement.
 */
import type { Rule } from '../lib/engine/types.ts';
import { NUM } from '../lib/engine/numbers.ts';

/** Directors/secretaries are a different indicator: skip clauses about them. */
const ABOUT_DIRECTORS = { any: ['(?:主任|书记|主席|正职|负责人)(?:中|的)?(?:女性|妇女)'], scope: 'clause' as const };

const CADRE_CONTEXT = ['干部|正职|副职|党政|公务员|选拔|任用|提拔|晋升|遴选|选调|挂职|考察|提名|任职|职级|职务|领导(?:班子|岗位|职务)|后备|班子|推荐人选|人选'];
const AGE = `${NUM}周?岁`;

export const decisionRules: Rule[] = [
  {
    id: 'cn.decision.village-committee-women',
    domain: 'decision',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '村委会女性成员比例低于30%', en: "Women below 30 % of the village committee" },
    check: {
      type: 'share',
      triggers: ['村委', '村民委员会', '两委', '嘎查'],
      subject: ['村民委员会|村委会|村“两委”|村"两委"|村两委|嘎查村?(?:民)?委员会|嘎查村?“两委”|嘎查村?两委'],
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
      ],
      pass: [
        '村委会成员中女性比例达到30%以上，村委会主任中女性比例达到10%。',
        '村民委员会成员中女性比例保持在三分之一以上。',
        '村委会由7人组成，其中女性3名。',
        '村委会成员中35岁以下的占20%。',
      ],
    },
  },
  {
    id: 'cn.decision.community-committee-women',
    domain: 'decision',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '居委会女性成员比例低于50%左右', en: "Women below about 50 % of the residents' committee" },
    check: {
      type: 'share',
      triggers: ['居委', '居民委员会', '社区两委', '社区“两委”'],
      subject: ['居民委员会|居委会|社区“两委”|社区"两委"|社区两委'],
      min: 0.5,
      tolerance: 0.02,
      unless: [ABOUT_DIRECTORS],
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
      ],
      pass: [
        '社区居委会成员中女性比例达到50%左右，社区居委会主任中女性比例达到35%左右。',
        '社区居委会成员中女性比例保持在50%以上。',
        '居委会由5人组成，其中女性3名。',
      ],
    },
  },
  {
    id: 'cn.decision.village-representatives-women',
    domain: 'decision',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '妇女村民代表不足三分之一', en: 'Women below one third of village representatives' },
    check: {
      type: 'share',
      triggers: ['村民代表', '嘎查村民代表', '代表会议'],
      subject: ['村民代表(?:会议)?|嘎查(?:村)?民代表'],
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
    profiles: ['004'],
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
    domain: 'decision',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '干部选拔任用中男女适用不同条件', en: 'Different conditions for men and women in cadre selection' },
    check: {
      type: 'pattern',
      triggers: ['男', '女'],
      patterns: [
        // 男性不超过45周岁，女性不超过40周岁 (either order)
        `男(?:性|同志|干部)?[^。;]{0,10}?${AGE}[^。;]{0,16}?女(?:性|同志|干部)?[^。;]{0,10}?${AGE}`,
        `女(?:性|同志|干部)?[^。;]{0,10}?${AGE}[^。;]{0,16}?男(?:性|同志|干部)?[^。;]{0,10}?${AGE}`,
        // 女干部年满55周岁的，一般不再提名提拔
        `女(?:性|同志|干部)[^。;]{0,6}?(?:年满|满|超过)${AGE}[^。;]{0,16}?(?:不再|不得|一律|原则上不|一般不)(?:提名|提拔|推荐|考察|交流|任职|列为|作为|退出|担任)`,
        // 党政正职原则上由男同志担任
        '由男(?:同志|性|干部)担任',
        // 女干部一般不安排到乡镇、信访、应急等一线岗位
        '女(?:干部|同志|性)[^,;。]{0,6}?(?:一般|原则上)?(?:不安排|不选派|不列为|不作为|不推荐|不考虑|不纳入|不宜(?:安排|选派|担任))',
        // 处于孕期、哺乳期的女干部暂不列为考察对象
        '(?:孕期|哺乳期|怀孕)[^。;]{0,12}女(?:干部|同志|性)[^。;]{0,8}(?:暂不|不予?)(?:列为|作为|推荐|提拔|考察|纳入)',
      ],
      when: [{ any: CADRE_CONTEXT, scope: 'sentence' }],
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
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (5)', quote: '保障妇女在干部录用、选拔、聘（任）用、晋升、退休各环节不因性别受到歧视' },
      { plan: '001_1142db6a623c33a6.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (5)', quote: '保障妇女在干部录用、选拔、任(聘)用、晋升、退休各环节不因性别受到歧视' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (5)', quote: '在干部录用、选拔、聘（任）用、晋升、退休各环节，保障女性享有平等权利' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (四)妇女参与决策和管理 › 策略措施 › (5)', quote: '保障妇女在干部录用、选拔、聘（任）用、晋升、退休各环节不因性别受到歧视' },
      { plan: '004_573b780cbee6880a.txt', section: '(四)妇女参与决策和管理 › 策略措施 › (5)', quote: '保障妇女在干部录用、选拔、任（聘）用、晋升、退休各环节不因性别受到歧视' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '推荐人选年龄条件：男性不超过45周岁，女性不超过40周岁。',
        '女干部年满55周岁的，一般不再提名提拔或交流任职。',
        '党政正职原则上由男同志担任。',
        '女干部一般不安排到乡镇、信访、应急等一线岗位挂职锻炼。',
        '处于孕期、哺乳期的女干部暂不列为考察对象。',
        '女干部年满50周岁一律退出领导岗位，男干部年满55周岁退出。',
      ],
      pass: [
        '按照国家规定的法定退休年龄办理退休手续。',
        '在保证质量的前提下，领导班子至少配备1名女干部。',
        '保障妇女在干部录用、选拔、任用、晋升、退休各环节不因性别受到歧视。',
        '推荐人选年龄一般不超过45周岁。',
      ],
    },
  },
];
