/**
 * 儿童 (the children's plan bundled in seed 003): discrimination against girls and disabled children, advertising
 * aimed at children, child labour and commercial performances, child fares by height, and the elements drafts
 * affecting children need. Rules resting on national law apply everywhere ("*"); the rest follow plan 003.
 *
 * Patterns run on the compact, folded text (see rules/employment.ts).
 */
import type { Rule } from '../lib/engine/types.ts';

const P003 = '003_71de1e464177e433.txt';

/** An age under 16, in digits. */
const UNDER16 = '(?<![\\d.])(?:1[0-5]|[1-9])(?![\\d.])';

export const childrenRules: Rule[] = [
  {
    id: 'cn.children.girls-disabled-exclusion',
    domain: 'children',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '排斥残疾儿童、女童或有前科的未成年人入学', en: 'Disabled children, girls or young offenders kept out of school' },
    requirement: ['C-02'],
    check: {
      type: 'pattern',
      triggers: ['残疾', '女童', '女孩', '男孩', '男童', '犯罪', '违法', '前科'],
      patterns: [
        // 残疾考生请报考特殊教育学校 / 不予接收 / 须签署安全责任自负承诺书
        '残疾(?:学生|儿童|考生|幼儿|少年|未成年人|孩子|青少年)?[^。;]{0,20}?(?<hit>(?:不予|不得|不能|暂不|一律不|不)(?:接收|招收|录取|入学|入园|报名|纳入)|拒绝(?:接收|招收|入学|入园)|(?:请|须|应|一律)(?:报考|转入|到|就读于?)特殊教育学校|(?:须|需)[^,;。]{0,10}?(?:签署|签订|出具)[^,;。]{0,12}?(?:责任自负|免责|安全责任)|(?:不具备|暂不具备)[^,;。]{0,10}?(?:接收|接纳)条件)',
        '(?:不具备|暂不具备)(?:接收|接纳)残疾(?:学生|儿童|考生|幼儿)的?条件',
        // 学位紧张时男孩优先
        '(?:男孩|男童)(?:优先)(?:安排|入学|入园|录取|分配|就读)?|优先(?:安排|招收|录取)(?:男孩|男童)',
        // 女孩可不必完成初中 / 女童不予入学
        '(?:女孩|女童)[^。;]{0,10}?(?:不予|不得|不能|无需|不必|可不)(?:入学|上学|就读|读书|接受义务教育|完成|升学)|(?:女孩|女童)[^。;]{0,10}?(?:可以?|允许)(?:辍学|退学|提前离校|不上学)',
        // 有违法犯罪记录的未成年人不予复学
        '(?:违法犯罪|犯罪|违法)(?:记录|前科)的?(?:未成年人|学生|少年)[^。;]{0,10}?(?:不予|不得|不能|一律不)(?:复学|入学|升学|录取|招收|报名)',
      ],
      when: [{ any: ['儿童|学生|少年|女童|男童|男孩|女孩|幼儿|考生|未成年|残疾|学位|入学|入园|学校|班'], scope: 'sentence' }],
      unless: [{ any: ['随班就读|自愿|家长(?:自主)?选择|经评估|送教上门'], scope: 'clause' }],
    },
    message: {
      zh: '以残疾、性别或曾有违法犯罪记录为由拒绝或限制儿童入学、升学，或在学位、机会上让男孩优先，违反不得歧视女性未成年人和有残疾的未成年人的要求。',
      en: 'Refusing or limiting school places because a child is disabled, a girl or has a record, or giving boys priority for places, breaches the ban on discriminating against girls and disabled children.',
    },
    suggestion: {
      zh: '改为：普通学校招收符合录取标准的残疾学生入学，不得因残疾拒绝招收，并提供合理便利；学位分配不分性别；涉罪未成年人依法享有复学、升学的同等权利。',
      en: 'Rewrite: ordinary schools admit qualifying disabled students with reasonable accommodation; places are allocated regardless of sex; young offenders have the same rights to return to and continue school.',
    },
    basis: [
      { plan: P003, section: '儿童规划 › (五)儿童与法律保护 › 策略措施 › (10)', quote: '禁止溺婴、虐待、遗弃未成年人，不得歧视女性未成年人或有残疾的未成年人', law: '《中华人民共和国未成年人保护法》；《中华人民共和国义务教育法》；《残疾人教育条例》' },
      { plan: P003, section: '儿童规划 › (三)儿童与教育 › 策略措施 › (10)', quote: '普通高中、普通职业学校应当招收符合国家规定录取标准的残疾考生入学，不得因其残疾而拒绝招收', law: '《残疾人教育条例》' },
      { plan: P003, section: '儿童规划 › (五)儿童与法律保护 › 策略措施 › (13)', quote: '罪未成年人免受歧视，依法实现在复学、升学、就业等方面的同等权利', law: '《中华人民共和国未成年人保护法》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '本校暂不具备接收残疾学生的条件，残疾考生请报考特殊教育学校。',
        '残疾学生须由家长签署“安全责任自负”承诺书后方可入学。',
        '学位紧张时，随迁子女中男孩优先安排。',
        '有违法犯罪记录的未成年人不予复学。',
        '残疾幼儿一律不予入园。',
      ],
      pass: [
        '不得歧视女性未成年人或有残疾的未成年人。',
        '经评估适合的残疾儿童可就近到特殊教育学校就读，也可随班就读。',
        '普通高中、普通职业学校应当招收符合国家规定录取标准的残疾考生入学，不得因其残疾而拒绝招收。',
        '依法保护未成年人，不得歧视、虐待、遗弃女童和残疾儿童。',
      ],
    },
  },
  {
    id: 'cn.children.harmful-advertising',
    domain: 'children',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '面向儿童发布受限广告或推销母乳代用品', en: 'Restricted advertising aimed at children, or breast-milk substitutes promoted' },
    requirement: ['C-03'],
    check: {
      type: 'pattern',
      triggers: ['少儿', '儿童', '动画', '卡通', '校园', '学校', '中小学', '幼儿园', '母婴室', '产科', '产房', '奶粉', '母乳代用品', '代乳品'],
      patterns: [
        // 少儿频道插播医美广告 / 儿童节目冠名方为白酒品牌
        '(?:少儿|儿童|动画|卡通|少年)(?:频道|节目|栏目|刊物|读物|动画片|APP|应用|专区)[^。]{0,24}?(?:医疗|药品|保健食品|医疗器械|化妆品|酒类?|白酒|啤酒|美容|医美|整形|网络游戏|网游|彩票|烟草|香烟|电子烟)(?:[^,;。]{0,6}?)(?:广告|冠名|赞助|促销|推广|植入|代言|宣传|品牌)',
        '(?:医疗|药品|保健食品|化妆品|白酒|酒类|美容|医美|整形|网络游戏|网游|烟草|电子烟)[^。]{0,10}?(?:广告|冠名|品牌)[^。]{0,16}?(?:少儿|儿童|动画)(?:频道|节目|栏目)',
        // 校园周边广告牌投放网络游戏广告
        '(?:校园|学校|中小学|幼儿园)(?:周边|内|门口|附近)?[^。]{0,16}?(?:投放|张贴|设置|发布|悬挂)[^。]{0,10}?(?:网络游戏|网游|酒类?|白酒|烟草|电子烟|香烟|医美|彩票)(?:的)?(?:广告|海报|宣传)',
        // 母婴室内张贴配方奶粉促销海报 / 产科赠送配方奶粉试用装
        '(?:母婴室|产科|产房|妇产|病房|月子中心|医院)[^。]{0,20}?(?<hit>(?:张贴|赠送|发放|推销|推广|促销|陈列|派发|摆放)[^。]{0,16}?(?:配方奶粉|婴儿奶粉|奶粉|母乳代用品|代乳品))',
        '(?:赠送|发放|派发)[^。]{0,8}?(?:配方奶粉|婴儿奶粉|母乳代用品)[^。]{0,8}?(?:试用装|样品|小样|赠品)',
      ],
      unless: [{ any: ['不得|禁止|严禁|不准|杜绝|不允许|拒绝|不接受'], scope: 'clause' }],
    },
    message: {
      zh: '不得在针对儿童的大众传播媒介上发布医疗、药品、保健食品、医疗器械、化妆品、酒类、美容广告以及不利于儿童身心健康的网络游戏等广告；母乳代用品不得在医疗机构、母婴室推销或赠送。',
      en: 'Advertising for medical services, drugs, health foods, medical devices, cosmetics, alcohol, beauty services or harmful online games may not run in media aimed at children; breast-milk substitutes may not be promoted or handed out in hospitals or nursing rooms.',
    },
    suggestion: {
      zh: '删除该广告安排；少儿节目和校园周边只投放适合儿童的公益广告；母婴室、产科张贴母乳喂养宣传材料。',
      en: 'Drop the placement; children\'s programmes and school surroundings carry only suitable public-service messages; nursing rooms and maternity wards display breastfeeding information.',
    },
    basis: [
      { plan: P003, section: '儿童规划 › (七)儿童与环境 › 策略措施 › (4)', quote: '禁止在针对儿童的大众传播媒介上发布医疗、药品、保健食品、医疗器械、化妆品、酒类、美容广告，以及不利于儿童身心健康', law: '《中华人民共和国广告法》；《母乳代用品销售管理办法》' },
      { plan: P003, section: '儿童规划 › (七)儿童与环境 › 策略措施 › (4)', quote: '规范母乳代用品广告宣传', law: '《母乳代用品销售管理办法》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '少儿频道黄金时段插播医美、美容广告。',
        '儿童节目冠名方为白酒品牌。',
        '母婴室内张贴婴儿配方奶粉促销海报。',
        '医院产科向产妇赠送配方奶粉试用装。',
        '校园周边广告牌投放网络游戏广告。',
      ],
      pass: [
        '在母婴室张贴母乳喂养公益宣传画。',
        '禁止在针对儿童的大众传播媒介上发布医疗、药品、保健食品、化妆品、酒类、美容广告。',
        '少儿频道播出儿童安全教育公益广告。',
      ],
    },
  },
  {
    id: 'cn.children.child-labour',
    domain: 'children',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '招用未满16周岁儿童或安排未成年工从事禁忌劳动', en: 'Children under 16 employed, or juvenile workers given prohibited work' },
    requirement: ['C-04'],
    check: {
      type: 'pattern',
      triggers: ['周岁', '岁', '未成年工', '童工'],
      patterns: [
        // 年满15周岁即可报名应聘
        `(?:年满|满|已满)${UNDER16}周?岁(?:以上|及以上|\\(含\\)以上)?[^,;。]{0,8}?(?:即可|可|可以)?[^,;。]{0,4}?(?:报名应聘|应聘|上岗|务工|打工|参加工作|入职|招用|录用|签订劳动合同)`,
        // 暑期工可招收14周岁以上在校学生
        `(?:招用|招收|招聘|录用|雇用|雇佣|使用|聘用)[^。;]{0,12}?${UNDER16}周?岁(?:以上|及以上|\\(含\\)以上)`,
        // 未成年工可根据生产需要安排井下辅助作业
        '未成年工[^。;]{0,20}?(?<hit>(?:可|可以|可根据[^,;。]{0,8}|按|统一|照常)?(?:安排|从事|参加|在)[^,;。]{0,10}?(?:井下|有毒|有害|第(?:四|4)级|体力劳动强度|高处|高空|放射|粉尘|冷库|爆破))',
      ],
      when: [{ any: ['用工|务工|打工|暑期工|寒假工|兼职|应聘|岗位|上岗|工资|报酬|时薪|日薪|雇|劳动|工人|员工|职工|招聘|招用|未成年工|生产|作业|车间'], scope: 'sentence' }],
      unless: [{ any: ['文艺|体育|运动员|演员|杂技|戏曲|体校|艺校|专业文艺|研学|夏令营|冬令营|兴趣班|培训班|社团|比赛|活动'], scope: 'sentence' }],
    },
    message: {
      zh: '禁止用人单位招用未满16周岁的未成年人（文艺、体育单位依法招用的除外）；对已满16周岁未满18周岁的未成年工，不得安排从事矿山井下、有毒有害、国家规定的第四级体力劳动强度和其他禁忌从事的劳动。',
      en: 'Employers may not take on anyone under 16 (except arts and sports bodies under the law); workers aged 16–17 may not be given underground, toxic, class-IV physical or other prohibited work.',
    },
    suggestion: {
      zh: '将最低招用年龄改为年满16周岁；未成年工只安排国家允许的劳动，定期进行健康检查。',
      en: 'Set the minimum hiring age at 16; give juvenile workers only permitted work and regular health checks.',
    },
    basis: [
      { plan: P003, section: '儿童规划 › (五)儿童与法律保护 › 主要目标 › (7)', quote: '禁止使用童工，维护未成年工的合法权益', law: '《中华人民共和国劳动法》第十五条、第六十四条、第六十五条' },
      { plan: P003, section: '儿童规划 › (五)儿童与法律保护 › 策略措施 › (9)', quote: '禁止安排未成年工从事矿山井下、有毒有害、国家规定的第四级体力劳动和其他禁忌从事的劳动，督促用人单位定期对未成年工进行健康检查', law: '《中华人民共和国劳动法》第六十四条、第六十五条' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '应聘条件：年满15周岁即可报名应聘。',
        '暑期工可招收14周岁以上在校学生，日薪80元。',
        '未成年工可根据生产需要安排井下辅助作业。',
        '餐厅招聘服务员若干名，招用15周岁以上人员。',
        '车间可安排未成年工从事有毒有害作业。',
      ],
      pass: [
        '文艺、体育单位经未成年人的父母或者其他监护人同意，可以依法招用不满16周岁的专业文艺工作者、运动员。',
        '用人单位招用已满16周岁未满18周岁的未成年工，应当定期进行健康检查。',
        '年满10周岁的学生可报名参加夏令营。',
        '禁止安排未成年工从事矿山井下、有毒有害、国家规定的第四级体力劳动和其他禁忌从事的劳动。',
      ],
    },
  },
  {
    id: 'cn.children.commercial-performance',
    domain: 'children',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '安排儿童参加商业活动、直播带货或迎宾礼仪', en: 'Children used in commercial events, live-stream selling or welcoming ceremonies' },
    requirement: ['C-04'],
    check: {
      type: 'pattern',
      triggers: ['儿童', '小学生', '学生', '幼儿', '少儿', '童模', '童星', '未成年人', '少先队员', '孩子', '岁'],
      patterns: [
        // 邀请10岁儿童担任直播带货主播
        `${UNDER16}(?:周)?岁(?:的)?(?:儿童|孩子|少年|小学生|学生|女孩|男孩|童星|童模)?[^。;]{0,10}?(?:担任|作为|出任|开设|注册)?[^,;。]{0,6}?(?:直播带货|带货主播|网络主播|主播|代言人|形象代言|直播间)`,
        '(?:儿童|小学生|幼儿|少儿|学生|童模|童星|未成年人|孩子)[^。;]{0,12}?(?:担任|作为|参与)?[^,;。]{0,6}?(?:直播带货|带货主播|带货|网红主播|代言(?:化妆品|酒|医美|网络游戏|游戏|产品))',
        // 招商活动安排小学生礼仪队全天迎宾 / 组织学生夹道欢迎
        '(?:小学生|中学生|学生|少先队员|儿童|幼儿)(?:礼仪队|合唱队|舞蹈队|方阵|代表)?[^,;。]{0,8}?(?:全天|整日|长时间)?(?:迎宾|站岗|礼仪服务|夹道欢迎|献花|礼仪表演|走秀)',
      ],
      when: [{ any: ['招商|商业|带货|直播|代言|广告|促销|开业|庆典|推介|营销|品牌|商家|企业|展会|楼盘|剪彩|签约|冠名'], scope: 'sentence' }],
      unless: [{ any: ['不得|禁止|严禁|杜绝|规范和限制|限制'], scope: 'clause' }],
    },
    message: {
      zh: '安排儿童参加商业性展演、迎宾礼仪，或让未满16周岁的儿童担任直播带货主播、为产品代言，损害儿童身心健康和受教育权利；网络直播服务不得为未满16周岁的儿童提供发布者账号。',
      en: 'Using children in commercial shows or welcoming ceremonies, or as live-stream sellers or endorsers under 16, harms their health and schooling; live-streaming services may not give publisher accounts to children under 16.',
    },
    suggestion: {
      zh: '删除安排儿童参加商业活动和直播带货、代言的内容；确需儿童参与的公益、文艺活动，应经监护人同意并保障休息和学习时间。',
      en: 'Remove children from commercial events, live selling and endorsements; where children take part in public-interest or cultural events, obtain guardians\' consent and protect their rest and study time.',
    },
    basis: [
      { plan: P003, section: '儿童规划 › (五)儿童与法律保护 › 策略措施 › (9)', quote: '规范和限制安排儿童参加商业性展演活动', law: '《中华人民共和国未成年人保护法》' },
      { plan: P003, section: '儿童规划 › (二)儿童与安全 › 策略措施 › (8)', quote: '未满 16 周岁儿童提供网络直播发布者账号注册服务', law: '《中华人民共和国未成年人保护法》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '招商活动安排小学生礼仪队全天迎宾。',
        '邀请10岁儿童担任直播带货主播。',
        '开业庆典组织学生夹道欢迎。',
        '邀请儿童网红直播带货化妆品。',
        '品牌推介会由幼儿园小朋友进行礼仪表演和走秀。',
      ],
      pass: [
        '规范和限制安排儿童参加商业性展演活动。',
        '不得为未满16周岁儿童提供网络直播发布者账号注册服务。',
        '学校组织学生参加科技节活动。',
      ],
    },
  },
  {
    id: 'cn.children.ticket-by-height',
    domain: 'children',
    kind: 'violation',
    severity: 'low',
    lang: 'zh',
    title: { zh: '儿童票只按身高、不按年龄', en: 'Child fares by height only, not by age' },
    requirement: ['C-06'],
    check: {
      type: 'pattern',
      triggers: ['身高'],
      patterns: [
        '身高(?:在)?(?:不(?:满|足|超过)|超过|低于|高于|满|达到|未满|未超过)?(?:1\\.\\d{1,2}|1\\d{2})(?:米|m|cm|厘米)?(?:\\(含\\))?(?:以下|及以下|以上|及以上|至|到|-|~|—)[^。;]{0,30}?(?:免票|半价|半票|优惠票|儿童票|全价|全票|成人票|购票|免费|票价|优惠)',
        '身高(?:超过|低于|高于|不满|不足|未满|满|达到|不超过|在)(?:1\\.\\d{1,2}|1\\d{2})(?:米|m|cm|厘米)[^。;]{0,30}?(?:免票|半价|半票|优惠票|儿童票|全价|全票|成人票|购票|免费|票价|优惠)',
        '(?:免票|半价|半票|优惠票|儿童票|全价票|全票|免费乘车)[^。;]{0,10}?(?:以|按)身高(?:为(?:唯一)?(?:标准|依据))?',
        '以身高为(?:唯一)?(?:标准|依据)',
      ],
      when: [{ any: ['票|乘车|乘坐|入园|游览|参观|景区|公交|地铁|门票'], scope: 'sentence' }],
      unless: [{ any: ['(?<![\\d.])(?:[1-9]|1[0-8])(?![\\d.])周?岁|年龄|未成年人|学生证|身份证'], scope: 'sentence' }],
    },
    message: {
      zh: '儿童票价优惠只按身高划分，会让身高较高的儿童失去应有的优惠；规划要求采取年龄标准优先、身高标准补充的儿童票价优待政策。',
      en: 'Child fares set by height alone deny the concession to taller children; the plan calls for age as the primary criterion and height only as a supplement.',
    },
    suggestion: {
      zh: '改为：6周岁（含）以下或身高1.2米（含）以下的儿童免票，6周岁以上18周岁以下的未成年人享受半价优惠，凭有效身份证件按年龄认定。',
      en: 'Rewrite: free for children aged 6 or under or up to 1.2 m tall, half price for minors aged 6 to 17, with age shown by ID.',
    },
    basis: [
      { plan: P003, section: '儿童规划 › (四)儿童与福利 › 策略措施 › (2)', quote: '推进采取年龄标准优先、身高标准补充的儿童票价' },
      { plan: P003, section: '儿童规划 › (四)儿童与福利 › 策略措施 › (2)', quote: '全面落实儿童乘坐公共交通工具和游览参观票价优惠政策' },
    ],
    profiles: ['003'],
    examples: {
      flag: [
        '身高1.2米以下儿童免票，1.2米至1.5米儿童购买半价票。',
        '儿童优惠票以身高为唯一标准，入园时现场测量。',
        '身高超过1.4米的儿童须购买全价票。',
        '乘坐本市公交车，身高1.3米以下儿童免费，超过1.3米的按成人票价购票。',
        '研学基地门票：身高1.2米以下免票，其余一律按全价收取。',
      ],
      pass: [
        '6周岁（含）以下或身高1.2米（含）以下的儿童免票，6周岁以上18周岁以下未成年人购买半价票。',
        '凭有效身份证件按年龄享受儿童票优惠。',
        '为学生提供适合身高的课桌椅、安全饮用水和卫生厕所。',
      ],
    },
  },

  // ---------------------------------------------------------------- required elements
  {
    id: 'cn.children.child-participation-missing',
    domain: 'children',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '涉及儿童的政策没有体现儿童优先和听取儿童意见', en: 'Policy affecting children without child priority or children\'s views' },
    requirement: ['C-01'],
    check: {
      type: 'required',
      docType: {
        id: 'childPolicy',
        any: ['^[^。]{0,60}?(?:儿童|未成年人|少年儿童|青少年|托育|学前教育|儿童友好)[^。]{0,30}?(?:办法|方案|实施方案|工作方案|规定|意见|措施|计划|细则|条例|行动)'],
        minHits: 1,
      },
      present: ['儿童优先|儿童利益最大化|儿童最大利益|最有利于未成年人|听取(?:儿童|未成年人|学生|少年儿童|孩子)(?:的)?意见|征求(?:儿童|未成年人|学生)(?:的)?意见|儿童参与|儿童议事|少年儿童议事'],
    },
    message: {
      zh: '本文件是涉及儿童的政策或方案，但没有体现儿童优先原则，也没有说明如何听取儿童意见。规划要求在出台法规政策、编制规划、配置资源中优先考虑儿童的最大利益，并根据儿童的年龄和智力发展状况听取他们的意见。',
      en: 'This policy or plan affects children but states neither the child-priority principle nor how children\'s views were heard. The plan requires children\'s best interests to come first in policy, planning and resources, and their views to be heard according to age and maturity.',
    },
    suggestion: {
      zh: '增加儿童优先、儿童利益最大化的原则，并写明听取儿童意见的方式（儿童议事会、学生代表座谈、问卷等）。',
      en: 'State the child-priority and best-interests principles and how children\'s views are obtained (children\'s councils, student panels, surveys).',
    },
    basis: [
      { plan: P003, section: '儿童规划 › 二、指导思想和基本原则 › (二)基本原则 › (2)', quote: '在出台法规政策、编制规划、配置资源、部署工作中优先考虑儿童的最大利益和发展需求', law: '《中华人民共和国未成年人保护法》' },
      { plan: P003, section: '儿童规划 › (七)儿童与环境 › 策略措施 › (6)', quote: '处理儿童事务，应当根据儿童的年龄和智力发展状况，听取他们的意见，充分实现其权利和利益', law: '《中华人民共和国未成年人保护法》' },
    ],
    profiles: ['003'],
    examples: {
      flag: [
        '某区儿童公园改造实施方案\n一、改造内容：游乐设施、绿化、照明。',
        '某市托育服务体系建设工作方案\n到2025年每千人口托位数达到4.5个。',
        '某区未成年人校外活动场所管理办法\n活动场所应当每日开放。',
        '某县少年儿童图书馆建设计划\n新增藏书5万册。',
        '某市儿童友好城市建设行动方案\n建设儿童友好公园10个。',
      ],
      pass: [
        '某区儿童公园改造实施方案\n坚持儿童优先，通过儿童议事会听取儿童意见。',
        '某市托育服务体系建设工作方案\n坚持儿童利益最大化原则。',
        '关于做好秋冬季森林防火工作的通知\n各单位加强巡查。',
      ],
    },
  },
  {
    id: 'cn.children.lost-child-alarm-missing',
    domain: 'children',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '大型公共场所运营方案没有走失儿童搜寻警报', en: 'Large public venue plan without a lost-child alarm' },
    requirement: ['C-07'],
    check: {
      type: 'required',
      docType: {
        id: 'publicVenueOperation',
        any: ['^[^。]{0,60}?(?:商场|超市|购物中心|商业综合体|医院|图书馆|博物馆|科技馆|游乐场|游乐园|主题公园|车站|火车站|高铁站|客运站|码头|机场|景区|体育场馆|体育馆|会展中心)[^。]{0,30}?(?:运营|管理|安全|应急|服务)(?:管理)?(?:办法|方案|预案|制度|规定|规范|细则|手册)'],
        minHits: 1,
      },
      present: ['走失|寻人|安全警报|儿童失散|找孩子|寻找儿童'],
    },
    message: {
      zh: '本文件是大型公共场所的运营、安全或应急方案，但没有搜寻走失儿童的安全警报和处置程序。规划（与未成年人保护法）要求此类场所运营单位设置搜寻走失儿童的安全警报系统。',
      en: 'This operating, safety or emergency plan for a large public venue has no lost-child alarm and search procedure. The plan (and the Minors Protection Law) requires operators of such venues to install one.',
    },
    suggestion: {
      zh: '增加走失儿童搜寻警报系统和处置程序：接报、广播、出入口管控、监控查找、与监护人和公安联动，并定期演练。',
      en: 'Add a lost-child alarm and procedure: report, announcement, exit control, CCTV search, liaison with guardians and police, with regular drills.',
    },
    basis: [
      { plan: P003, section: '儿童规划 › (二)儿童与安全 › 策略措施 › (2)', quote: '场所运营单位应当设置搜寻走失儿童的安全警报系统', law: '《中华人民共和国未成年人保护法》' },
      { plan: P003, section: '儿童规划 › (二)儿童与安全 › 策略措施 › (2)', quote: '大型商场、超区、医院、图书馆、博物馆、科技馆、游乐场、车站、码头、机场', law: '《中华人民共和国未成年人保护法》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某购物中心安全管理办法\n一、商场实行24小时安保值守。\n二、消防通道保持畅通。',
        '某市图书馆运营管理规定\n开放时间为每日9时至21时。',
        '某景区突发事件应急预案\n发生拥挤踩踏时立即疏散游客。',
        '某高铁站服务管理规范\n候车室保持整洁。',
        '某游乐园安全管理制度\n游乐设施每日检查。',
      ],
      pass: [
        '某购物中心安全管理办法\n设置走失儿童安全警报系统，接报后立即广播并管控出入口。',
        '某市图书馆运营管理规定\n发现儿童走失的，工作人员立即启动寻人程序。',
        '关于做好春季植树工作的通知\n各单位组织植树。',
      ],
    },
  },
  {
    id: 'cn.children.mandatory-reporting-missing',
    domain: 'children',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '未成年人保护、儿童机构制度没有强制报告义务', en: 'Child-protection or child-institution rules without the duty to report' },
    requirement: ['C-08'],
    check: {
      type: 'required',
      docType: {
        id: 'childProtection',
        any: ['^[^。]{0,60}?(?:未成年人保护|儿童保护|儿童福利|困境儿童|留守儿童|孤儿|流浪儿童|托育机构|幼儿园|儿童之家|儿童福利院|救助保护)[^。]{0,30}?(?:办法|方案|实施方案|工作方案|规定|制度|意见|措施|细则|规程)'],
        minHits: 1,
      },
      present: ['强制报告|报告义务|(?:立即|及时)(?:向[^。]{0,16}?)?报告|报案|报警|儿童主任|儿童督导员'],
    },
    message: {
      zh: '本文件是未成年人保护、儿童福利或儿童机构的制度，但没有写发现儿童遭受侵害或处于困境时的强制报告义务。规划要求密切接触未成年人的机构和人员切实履行强制报告义务，并在乡镇（街道）、村（居）配备儿童督导员、儿童主任。',
      en: 'This child-protection, child-welfare or child-institution document has no duty to report children who are harmed or in distress. The plan requires institutions and staff in close contact with children to report, with child-welfare supervisors and directors at township and village level.',
    },
    suggestion: {
      zh: '增加强制报告条款：发现未成年人遭受或疑似遭受侵害、处于困境的，立即向公安、民政、教育等部门报告；明确报告责任人和程序，并配备儿童主任。',
      en: 'Add a reporting clause: any suspected harm or distress is reported at once to police, civil affairs or education authorities, with named responsible staff and procedure, and a child director.',
    },
    basis: [
      { plan: P003, section: '儿童规划 › (五)儿童与法律保护 › 策略措施 › (2)', quote: '密切接触未成年人的机构和人员切实履行强制报告义务', law: '《中华人民共和国未成年人保护法》' },
      { plan: P003, section: '儿童规划 › (四)儿童与福利 › 策略措施 › (11)', quote: '履行困境儿童和受暴力伤害儿童的强制报告义务', law: '《中华人民共和国未成年人保护法》' },
      { plan: P003, section: '儿童规划 › (四)儿童与福利 › 策略措施 › (10)', quote: '乡镇(街道)配备儿童督导员，村(居)配备儿童主任' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某县农村留守儿童关爱保护工作方案\n一、建立留守儿童信息台账。\n二、开展结对帮扶。',
        '某幼儿园管理制度\n幼儿入园须由家长接送。',
        '某区困境儿童保障实施办法\n对困境儿童发放基本生活补贴。',
        '某托育机构安全管理规定\n托育人员须持证上岗。',
        '某市未成年人保护工作实施方案\n加强家庭教育指导。',
      ],
      pass: [
        '某县农村留守儿童关爱保护工作方案\n发现儿童遭受侵害的，立即向公安机关报告。',
        '某幼儿园管理制度\n教职工履行强制报告义务。',
        '关于做好老旧小区改造的通知\n各街道摸清底数。',
      ],
    },
  },
  {
    id: 'cn.children.sex-education-missing',
    domain: 'children',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '中小学健康、安全教育方案没有性教育和防性侵教育', en: 'School health or safety education plan without sexuality and abuse-prevention education' },
    requirement: ['C-10', 'E-05'],
    check: {
      type: 'required',
      docType: {
        id: 'schoolHealthEducation',
        any: ['^[^。]{0,60}?(?:健康教育|心理健康教育|生命教育|安全教育|青春期教育|卫生与健康|课程设置|课程实施|课程方案|课程计划)[^。]{0,30}?(?:方案|计划|办法|规定|纲要|指南|实施意见|工作要点)'],
        minHits: 1,
      },
      present: ['性教育|青春期|性健康|防性侵|预防性侵|性侵害|性骚扰|自我保护|生理卫生|身体隐私'],
    },
    message: {
      zh: '本文件是学校健康、安全或课程方案，但没有适龄的性教育和防范性侵害、性骚扰教育。规划要求适龄儿童普遍接受性教育，加强防范性侵害和性骚扰教育。',
      en: 'This school health, safety or curriculum plan has no age-appropriate sexuality education and no education on preventing sexual abuse and harassment. The plans require both.',
    },
    suggestion: {
      zh: '增加适龄性教育（青春期生理卫生、身体隐私与自我保护）和防性侵、防性骚扰教育内容，明确课时和师资。',
      en: 'Add age-appropriate sexuality education (puberty, body privacy, self-protection) and abuse- and harassment-prevention education, with hours and teachers.',
    },
    basis: [
      { plan: P003, section: '儿童规划 › (一)儿童与健康 › 策略措施 › (13)', quote: '将性教育纳入义务教育质量监测，加强防范性侵害和性骚扰教育', law: '《中华人民共和国未成年人保护法》' },
      { plan: P003, section: '儿童规划 › (一)儿童与健康 › 主要目标 › (12)', quote: '适龄儿童普遍接受性教育，儿童性健康服务可及性明显提高', law: '《中华人民共和国未成年人保护法》' },
      { plan: '001_1142db6a623c33a6.txt', section: '(二)妇女与教育 › 策略措施 › (12)', quote: '鼓励学校设置生命教育、心理健康教育和防性侵、防性骚扰的相关课程' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某区中小学健康教育工作方案\n每学期开设健康教育课不少于6课时，内容包括传染病预防、营养膳食。',
        '某中学安全教育实施方案\n开展防溺水、交通安全、消防安全教育。',
        '某小学心理健康教育工作计划\n每周开设心理健康课1节。',
        '某县中小学生命教育实施意见\n引导学生珍爱生命。',
        '某区义务教育课程实施方案\n开齐开足国家课程。',
      ],
      pass: [
        '某区中小学健康教育工作方案\n内容包括青春期生理卫生和防性侵自我保护。',
        '某中学安全教育实施方案\n开展防溺水、交通安全和预防性侵害教育。',
        '关于做好冬季取暖工作的通知\n各单位落实取暖措施。',
      ],
    },
  },
];
