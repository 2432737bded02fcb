/**
 * 妇女与经济 · 农村集体经济组织成员权益: 出嫁女 / 外嫁女 / 离婚、丧偶妇女 / 招婿 in 村规民约, 收益分配方案,
 * 征地补偿分配 and 成员身份确认办法. Inner Mongolia drafts say 嘎查村 and 土地草原: the patterns cover them.
 */
import type { Rule } from '../lib/engine/types.ts';

/** Women whose collective rights village rules typically cut. */
const WHO =
  '(?:出嫁女|外嫁女|嫁出(?:去)?的?(?:女儿|女子|妇女|姑娘)?|女儿出嫁|(?:女子|女儿|姑娘|妇女|女青年)[^,;。]{0,8}(?:出嫁|外嫁|嫁到|嫁给|与外[村嘎][^,;。]{0,4}结婚)|农嫁非|招婿|入赘|上门女婿|倒插门|离婚(?:妇女|女子|女性)|离异(?:妇女|女性)|丧偶(?:妇女|女性)|离婚、丧偶|纯女户|户无男性|无儿户|嫁入本[村组嘎]的?(?:妇女|媳妇)?|外来媳妇)';

/** What village rules deny them. */
const DENY =
  '(?:不再享受|不享受|不得享受|不能享受|不参与|不参加|不予(?:分配|安排|确认|享受|办理|登记)|不分配|不分给|不分|无权|取消(?:其)?[^,;。]{0,6}(?:资格|待遇|分配|分红|补偿)|收回|(?:须|必须|一律|应当|应)[^,;。]{0,8}迁出|迁出户口|不确认|不认定|不具有|不属于本(?:村|组|集体|嘎查)|减半|按(?:\\d+|[一二三四五六七八九十]+)成|丧失|自动放弃|视为放弃|停止(?:享受|分配|发放)|不列入|不纳入|限(?:一|1)(?:个|名|人)|只允许一名|只能留一|不能留|不享有|无分配|不发放)';

export const ruralRules: Rule[] = [
  {
    id: 'cn.rural.married-out-women-exclusion',
    domain: 'rural',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '剥夺出嫁女、离婚丧偶妇女或招婿家庭的集体权益', en: 'Married-out, divorced or widowed women or uxorilocal families excluded from collective rights' },
    check: {
      type: 'pattern',
      triggers: ['嫁', '结婚', '招婿', '入赘', '上门女婿', '倒插门', '离婚', '离异', '丧偶', '纯女户', '户无男性', '无儿户', '外来媳妇'],
      patterns: [
        `${WHO}[^。;]{0,40}?${DENY}`,
        `${DENY}[^,;。]{0,12}${WHO}`,
        // 嫁入本村的妇女须落户满三年方可享受分红
        '(?:嫁入|娶进|入赘|招婿)[^。;]{0,24}?满(?:\\d+|[一二三四五六七八九十]+)(?:周)?年(?:后)?(?:方可|才能|方能|才可)',
      ],
      unless: [
        // Lawful: land is returned only where she has obtained land elsewhere (农村土地承包法).
        { any: ['(?:已|已经|已在)[^,;。]{0,12}(?:取得|分得|获得|分配)(?:了)?(?:承包地|承包土地|土地|宅基地)'], scope: 'sentence' },
        { any: ['同等(?:的)?(?:待遇|权利|权益)|平等(?:享有|享受)|与本[村组嘎][^,;。]{0,8}同等'], scope: 'clause' },
      ],
    },
    message: {
      zh: '以出嫁、离婚、丧偶、招婿或“户无男性”为由剥夺或限制妇女（及其子女、配偶）在土地承包、宅基地、集体收益分配、征地补偿和成员身份上的权益，违反男女平等原则。',
      en: 'The clause denies or limits women (and their children or husbands) their rights to contracted land, homesteads, collective income, compensation or membership because they married out, divorced, were widowed, married uxorilocally or live in a household without men.',
    },
    suggestion: {
      zh: '改为：本村（组）妇女不因结婚、离婚、丧偶等原因丧失成员资格和土地承包、宅基地、收益分配、征地补偿等权益；户口在本村且未在他处取得承包地的，与其他村民享有同等待遇。',
      en: 'Rewrite: women do not lose membership, land, homestead, income-distribution or compensation rights through marriage, divorce or widowhood; those registered here who have no land elsewhere enjoy the same treatment as other villagers.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 主要目标 › (8)',
        quote: '保障农村妇女平等享有土地承包经营权、宅基地使用权等不动产、集体经济组织收益分配、土地征收或征用安置补偿权益',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第六章“财产权益”；《中华人民共和国农村土地承包法》；《中华人民共和国村民委员会组织法》（村规民约不得侵犯村民合法财产权利）',
      },
      {
        plan: '001_1142db6a623c33a6.txt',
        section: '(三)妇女与经济 › 策略措施 › (11)',
        quote: '保障妇女在农村集体经济组织资产股权量化、权益流转和继承等各环节平等享有知情权、参与决策权、收益权及在征地补偿安置中的合法权益',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第六章“财产权益”',
      },
      {
        plan: '002_f51d82e60e0c5b30.txt',
        section: '(三)妇女与经济 › 策略措施 › (9)',
        quote: '保障农村妇女在征收补偿、权益流转和继承等环节，作为农村集体经济组织成员和家庭成员，平等享有知情权、参与决策权和收益权',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第六章“财产权益”',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (三)妇女与经济 › 策略措施 › (11)',
        quote: '规范农村集体经济组织成员身份确认办法，完善征地安置补偿分配等农村土地收益分配机制，保障农村妇女作为集体经济组织成员和家庭成员在股权量化、征收补偿、权益流转各环节平等享有知情权、参与决策权和收益权',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第六章“财产权益”',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 主要目标 › (9)',
        quote: '保障农村妇女平等享有土地草原承包经营权、宅基地使用权、集体经济收益分配权等各项权益，平等享有土地草原征收或征用安置补偿权益',
        law: '《中华人民共和国妇女权益保障法》（2022年修订）第六章“财产权益”',
      },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '本村女儿出嫁后，无论户口是否迁出，均不再享受村集体收益分配。',
        '外嫁女及其子女不参与本次征地补偿款分配。',
        '招婿入赘的，每户限一个女儿；其女婿及子女不享受村民待遇。',
        '离婚、丧偶妇女户口留在本村的，其承包地由村集体收回。',
        '嫁入本村的妇女须落户满三年方可享受分红。',
        '“农嫁非”妇女及其子女不确认为本集体经济组织成员。',
        '出嫁女回村居住的，不予安排宅基地。',
        '本嘎查女青年与外嘎查人结婚的，户口须在一年内迁出，草场收回。',
      ],
      pass: [
        '出嫁女户口仍在本村、未在其他地方取得承包地的，享有与本村村民同等的待遇。',
        '成员身份确认不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由区别对待。',
        '出嫁女已在嫁入地取得承包地的，其原承包地依法由本村收回。',
        '保障农村妇女平等享有土地承包经营权、宅基地使用权、集体经济组织收益分配和征地补偿权益。',
        '本村村民因婚姻迁入的，自户口迁入之日起享受本村村民同等待遇。',
      ],
    },
  },
];
