/**
 * Region profiles: a national baseline plus one per seed plan. A profile chooses rules (rules name the profiles
 * they apply to; a profile may switch more off) and thresholds (params override a rule's numbers).
 * See ../shared/research/seed-rules.md §4.1 for where the plans differ.
 */
import type { Profile } from '../lib/engine/types.ts';

export const profileList: Profile[] = [
  {
    id: 'baseline',
    name: { zh: '全国基准', en: 'National baseline' },
    description: {
      zh: '五个规划共有的要求和国家法律、标准（厕位3:2/2:1、村委会女性30%、居委会女性50%左右）。',
      en: 'Requirements shared by all five plans plus national law and standards (toilets 3:2 / 2:1, village committees 30 % women, residents\' committees about 50 %).',
    },
  },
  {
    id: '000',
    name: { zh: '聊城市（山东）', en: 'Liaocheng (Shandong)' },
    plan: '000_d67eb8df20e31904.txt',
    description: { zh: '聊城市“十四五”妇女发展规划：居委会女性50%左右。', en: 'Liaocheng 14th five-year women\'s plan: residents\' committees about 50 % women.' },
    params: {
      'cn.decision.community-committee-women': { min: 0.5, tolerance: 0.02 },
      'cn.health.maternal-mortality': { max: 8.2 },
      'cn.health.cervical-cancer-screening': { min: 0.8 },
      'cn.health.pmtct-testing': { min: 0.95 },
      'cn.health.hiv-mother-to-child-transmission': { max: 0.03 },
      'cn.environment.rural-tap-water': { min: 0.95 },
    },
  },
  {
    id: '001',
    name: { zh: '葫芦岛市（辽宁）', en: 'Huludao (Liaoning)' },
    plan: '001_1142db6a623c33a6.txt',
    description: { zh: '葫芦岛市妇女发展规划（2021—2030年）：居委会女性保持50%左右。', en: 'Huludao women\'s plan 2021–2030: residents\' committees kept at about 50 % women.' },
    params: {
      'cn.decision.community-committee-women': { min: 0.5, tolerance: 0.02 },
      'cn.decision.community-director-women': { min: 0.4, tolerance: 0 },
      'cn.health.maternal-mortality': { max: 10.5 },
      'cn.health.two-cancers-awareness': { min: 0.9 },
    },
  },
  {
    id: '002',
    name: { zh: '铁西区（吉林四平）', en: 'Tiexi district (Siping, Jilin)' },
    plan: '002_f51d82e60e0c5b30.txt',
    description: {
      zh: '铁西区妇女发展规划（征求意见稿）：居委会女性只要求“适当比例”，不作数值检查；厕位比例按国家标准检查。',
      en: 'Tiexi women\'s plan (draft): residents\' committees only need "an appropriate share" (no numeric check); toilets checked against the national standard.',
    },
    disable: ['cn.decision.community-committee-women'],
    params: {
      'cn.health.maternal-mortality': { max: 12 },
      'cn.health.two-cancers-awareness': { min: 0.9 },
      'cn.environment.rural-tap-water': { min: 0.95 },
    },
  },
  {
    id: '003',
    name: { zh: '东昌府区（山东聊城）', en: 'Dongchangfu district (Liaocheng, Shandong)' },
    plan: '003_71de1e464177e433.txt',
    description: {
      zh: '东昌府区“十四五”妇女发展规划：同聊城市；未写明孕期降薪禁令，沿用上级（聊城市）规划。',
      en: 'Dongchangfu 14th five-year plan: as Liaocheng; it omits the pregnancy pay-cut ban, which is inherited from the Liaocheng plan.',
    },
    params: {
      'cn.decision.community-committee-women': { min: 0.5, tolerance: 0.02 },
      'cn.health.maternal-mortality': { max: 8.2 },
      'cn.health.cervical-cancer-screening': { min: 0.8 },
      'cn.health.pmtct-testing': { min: 0.95 },
      'cn.health.hiv-mother-to-child-transmission': { max: 0.03 },
      'cn.environment.rural-tap-water': { min: 0.95 },
    },
  },
  {
    id: '004',
    name: { zh: '昆都仑区（内蒙古包头）', en: 'Kundulun district (Baotou, Inner Mongolia)' },
    plan: '004_573b780cbee6880a.txt',
    description: {
      zh: '昆区妇女发展规划（2021—2030年）：居委会女性50%以上（无容差），妇女村民代表三分之一以上；厕位比例按国家标准检查。',
      en: 'Kundulun women\'s plan 2021–2030: residents\' committees at least 50 % women (no tolerance), women at least one third of village representatives; toilets checked against the national standard.',
    },
    params: {
      'cn.decision.community-committee-women': { min: 0.5, tolerance: 0 },
      'cn.decision.community-director-women': { min: 0.4, tolerance: 0 },
      'cn.health.maternal-mortality': { max: 12 },
      'cn.environment.rural-tap-water': { min: 0.95 },
    },
  },
];
