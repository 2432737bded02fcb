/**
 * 妇女与环境 · 公共设施: female:male toilet places in public-place construction plans.
 */
import type { Rule } from '../lib/engine/types.ts';

export const environmentRules: Rule[] = [
  {
    id: 'cn.environment.toilet-ratio',
    domain: 'environment',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '女性厕位与男性厕位比例低于标准', en: 'Female-to-male toilet places below the standard' },
    check: {
      type: 'ratio',
      triggers: ['厕', '蹲位', '便器', '坑位', '卫生间', '洗手间', '盥洗室'],
      subject: ['厕位|蹲位|坐位|便器|坑位|厕所|公厕|卫生间|洗手间|盥洗室|小便站位|小便斗'],
      min: 1.5,
      elevated: {
        any: ['人流量(?:较|很|比较)?大|人流(?:较为)?密集|人员密集|客流量?(?:较|很)?大|客流集中|一类(?:公厕|公共厕所|固定式)?|交通枢纽|客运枢纽|火车站|高铁站|汽车站|客运站|机场|码头|地铁站|旅游景区|景区|景点|大型(?:场馆|商场|商业综合体|体育场馆|文化场馆|活动)|体育场馆|体育场|体育馆|会展中心|展览馆|商业街|步行街|商业中心|繁华地段'],
        scope: 'paragraph',
        min: 2,
      },
    },
    message: {
      zh: '女性厕位与男性厕位之比为 {value}，低于 {min} 的要求。女性如厕时间更长，厕位比例不足会造成女厕排长队。',
      en: 'Female-to-male toilet places are {value}, below the required {min}. Women need more time per visit; too few places means long queues for women.',
    },
    suggestion: {
      zh: '按《城市公共厕所设计标准》调整：女性厕位与男性厕位（含小便站位）的比例不低于3:2，人流量较大的场所不低于2:1。',
      en: 'Follow the urban public toilet design standard: female places to male places (urinals included) at least 3:2, and at least 2:1 where foot traffic is high.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(八)妇女与环境 › 策略措施 › (9)',
        quote: '在超市、场馆、商场等公共场所的建设规划，女性厕位与男性厕位的比例至少为3:2，人流量较大地区提高到2:1',
        law: '《城市公共厕所设计标准》CJJ 14-2016（女厕位与男厕位比例不应小于3:2，人流量较大地区2:1）',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(七)妇女与环境 › 策略措施 › (9)',
        quote: '在超市、场馆、商场等公共场所的建设规划中，充分考虑妇女生理特点，女性厕位与男性厕位的比例至少为3:2，人流量较大的场所提高到2:1',
        law: '《城市公共厕所设计标准》CJJ 14-2016',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(七)妇女与环境 › 策略措施 › (8)',
        quote: '在商场、旅游景区、客运枢纽、服务区等公共场所建设规划中，充分考虑妇女生理特点，确保男女厕位比例与实际需求相适应',
        law: '《城市公共厕所设计标准》CJJ 14-2016（本规划未定数值，按国家标准3:2、2:1检查）',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (八)妇女与环境 › 策略措施 › (9)',
        quote: '在超区、场馆、商场等公共场所的建设规划，女性厕位与男性厕位的比例至少为3:2，人流量较大地区提高到2:1',
        law: '《城市公共厕所设计标准》CJJ 14-2016',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(七)妇女与环境 › 主要目标 › (8)',
        quote: '城镇公共厕所男女厕位比例标准化建设与实际需求相适应',
        law: '《城市公共厕所设计标准》CJJ 14-2016（本规划未定数值，按国家标准3:2、2:1检查）',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '新建公共厕所男女厕位比例为1:1。',
        '商场每层设卫生间一处，男、女厕位比例宜为1:1.2。',
        '女性厕位与男性厕位的比例不低于1∶1。',
        '男厕设蹲位4个、小便器4个，女厕设蹲位6个。',
        '火车站候车大厅公厕男女厕位比例按1:1.5设置。',
        '本项目为旅游景区配套公厕，女厕位与男厕位比例为3:2。',
        '社区公园公厕男女各设五个蹲位。',
        '男女厕位比例宜为 1:1.5 或 1:1，视场地条件确定。',
      ],
      pass: [
        '新建公共厕所女性厕位与男性厕位的比例不低于3:2。',
        '男、女厕位比例为1:1.5。',
        '客运枢纽公厕女厕位与男厕位比例为2:1。',
        '在超市、场馆、商场等公共场所的建设规划，女性厕位与男性厕位的比例至少为3:2，人流量较大地区提高到2:1。',
        '男厕设蹲位2个、小便器2个，女厕设蹲位6个。',
        '会议室与卫生间的面积比例为3:1。',
      ],
    },
  },
];
