/**
 * 妇女与健康: maternal-health and two-cancers targets (numeric), employer health checks, reproductive autonomy,
 * and period products in emergency plans.
 *
 * Numeric rules compare the first number after the indicator in its clause with the plan's floor or ceiling. They
 * fire only where the clause states a target (TARGET_CLAUSE), not on status figures or news (STATUS_SENTENCE), and
 * not inside a women's development plan itself (each plan states its own targets).
 */
import type { Condition, Rule } from '../lib/engine/types.ts';
import { docTypes, STATUS_SENTENCE, TARGET_CLAUSE, WOMENS_PLAN } from './doctypes.ts';

const TARGET: Condition = { any: [TARGET_CLAUSE], scope: 'clause' };
const NOT_STATUS: Condition = { any: [STATUS_SENTENCE], scope: 'sentence' };
const NOT_PLAN: Condition = { any: [WOMENS_PLAN], scope: 'document' };

export const healthRules: Rule[] = [
  {
    id: 'cn.health.maternal-mortality',
    domain: 'health',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['H-01'],
    title: { zh: '孕产妇死亡率目标高于规划上限', en: 'Maternal mortality target above the plan ceiling' },
    check: {
      type: 'value',
      triggers: ['孕产妇死亡率'],
      subject: ['孕产妇死亡率'],
      unit: 'per100k',
      max: 12,
      when: [TARGET],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '孕产妇死亡率目标为 {value}，高于妇女发展规划 {max} 以下的上限。目标过松会降低对母婴安全的要求。',
      en: 'The maternal mortality target is {value}, above the plan ceiling of {max}. A looser target lowers the bar for maternal safety.',
    },
    suggestion: {
      zh: '将目标改为“孕产妇死亡率控制在{max}以下”，并写明城乡、区域差距逐步缩小。',
      en: 'Set the target to "maternal mortality kept below {max}" and add that urban-rural and regional gaps narrow.',
    },
    basis: [
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 主要目标 › (2)', quote: '孕产妇死亡率控制在12/10万以下，城乡、区域差距缩小' },
      { plan: '000_d67eb8df20e31904.txt', section: '(一)妇女与健康 › 主要目标 › (2)', quote: '孕产妇死亡率控制在8.2/10万以下，城乡、区域差距逐步缩小' },
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 主要目标 › (2)', quote: '孕产妇死亡率到 2025 年控制在 10.5/10 万以下，到 2030 年控制在 10/10 万以下' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (一)妇女与健康 › 主要目标 › (2)', quote: '孕产妇死亡率控制在 8.2/10 万以下，城乡、区域差距逐步缩小' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 主要目标 › (2)', quote: '孕产妇死亡率下降到 12/10 万以下，城乡、区域差距缩小' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '到2025年，全市孕产妇死亡率控制在15/10万以下。',
        '主要目标：孕产妇死亡率下降到 13.5/10 万以下，婴儿死亡率控制在5‰以下。',
        '孕产妇死亡率不高于20/10万。',
        '力争孕产妇死亡率降至18/10万以下，住院分娩率保持在99%以上。',
        '婴儿死亡率控制在6‰以下，孕产妇死亡率控制在16/10万以下。',
      ],
      pass: [
        '孕产妇死亡率控制在12/10万以下，城乡、区域差距缩小。',
        '到2025年，孕产妇死亡率下降到10/10万以下。',
        '2020年全市孕产妇死亡率为14.6/10万，较上年下降2.1个十万分点。',
        '据统计，全市孕产妇死亡率降至15.2/10万。',
        '婴儿死亡率控制在15/10万以下，孕产妇死亡率控制在12/10万以下。',
      ],
    },
  },
  {
    id: 'cn.health.maternal-care-management',
    domain: 'health',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['H-02'],
    title: { zh: '孕产妇系统管理率目标低于90%', en: 'Systematic maternal-care management target below 90 %' },
    check: {
      type: 'value',
      triggers: ['孕产妇系统管理率', '孕产妇健康管理率'],
      subject: ['孕产妇(?:系统|健康)管理率'],
      unit: 'percent',
      min: 0.9,
      when: [TARGET],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '孕产妇系统管理率目标为 {value}，低于妇女发展规划 {min} 以上的要求。',
      en: 'The systematic maternal-care management target is {value}, below the plan floor of {min}.',
    },
    suggestion: {
      zh: '改为“孕产妇系统管理率达到90%以上”，并落实妊娠风险筛查评估、高危专案管理、危急重症救治、死亡个案报告和约谈通报等母婴安全五项制度。',
      en: 'Rewrite as "systematic maternal-care management at least 90 %" and apply the five maternal-safety systems (risk screening, high-risk case management, critical-care rescue, death reporting, accountability interviews).',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(一)妇女与健康 › 策略措施 › (4)', quote: '孕产妇系统管理率达到90%以上' },
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 主要目标 › (2)', quote: '孕产妇系统管理率保持在 90%以上' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 策略措施 › (4)', quote: '孕产妇系统管理率达到90%以上' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (一)妇女与健康 › 策略措施 › (4)', quote: '孕产妇系统管理率达到90%以上' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 主要目标 › (2)', quote: '孕产妇系统管理率保持在 90% 以上' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '孕产妇系统管理率达到85%以上。',
        '到2025年，孕产妇系统管理率不低于80%，住院分娩率达到99%。',
        '孕产妇健康管理率保持在 88% 以上。',
        '孕产妇系统管理率力争达到百分之八十。',
        '全面落实母婴安全五项制度，孕产妇系统管理率稳定在75%以上。',
      ],
      pass: [
        '孕产妇系统管理率达到90%以上。',
        '孕产妇系统管理率保持在92%以上，住院分娩率达到99%以上。',
        '2022年全市孕产妇系统管理率为86.3%。',
        '3岁以下儿童系统管理率达到85%以上。',
      ],
    },
  },
  {
    id: 'cn.health.cervical-cancer-screening',
    domain: 'health',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['H-03'],
    title: { zh: '宫颈癌（两癌）筛查率目标低于规划要求', en: 'Cervical (two-cancers) screening target below the plan' },
    check: {
      type: 'value',
      triggers: ['宫颈癌', '两癌'],
      subject: ['(?:宫颈癌(?:和乳腺癌|、乳腺癌|及乳腺癌)?|两癌|“两癌”|"两癌")(?:人群)?(?:筛查|检查)(?:覆盖)?率'],
      unit: 'percent',
      min: 0.7,
      when: [TARGET],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '宫颈癌（两癌）筛查率目标为 {value}，低于妇女发展规划 {min} 以上的要求。',
      en: 'The cervical (two-cancers) screening target is {value}, below the plan floor of {min}.',
    },
    suggestion: {
      zh: '改为“适龄妇女宫颈癌人群筛查率达到{min}以上，乳腺癌人群筛查率逐步提高”。',
      en: 'Rewrite as "cervical-cancer screening of eligible women at least {min}; breast-cancer screening rising".',
    },
    basis: [
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 主要目标 › (3)', quote: '适龄妇女宫颈癌人群筛查率达到70%以上，乳腺癌人群筛查率逐步提高' },
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 主要目标 › (3)', quote: '适龄妇女宫颈癌人群筛查率达到 70%以上，乳腺癌人群筛查率逐步提高。宫颈癌患者早诊率达到 90%以上' },
      { plan: '000_d67eb8df20e31904.txt', section: '(一)妇女与健康 › 主要目标 › (3)', quote: '35-64岁农村适龄妇女宫颈癌、乳腺癌人群检查率分别达到80%以上' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 策略措施 › (5)', quote: '农村适龄妇女宫颈癌和乳腺癌筛查覆盖率达到90%及以上' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '适龄妇女宫颈癌人群筛查率达到60%以上。',
        '到2025年，农村适龄妇女“两癌”筛查率达到50%。',
        '宫颈癌、乳腺癌检查率不低于65%，确诊患者及时转诊治疗。',
        '宫颈癌筛查覆盖率力争达到55%以上。',
        '两癌检查率达到百分之六十。',
      ],
      pass: [
        '适龄妇女宫颈癌人群筛查率达到70%以上，乳腺癌人群筛查率逐步提高。',
        '农村适龄妇女宫颈癌和乳腺癌筛查覆盖率达到90%及以上。',
        '2021年全市宫颈癌筛查率为45%，较上年提高5个百分点。',
        '宫颈癌患者治疗率达到90%以上。',
      ],
    },
  },
  {
    id: 'cn.health.two-cancers-awareness',
    domain: 'health',
    kind: 'threshold',
    severity: 'low',
    lang: 'zh',
    requirement: ['H-03'],
    title: { zh: '两癌防治知识知晓率目标低于规划要求', en: 'Two-cancers awareness target below the plan' },
    check: {
      type: 'value',
      triggers: ['知晓率'],
      subject: ['防[治控](?:知识)?知晓率'],
      unit: 'percent',
      min: 0.8,
      when: [TARGET, { any: ['宫颈癌|乳腺癌|两癌'], scope: 'sentence' }],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '宫颈癌和乳腺癌防治知识知晓率目标为 {value}，低于妇女发展规划 {min} 以上的要求。',
      en: 'The cervical and breast cancer awareness target is {value}, below the plan floor of {min}.',
    },
    suggestion: {
      zh: '改为“宫颈癌和乳腺癌防治知识知晓率达到{min}以上”。',
      en: 'Rewrite as "awareness of cervical and breast cancer prevention at least {min}".',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(一)妇女与健康 › 策略措施 › (6)', quote: '防控知识知晓率达到80%以上' },
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 主要目标 › (3)', quote: '防治知识知晓率达到 90%以上' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 策略措施 › (5)', quote: '确保宫颈癌和乳腺癌防治知识知晓率达到90%以上' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (一)妇女与健康 › 策略措施 › (6)', quote: '防控知识知晓率达到 80% 以上' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 主要目标 › (4)', quote: '防治知识知晓率达到 80% 以上' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '妇女宫颈癌和乳腺癌防治知识知晓率达到60%以上。',
        '开展“两癌”科普宣传，防治知识知晓率力争达到70%。',
        '宫颈癌、乳腺癌防控知识知晓率不低于50%。',
        '到2025年，全市妇女两癌防治知晓率达到75%以上。',
        '加强宫颈癌和乳腺癌健康教育，防控知识知晓率达到百分之六十五。',
      ],
      pass: [
        '确保宫颈癌和乳腺癌防治知识知晓率达到90%以上。',
        '宫颈癌和乳腺癌防控知识知晓率达到80%以上。',
        '居民慢性病防治知识知晓率达到60%以上。',
        '截至2022年底，两癌防治知识知晓率为62%。',
      ],
    },
  },
  {
    id: 'cn.health.pmtct-testing',
    domain: 'health',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['H-05'],
    title: { zh: '孕产妇艾滋病、梅毒和乙肝检测率目标低于规划要求', en: 'HIV/syphilis/hepatitis B testing of pregnant women below the plan' },
    check: {
      type: 'value',
      triggers: ['检测率'],
      subject: ['(?:艾滋病|梅毒|乙肝)(?:[、和及]|病毒)?(?:梅毒|乙肝)?(?:[、和及])?(?:乙肝)?(?:病毒)?检测率'],
      unit: 'percent',
      min: 0.98,
      when: [TARGET, { any: ['孕产妇|孕妇|母婴'], scope: 'sentence' }],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '孕产妇艾滋病、梅毒和乙肝检测率目标为 {value}，低于妇女发展规划 {min} 以上的要求。',
      en: 'The target for HIV, syphilis and hepatitis B testing of pregnant women is {value}, below the plan floor of {min}.',
    },
    suggestion: {
      zh: '改为“孕产妇艾滋病、梅毒和乙肝检测率达到{min}以上”，并提高孕早期检测率。',
      en: 'Rewrite as "HIV, syphilis and hepatitis B testing of pregnant women at least {min}", and raise early-pregnancy testing.',
    },
    basis: [
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 策略措施 › (7)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到98%以上，艾滋病、梅毒孕产妇感染者治疗率达到95%以上' },
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 主要目标 › (5)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到 98%以上，艾滋病、梅毒孕产妇感染者治疗率达到 95%以上' },
      { plan: '000_d67eb8df20e31904.txt', section: '(一)妇女与健康 › 策略措施 › (7)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到95%以上，孕早期检测率达70%以上，艾滋病、梅毒感染孕产妇治疗率达95%以上' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (一)妇女与健康 › 策略措施 › (7)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到 95% 以上，孕早期检测率达 70% 以上，艾滋病、梅毒感染孕产妇治疗率达 95% 以上' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 主要目标 › (6)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到 98% 以上。艾滋病、梅毒孕产妇感染者治疗率达到 95% 以上' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '孕产妇艾滋病、梅毒和乙肝检测率达到90%以上。',
        '孕产妇艾滋病检测率不低于85%。',
        '预防母婴传播工作：孕产妇梅毒检测率达到92%。',
        '孕产妇艾滋病、梅毒、乙肝检测率力争达到80%以上。',
        '孕妇乙肝检测率稳定在90%以上。',
      ],
      pass: [
        '孕产妇艾滋病、梅毒和乙肝检测率达到98%以上，艾滋病、梅毒孕产妇感染者治疗率达到95%以上。',
        '孕产妇艾滋病、梅毒和乙肝检测率稳定在99%以上。',
        '高危人群艾滋病检测率达到80%以上。',
        '孕早期检测率达到70%以上。',
      ],
    },
  },
  {
    id: 'cn.health.pmtct-treatment',
    domain: 'health',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['H-05'],
    title: { zh: '感染孕产妇治疗率目标低于95%', en: 'Treatment of infected pregnant women below 95 %' },
    check: {
      type: 'value',
      triggers: ['治疗率'],
      subject: ['(?:艾滋病|梅毒|乙肝)[^,;。]{0,14}?治疗率'],
      unit: 'percent',
      min: 0.95,
      when: [TARGET, { any: ['孕产妇|孕妇'], scope: 'clause' }],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '艾滋病、梅毒感染孕产妇治疗率目标为 {value}，低于妇女发展规划 {min} 以上的要求。',
      en: 'The treatment target for pregnant women with HIV or syphilis is {value}, below the plan floor of {min}.',
    },
    suggestion: {
      zh: '改为“艾滋病、梅毒孕产妇感染者治疗率达到95%以上”。',
      en: 'Rewrite as "treatment of pregnant women infected with HIV or syphilis at least 95 %".',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 主要目标 › (5)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到 98%以上，艾滋病、梅毒孕产妇感染者治疗率达到 95%以上' },
      { plan: '000_d67eb8df20e31904.txt', section: '(一)妇女与健康 › 策略措施 › (7)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到95%以上，孕早期检测率达70%以上，艾滋病、梅毒感染孕产妇治疗率达95%以上' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 策略措施 › (7)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到98%以上，艾滋病、梅毒孕产妇感染者治疗率达到95%以上' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (一)妇女与健康 › 策略措施 › (7)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到 95% 以上，孕早期检测率达 70% 以上，艾滋病、梅毒感染孕产妇治疗率达 95% 以上' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 主要目标 › (6)', quote: '孕产妇艾滋病、梅毒和乙肝检测率达到 98% 以上。艾滋病、梅毒孕产妇感染者治疗率达到 95% 以上' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '艾滋病、梅毒孕产妇感染者治疗率达到85%以上。',
        '艾滋病、梅毒感染孕产妇治疗率不低于90%。',
        '梅毒感染孕产妇治疗率力争达到80%。',
        '乙肝感染孕妇规范治疗率达到70%以上。',
        '加强随访，艾滋病感染孕产妇抗病毒治疗率稳定在90%以上。',
      ],
      pass: [
        '艾滋病、梅毒孕产妇感染者治疗率达到95%以上。',
        '艾滋病感染者抗病毒治疗率达到90%以上。',
        '2022年全市梅毒感染孕产妇治疗率为88%。',
      ],
    },
  },
  {
    id: 'cn.health.hiv-mother-to-child-transmission',
    domain: 'health',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['H-05'],
    title: { zh: '艾滋病母婴传播率目标高于规划上限', en: 'HIV mother-to-child transmission target above the plan ceiling' },
    check: {
      type: 'value',
      triggers: ['母婴传播'],
      subject: ['艾滋病母婴传播率?'],
      unit: 'percent',
      max: 0.02,
      when: [TARGET],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '艾滋病母婴传播率目标为 {value}，高于妇女发展规划 {max} 以下的上限。',
      en: 'The HIV mother-to-child transmission target is {value}, above the plan ceiling of {max}.',
    },
    suggestion: {
      zh: '改为“艾滋病母婴传播率下降到{max}以下”。',
      en: 'Rewrite as "HIV mother-to-child transmission below {max}".',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 主要目标 › (5)', quote: '艾滋病母婴传播率下降到 2%以下' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 主要目标 › (5)', quote: '艾滋病母婴传播率下降到2%以下' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 主要目标 › (6)', quote: '艾滋病母婴传播率下降到 2% 以下' },
      { plan: '000_d67eb8df20e31904.txt', section: '(一)妇女与健康 › 主要目标 › (4)', quote: '艾滋病母婴传播下降到3%以下' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (一)妇女与健康 › 主要目标 › (4)', quote: '艾滋病母婴传播下降到 3%以下' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '艾滋病母婴传播率下降到5%以下。',
        '艾滋病母婴传播率控制在4%以内。',
        '到2025年，艾滋病母婴传播率不高于百分之六。',
        '消除母婴传播行动：艾滋病母婴传播率降至3.5%以下。',
        '艾滋病母婴传播率力争控制在8%以下，先天梅毒发病率持续下降。',
      ],
      pass: [
        '艾滋病母婴传播率下降到2%以下。',
        '艾滋病母婴传播率控制在1.5%以下。',
        '2019年全市艾滋病母婴传播率为4.1%。',
        '乙肝母婴传播率下降到5%以下。',
      ],
    },
  },
  {
    id: 'cn.health.pregnancy-anaemia',
    domain: 'health',
    kind: 'threshold',
    severity: 'low',
    lang: 'zh',
    requirement: ['H-06'],
    title: { zh: '孕产妇贫血率目标高于10%', en: 'Anaemia in pregnancy target above 10 %' },
    check: {
      type: 'value',
      triggers: ['贫血'],
      subject: ['孕(?:产)?妇贫血(?:患病)?率'],
      unit: 'percent',
      max: 0.1,
      when: [TARGET],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '孕产妇贫血率目标为 {value}，高于妇女发展规划 {max} 以下的上限。',
      en: 'The anaemia-in-pregnancy target is {value}, above the plan ceiling of {max}.',
    },
    suggestion: {
      zh: '改为“孕产妇贫血患病率控制在10%以下”，并加强孕期营养指导。',
      en: 'Rewrite as "anaemia in pregnancy kept below 10 %" and strengthen nutrition guidance in pregnancy.',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 主要目标 › (7)', quote: '孕妇贫血率控制在 10%以下' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 主要目标 › (9)', quote: '孕产妇贫血患病率控制在 10% 以下' },
    ],
    profiles: ['baseline', '001', '004'],
    examples: {
      flag: [
        '孕妇贫血率控制在15%以下。',
        '孕产妇贫血患病率控制在 12% 以下。',
        '实施营养改善行动，孕妇贫血率下降到20%以下。',
        '孕产妇贫血率不高于百分之十五。',
        '到2025年，孕妇贫血率降至13%以下，低出生体重发生率控制在4%以下。',
      ],
      pass: [
        '孕妇贫血率控制在10%以下。',
        '孕产妇贫血患病率控制在 8% 以下。',
        '预防和减少孕产妇贫血。',
        '2020年孕妇贫血率为16.3%。',
      ],
    },
  },
  {
    id: 'cn.health.employer-womens-checkup-interval',
    domain: 'health',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['H-04'],
    title: { zh: '女职工妇科、两癌检查间隔长于规划要求', en: "Employer gynaecological or two-cancers checks less frequent than the plan" },
    check: {
      type: 'pattern',
      triggers: ['检查', '筛查', '普查', '体检'],
      patterns: [
        // 每三年安排女职工进行一次妇科检查 / 妇科检查每两年一次
        '每(?:[2-9]|[两二三四五])年[^。;]{0,20}?(?:妇科(?:病)?(?:检查|普查|体检)|妇女病(?:检查|普查))',
        '(?:妇科(?:病)?(?:检查|普查|体检)|妇女病(?:检查|普查))[^。;]{0,12}?每(?:[2-9]|[两二三四五])年',
        // 两癌检查每三年一次
        '每(?:[3-9]|[三四五])年[^。;]{0,20}?(?:宫颈癌|乳腺癌|两癌|“两癌”)[^。;]{0,6}?(?:检查|筛查)',
        '(?:宫颈癌|乳腺癌|两癌|“两癌”)[^。;]{0,6}?(?:检查|筛查)[^。;]{0,12}?每(?:[3-9]|[三四五])年',
      ],
      when: [{ any: ['女职工|女员工|女工|用人单位|单位|公司|企业'], scope: 'sentence' }],
      unless: [{ any: ['(?:困难|低保|农村)(?:家庭)?(?:适龄)?妇女|免费(?:开展|提供)'], scope: 'sentence' }],
    },
    message: {
      zh: '女职工妇科检查或宫颈癌、乳腺癌检查的间隔长于规划要求（妇科检查每年1次，两癌检查至少每2年1次）。',
      en: "Gynaecological or cervical/breast cancer checks for women employees are less frequent than the plan requires (gynaecological exam yearly, two-cancers check at least every 2 years).",
    },
    suggestion: {
      zh: '改为：用人单位每年为女职工安排1次妇科检查，至少每2年安排1次宫颈癌、乳腺癌检查，费用由单位承担。',
      en: 'Rewrite: the employer arranges a gynaecological exam for women employees every year and a cervical and breast cancer check at least every 2 years, at its own cost.',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 策略措施 › (5)', quote: '用人单位每年为女职工安排 1 次妇科检查', law: '《女职工保健工作规定》' },
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 策略措施 › (6)', quote: '用人单位至少每 2 年为女职工安排 1 次宫颈癌、乳腺癌检查' },
    ],
    profiles: ['001'],
    examples: {
      flag: [
        '公司每三年组织女职工进行一次妇科检查。',
        '女职工妇科检查每两年安排一次，费用由工会经费列支。',
        '本单位每3年为女员工安排一次“两癌”筛查。',
        '女职工宫颈癌、乳腺癌检查每五年进行一次。',
        '单位每两年组织女工开展妇科病普查。',
      ],
      pass: [
        '用人单位每年为女职工安排1次妇科检查。',
        '公司至少每2年为女职工安排1次宫颈癌、乳腺癌检查。',
        '为农村适龄妇女每3年免费开展一次两癌筛查。',
        '单位每两年组织一次全员健康体检。',
      ],
    },
  },
  {
    id: 'cn.health.reproductive-autonomy',
    domain: 'health',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    requirement: ['H-08'],
    title: { zh: '强制妇女避孕节育、孕检或干预生育选择', en: "Forced contraception, pregnancy checks or interference with women's reproductive choices" },
    check: {
      type: 'pattern',
      triggers: ['节育', '绝育', '结扎', '上环', '取环', '宫内节育器', '孕情', '孕检', '环孕检', '流产', '终止妊娠', '引产', '避孕'],
      patterns: [
        // 生育二孩后应当及时落实长效节育措施 / 由计生专干督促其落实绝育手术
        '(?:应当?|须|必须|要|督促(?:其)?|动员(?:其)?|责令(?:其)?|强制(?:其)?)(?:及时)?(?:落实|采取|实施|做|接受)(?:长效|永久性?)?(?:节育|绝育|结扎)(?:措施|手术)?',
        // 放置或取出宫内节育器，须报单位审批同意
        '(?:放置|取出|上|取)(?:或(?:取出|放置))?(?:宫内节育器|环)[^。]{0,12}?(?:须|需|应当?|必须)(?:报|经)[^。]{0,12}?(?:审批|批准|同意)',
        // 须每季度接受孕情检查 / 环孕检
        '(?:孕情|环孕情|孕环情|环情)(?:检查|监测|跟踪|摸底)|(?:须|需|应当?|必须|定期)[^。;]{0,16}?(?:接受|参加|进行)(?:环检|环孕检|孕环检)',
        // 动员终止妊娠 / 强制引产
        '(?:动员|劝导|督促|责令|强制|要求)(?:其|当事人|该女职工|女方)?(?:终止妊娠|引产|人工流产|堕胎|流产)',
        // 避孕节育措施原则上由女方落实，男方不承担
        '(?:避孕|节育)(?:节育|避孕)?(?:措施|责任|义务)[^。;]{0,8}?(?:原则上|一律|应当?|须)?由女(?:方|性|职工)(?:落实|承担|负责)',
        // 对未落实节育措施的妇女暂停发放福利
        '(?:未(?:按要求)?|不)(?:落实|采取)(?:长效)?(?:节育|避孕|绝育)(?:措施)?的[^。]{0,16}?(?:暂停|停发|取消|扣发|不予|不得)',
        // 须经丈夫同意方可…
        '(?:须|需|应当?|必须)(?:经|征得|取得)(?:其)?(?:丈夫|配偶|男方|公婆)(?:的)?(?:书面)?同意[^。;]{0,6}?(?:方可|才能|才可)?[^。;]{0,6}?(?:终止妊娠|人工流产|流产|引产|放置|取出|避孕|节育|生育|怀孕|休产假)',
      ],
      when: [{ any: ['妇女|女性|女职工|女方|育龄|孕|妻子|女员工|女工'], scope: 'sentence' }],
      unless: [
        { any: ['自愿|知情选择|知情同意|自主选择|免费提供|依法打击|代孕'], scope: 'clause' },
        // Medical consent for an operation on the woman herself or where she cannot decide: not the husband's veto.
        { any: ['(?:本人|患者)(?:无法|不能)|昏迷|无民事行为能力|紧急情况'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '条款强制妇女落实避孕节育、接受孕情检查或终止妊娠，或把避孕节育责任、生育决定交由女方单方承担或由丈夫、单位决定，侵犯妇女避孕节育知情选择自主权。',
      en: "The clause forces women to use contraception, undergo pregnancy checks or end a pregnancy, puts contraception on women alone, or makes their reproductive decisions subject to husbands or employers: this breaches women's informed, autonomous choice of contraception.",
    },
    suggestion: {
      zh: '删除强制性、惩罚性和审批性要求，改为：保障妇女享有避孕节育知情选择自主权，倡导男女共担避孕责任，为有需要的群众免费提供基本避孕服务。',
      en: 'Remove compulsory, punitive and approval requirements; write instead that women have informed, autonomous choice of contraception, that both sexes share responsibility for contraception, and that basic contraceptive services are free on request.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(一)妇女与健康 › 策略措施 › (11)', quote: '保障妇女享有避孕节育知情选择自主权' },
      { plan: '001_1142db6a623c33a6.txt', section: '(一)妇女与健康 › 策略措施 › (7)', quote: '保障妇女享有避孕节育知情自主选择权' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 策略措施 › (6)', quote: '保障妇女避孕节育知情选择权利' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (一)妇女与健康 › 策略措施 › (11)', quote: '保障妇女享有避孕节育知情选择自主权' },
      { plan: '004_573b780cbee6880a.txt', section: '(一)妇女与健康 › 策略措施 › (4)', quote: '保障妇女享有避孕节育知情自主选择权' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '育龄妇女生育二孩后，应当及时落实长效节育措施。',
        '已生育三个子女的妇女，由村计生专干督促其落实绝育手术。',
        '女职工放置或取出宫内节育器，须报单位计生部门审批同意。',
        '避孕节育措施原则上由女方落实，男方不承担相关义务。',
        '外出务工育龄妇女须每季度回村或在务工地接受孕情检查，并将检查证明交村委会备案。',
        '未婚女职工发现怀孕的，单位应当告知其家属并动员终止妊娠。',
        '对未按要求落实节育措施的妇女，暂停发放本年度集体福利。',
        '已婚妇女终止妊娠的，须经丈夫书面同意方可施行人工流产手术。',
      ],
      pass: [
        '保障妇女享有避孕节育知情选择自主权，为有需要的群众免费提供基本避孕服务。',
        '倡导夫妻共担避孕责任，男女双方可自愿选择适宜的避孕方法。',
        '严厉打击代孕及非法采供卵子等违法行为。',
        '减少非医学需要的人工流产。',
        '为育龄妇女免费提供孕前优生健康检查。',
      ],
    },
  },
  {
    id: 'cn.health.emergency-menstrual-products',
    domain: 'health',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    requirement: ['H-09', 'ENV-04'],
    title: { zh: '应急预案未列女性卫生用品', en: 'Emergency plan does not list menstrual products' },
    check: {
      type: 'required',
      docType: docTypes.emergencyPlan,
      present: ['卫生巾|卫生棉条|女性卫生用品|妇女卫生用品|女性用品|生理期用品|经期用品|月经用品|女性健康安全用品'],
      triggers: [],
    },
    message: {
      zh: '本应急预案的物资保障未列女性卫生用品（卫生巾等）。受灾、隔离和安置期间妇女仍需经期用品，规划要求优先保证其供给。',
      en: 'The emergency plan\'s supplies do not list menstrual products (sanitary pads etc.). Women still need them during disasters, quarantine and sheltering; the plans require their supply to be given priority.',
    },
    suggestion: {
      zh: '在应急物资储备和保障条款中增加“女性卫生用品（卫生巾等）”，明确储备数量、发放渠道和责任单位。',
      en: 'Add "menstrual products (sanitary pads etc.)" to the stockpile and supply clauses, with quantities, distribution channels and the responsible unit.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(八)妇女与环境 › 策略措施 › (10)',
        quote: '在突发事件应急体系、预防和应急处置机制、相关应急预案和规划中充分考虑妇女特殊需求，优先保证女性卫生用品、孕产妇用品、女性内衣等基本生活用品和重要医用物资供给',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(七)妇女与环境 › 策略措施 › (10)',
        quote: '在突发事件应急体系建设、预防和应急处置机制建设、相关应急预案和规划中统筹考虑妇女特殊需求，优先保障女性卫生用品、孕产妇用品和重要医用物资供给',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (八)妇女与环境 › 策略措施 › (10)',
        quote: '在突发事件应急体系、预防和应急处置机制、相关应急预案和规划中充分考虑妇女特殊需求，优先保证女性卫生用品、孕产妇用品、女性内衣等基本生活用品和重要医用物资供给',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(七)妇女与环境 › 策略措施 › (11)',
        quote: '在突发事件应急体系建设、预防和应急处置机制建设、相关应急预案和规划制定中统筹考虑妇女特殊需求，优先保障女性卫生用品、孕产妇用品和重要医用物资供给',
      },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 策略措施 › (6)', quote: '加强对女性健康安全用品产品的质量监管' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX县防汛抗旱应急预案\n1 总则\n本预案适用于本县范围内洪涝、干旱灾害的预防和应急处置。\n4 应急响应\n4.1 按洪涝灾害的严重程度，应急响应分为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级。\n6 应急保障\n储备帐篷、棉被、食品、饮用水和常用药品，保障受灾群众基本生活。',
        'XX市突发公共卫生事件应急预案\n本预案所称突发公共卫生事件，是指突然发生的重大传染病疫情等事件。\n应急指挥部负责统一指挥。启动Ⅱ级响应后，隔离点配备口罩、消毒液、体温计和生活物资。',
        'XX区自然灾害救助应急预案\n一、总则 本预案适用于区内自然灾害救助工作。\n二、组织指挥体系 区减灾委员会为区自然灾害救助应急综合协调机构。\n五、应急响应 灾害发生后，及时转移安置受灾群众，调拨食品、衣被、饮用水。\n八、后期处置 做好倒损房屋恢复重建。',
        '某街道地震应急预案\n本预案适用于本街道辖区内地震灾害应对。\n应急指挥部设综合组、物资保障组。\n应急保障：避难场所储备方便食品、矿泉水、毛毯、照明设备。',
        'XX镇森林火灾应急处置预案\n本预案适用于全镇森林火灾应急处置。\n信息报告：发现火情后30分钟内报告。\n应急保障：为转移群众提供饮食、被褥和药品。',
      ],
      pass: [
        'XX县防汛抗旱应急预案\n本预案适用于本县洪涝灾害应急处置。\n应急保障：储备帐篷、食品、饮用水、女性卫生用品、孕产妇用品和常用药品。',
        'XX市突发公共卫生事件应急预案\n本预案适用于全市。\n隔离点生活物资包括卫生巾、婴儿奶粉、尿不湿等。',
        '市卫健委关于做好汛期应急准备的通知\n各单位要完善应急预案，落实值班值守。',
        '在突发事件应急体系、预防和应急处置机制、相关应急预案和规划中充分考虑妇女特殊需求。',
      ],
    },
  },
];
