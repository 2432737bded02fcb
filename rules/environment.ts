/**
 * 妇女与环境 · 公共设施: female:male toilet places in public-place construction plans; third toilets and mother-infant
 * rooms in public buildings; women's needs in emergency plans; gender review in media rules; rural tap water.
 */
import type { Rule } from '../lib/engine/types.ts';
import { docTypes, STATUS_SENTENCE, TARGET_CLAUSE, WOMENS_PLAN } from './doctypes.ts';

export const environmentRules: Rule[] = [
  {
    id: 'cn.environment.toilet-ratio',
    requirement: ['ENV-01'],
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
        any: ['人流量(?:较|很|比较|最|特别|非常|极|相对)?大|人流(?:量)?(?:较为|最为|高度|相对)?(?:密集|集中)|人流高峰|人员密集|客流量?(?:较|很)?大|客流集中|一类(?:公厕|公共厕所|固定式)?|交通枢纽|客运枢纽|火车站|高铁站|汽车站|客运站|机场|码头|地铁站|旅游景区|景区|景点|大型(?:场馆|商场|商业综合体|体育场馆|文化场馆|活动)|体育场馆|体育场|体育馆|会展中心|展览馆|商业街|步行街|商业中心|繁华地段'],
        scope: 'paragraph',
        min: 2,
      },
      // Staff-only toilets are not public places (the plans speak of 超市、场馆、商场等公共场所).
      unless: [{ any: ['^[^。]*?(?:员工(?:专用)?卫生间|职工卫生间|员工厕所|内部卫生间|管理用房)[^。]*?(?:厕位|蹲位|便器)|(?:厕位|蹲位|便器)[^。]*?(?:不对(?:外|公众)开放|仅供(?:员工|内部)使用)'], scope: 'sentence' }],
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
        '一层为主入口层，节假日人流量最大，卫生间女厕位与男厕位之比按3:2设置。',
        '影院散场时段人流集中，卫生间女厕位与男厕位按3:2配置。',
      ],
      pass: [
        '新建公共厕所女性厕位与男性厕位的比例不低于3:2。',
        '男、女厕位比例为1:1.5。',
        '客运枢纽公厕女厕位与男厕位比例为2:1。',
        '在超市、场馆、商场等公共场所的建设规划，女性厕位与男性厕位的比例至少为3:2，人流量较大地区提高到2:1。',
        '男厕设蹲位2个、小便器2个，女厕设蹲位6个。',
        '会议室与卫生间的面积比例为3:1。',
        '管理用房内设员工卫生间一处，男女各2个厕位。',
        '标准零售层人流量较小，卫生间女厕位与男厕位之比按3:2设置。',
      ],
    },
  },  {
    id: 'cn.environment.third-toilet',
    domain: 'environment',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    requirement: ['ENV-02'],
    title: { zh: '公共建筑设计未设第三卫生间', en: 'Public building design without a family (third) toilet' },
    check: {
      type: 'required',
      docType: docTypes.publicBuilding,
      present: ['第三卫生间|家庭卫生间|无性别卫生间|亲子卫生间|家庭(?:厕所|厕位)|第三厕所'],
      triggers: [],
    },
    message: {
      zh: '本公共场所建设规划（设计方案）未设第三卫生间（家庭卫生间）。带婴幼儿或需要协助家人如厕的人（多为妇女）缺少可用的卫生间。',
      en: 'This public-place plan or design has no family (third) toilet. People caring for infants or family members who need help, mostly women, have no toilet they can use together.',
    },
    suggestion: {
      zh: '在卫生间设计中增加第三卫生间（家庭卫生间），内设婴儿护理折叠台和儿童坐便器。',
      en: 'Add a family (third) toilet with a fold-down baby-changing table and a child toilet to the design.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(八)妇女与环境 › 策略措施 › (9)', quote: '推动旅游景区、商场、客运枢纽和服务区等公共场所建设第三卫生间，增设婴儿护理折叠台位' },
      { plan: '001_1142db6a623c33a6.txt', section: '(七)妇女与环境 › 策略措施 › (9)', quote: '推动旅游景区、商场、客运枢纽和服务区等公共场所建设第三卫生间，增设婴儿护理折叠台位' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(七)妇女与环境 › 策略措施 › (8)', quote: '推动建设第三卫生间' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (八)妇女与环境 › 策略措施 › (9)', quote: '推动旅游景区、商场、客运枢纽和服务区等公共场所建设第三卫生间，增设婴儿护理折叠台位' },
      { plan: '004_573b780cbee6880a.txt', section: '(七)妇女与环境 › 策略措施 › (9)', quote: '务区等公共场所建设第三卫生间' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX高铁站站房改扩建工程初步设计说明\n一、建设规模 总建筑面积12000平方米。\n二、功能布局 一层为候车大厅、售票厅，设男女卫生间各一处。',
        'XX商业综合体建设方案\n项目占地面积3.2万平方米，总建筑面积15万平方米。\n建设内容包括购物中心、影院、餐饮区，每层设公共卫生间。',
        'XX景区游客服务中心设计方案\n设计依据：《旅游景区质量等级的划分与评定》。\n建筑面积2000平方米，设售票、咨询、休息区和卫生间。',
        'XX体育馆建设项目可行性研究报告\n建设规模：座位6000个，总建筑面积2.8万平方米。\n配套设施：观众卫生间、运动员更衣室、无障碍设施。',
        'XX市第二汽车客运站设计方案\n总平面布置：站前广场、站房、停车场。\n建筑面积8000平方米，设候车厅、卫生间、行包房。',
      ],
      pass: [
        'XX高铁站站房改扩建工程初步设计说明\n总建筑面积12000平方米。\n卫生间设计：设男女卫生间及第三卫生间，配备婴儿护理折叠台。',
        'XX商业综合体建设方案\n总建筑面积15万平方米，建设内容包括购物中心。\n每层设公共卫生间，一层设家庭卫生间。',
        '市住建局召开公共厕所建设工作推进会，要求加快建设进度。',
        '推动旅游景区、商场、客运枢纽和服务区等公共场所建设第三卫生间。',
      ],
    },
  },
  {
    id: 'cn.environment.mother-infant-room',
    domain: 'environment',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    requirement: ['ENV-02'],
    title: { zh: '公共建筑设计未设母婴室', en: 'Public building design without a mother-infant room' },
    check: {
      type: 'required',
      docType: docTypes.publicBuilding,
      present: ['母婴(?:室|间|设施|区|护理室|休息室)|哺乳(?:室|间|区|空间)|育婴(?:室|间)|母乳喂养|喂奶(?:室|间)'],
      triggers: [],
    },
    message: {
      zh: '本公共场所建设规划（设计方案）未设母婴室（哺乳室）。需要哺乳和护理婴儿的母亲在公共场所缺少私密、卫生的空间。',
      en: 'This public-place plan or design has no mother-infant (breastfeeding) room. Mothers who need to breastfeed or care for a baby have no private, clean space there.',
    },
    suggestion: {
      zh: '在配套设施设计中增加母婴室（哺乳室），配备婴儿护理台、座椅、洗手池和电源，并设置孕妇和携带婴幼儿者可用的无障碍通道。',
      en: 'Add a mother-infant (breastfeeding) room with a changing table, seating, a wash basin and a power socket, and step-free access for pregnant women and people with prams.',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(七)妇女与环境 › 策略措施 › (9)', quote: '推进公共场所和用人单位内设置母婴室或增加母乳喂养设施，提高母婴设施利用率和服务可及性' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(五)妇女与社会保障 › 策略措施 › (9)', quote: '在商场、火车站设置育婴室；在公共交通的构建上保障孕妇的出行安全' },
      { plan: '003_71de1e464177e433.txt', section: '儿童规划 › (一)儿童与健康 › 策略措施 › (8)', quote: '加强公共场所和工作场所母婴设施建设' },
      { plan: '004_573b780cbee6880a.txt', section: '(三)妇女与经济 › 策略措施 › (10)', quote: '推动用人单位母婴设施应建尽建和人员密集场所建设标准化母婴设施' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX高铁站站房改扩建工程初步设计说明\n一、建设规模 总建筑面积12000平方米。\n二、功能布局 一层为候车大厅、售票厅，设男女卫生间各一处。',
        'XX商业综合体建设方案\n项目占地面积3.2万平方米，总建筑面积15万平方米。\n建设内容包括购物中心、影院、餐饮区，每层设公共卫生间。',
        'XX景区游客服务中心设计方案\n设计依据：《旅游景区质量等级的划分与评定》。\n建筑面积2000平方米，设售票、咨询、休息区和卫生间。',
        'XX体育馆建设项目可行性研究报告\n建设规模：座位6000个，总建筑面积2.8万平方米。\n配套设施：观众卫生间、运动员更衣室、无障碍设施。',
        'XX市第二汽车客运站设计方案\n总平面布置：站前广场、站房、停车场。\n建筑面积8000平方米，设候车厅、卫生间、行包房。',
      ],
      pass: [
        'XX高铁站站房改扩建工程初步设计说明\n总建筑面积12000平方米。\n卫生间设计：设男女卫生间；候车厅设母婴室。',
        'XX商业综合体建设方案\n总建筑面积15万平方米，建设内容包括购物中心。\n每层设公共卫生间，二层设母婴室。',
        '市住建局召开公共厕所建设工作推进会，要求加快建设进度。',
        '推进公共场所和用人单位内设置母婴室或增加母乳喂养设施。',
      ],
    },
  },
  {
    id: 'cn.environment.emergency-plan-women-needs',
    domain: 'environment',
    kind: 'missing',
    severity: 'medium',
    lang: 'zh',
    requirement: ['ENV-04'],
    title: { zh: '应急预案未考虑孕产妇、哺乳期妇女等特殊需求', en: 'Emergency plan without provisions for pregnant and breastfeeding women' },
    check: {
      type: 'required',
      docType: docTypes.emergencyPlan,
      present: ['孕产妇用品|母婴用品|婴幼儿用品|女性内衣|哺乳(?:室|间|区|空间|场所)|母婴(?:室|间|区|设施)|(?:孕产妇|孕妇|哺乳期妇女)[^。;]{0,16}(?:救治|转运|医疗|分娩|助产|产检|护理|用品|安置|保障|需求)|(?:妇女|女性)(?:的)?特殊(?:需求|需要)|特殊需求(?:妇女|女性)|(?:妇女|女性)[^。]{0,10}(?:心理疏导|救助服务)'],
      triggers: [],
    },
    message: {
      zh: '本应急预案未涉及孕产妇、哺乳期妇女等妇女的特殊需求。疏散、安置、医疗救治和物资保障中不考虑她们，会在灾害和疫情中造成额外风险。',
      en: 'The emergency plan does not mention the needs of pregnant and breastfeeding women. Leaving them out of evacuation, sheltering, medical care and supplies creates extra risk in disasters and epidemics.',
    },
    suggestion: {
      zh: '增加：转移安置和医疗救治中优先保障孕产妇、哺乳期妇女，安置点设置哺乳和女性专用空间，物资储备列明孕产妇用品和女性卫生用品，并为有需求的妇女提供救助服务和心理疏导。',
      en: 'Add: priority for pregnant and breastfeeding women in evacuation and medical care, breastfeeding and women-only spaces in shelters, maternity and menstrual supplies in the stockpile, and relief and psychological support for women who need it.',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(七)妇女与环境 › 策略措施 › (10)', quote: '在突发事件应对中关切妇女特别是孕期、哺乳期妇女及困难妇女群体的特殊需求' },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(八)妇女与环境 › 策略措施 › (10)',
        quote: '在突发事件应急体系、预防和应急处置机制、相关应急预案和规划中充分考虑妇女特殊需求，优先保证女性卫生用品、孕产妇用品、女性内衣等基本生活用品和重要医用物资供给',
      },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(一)妇女与健康 › 策略措施 › (1)', quote: '完善公共卫生应急管理体系，满足妇女尤其是孕产妇、女医务工作者等重点人群的特殊需求' },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (八)妇女与环境 › 策略措施 › (10)',
        quote: '在突发事件应急体系、预防和应急处置机制、相关应急预案和规划中充分考虑妇女特殊需求，优先保证女性卫生用品、孕产妇用品、女性内衣等基本生活用品和重要医用物资供给',
      },
      { plan: '004_573b780cbee6880a.txt', section: '(七)妇女与环境 › 策略措施 › (11)', quote: '在突发事件应对中关切妇女特别是孕期、哺乳期妇女及困难妇女群体的特殊需求' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX县防汛抗旱应急预案\n1 总则\n本预案适用于本县范围内洪涝、干旱灾害的预防和应急处置。\n4 应急响应 应急响应分为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级。\n5 转移安置 优先转移孕产妇、老人、儿童和残疾人。',
        'XX市突发公共卫生事件应急预案\n本预案适用于全市。\n应急指挥部负责统一指挥。隔离点配备口罩、消毒液和生活物资。',
        'XX区自然灾害救助应急预案\n二、组织指挥体系 区减灾委员会负责协调。\n五、应急响应 及时转移安置受灾群众，调拨食品、衣被、饮用水、卫生巾。',
        '某街道地震应急预案\n本预案适用于本街道辖区。\n应急保障：避难场所储备方便食品、矿泉水、毛毯。',
        'XX镇森林火灾应急处置预案\n本预案适用于全镇森林火灾应急处置。\n后期处置：做好受灾群众安置。',
      ],
      pass: [
        'XX县防汛抗旱应急预案\n本预案适用于本县洪涝灾害应急处置。\n转移安置时优先转移孕产妇、老人和儿童，安置点设置母婴室。',
        'XX市突发公共卫生事件应急预案\n本预案适用于全市。\n关注妇女特殊需求，为隔离的哺乳期妇女提供单独房间。',
        '市应急管理局组织开展应急预案演练，检验队伍协同能力。',
      ],
    },
  },
  {
    id: 'cn.environment.media-gender-review',
    domain: 'environment',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    requirement: ['ENV-06'],
    title: { zh: '媒体、广告内容管理规定未把性别歧视列入审核内容', en: 'Media or advertising rules without a gender-equality review' },
    check: {
      type: 'required',
      docType: docTypes.media,
      present: ['性别平等|性别歧视|男女平等|歧视(?:妇女|女性)|(?:贬低|贬损|贬抑|丑化|侮辱|物化)(?:妇女|女性)|性别专家|社会性别|(?:女性|妇女)形象|性别刻板|刻板印象|男尊女卑'],
      triggers: [],
    },
    message: {
      zh: '本内容管理规定的审核标准未涉及性别歧视、贬抑或物化女性的内容，缺少规划要求的性别平等评估和监管机制。',
      en: 'The content rules\' review criteria do not cover sex discrimination or content belittling or objectifying women; the gender-equality review the plans require is missing.',
    },
    suggestion: {
      zh: '在审核标准中增加“不得含有性别歧视、贬抑或物化女性的内容”，建立性别平等评估机制，吸纳性别平等专家参与评估，并对采编、审核人员开展性别平等培训。',
      en: 'Add "no content that discriminates by sex or belittles or objectifies women" to the review criteria, set up a gender-equality review with gender experts, and train editors and reviewers in gender equality.',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(八)妇女与环境 › 策略措施 › (4)',
        quote: '探索建立文化与传媒领域的性别平等评估和监管机制，加强公共文化产品和传媒涉及性别平等内容的监测和监管，吸纳性别平等专家参与相关评估',
      },
      { plan: '001_1142db6a623c33a6.txt', section: '(七)妇女与环境 › 策略措施 › (4)', quote: '加强对公共文化产品和传媒涉及性别平等内容的监测和监管，吸纳性别专家参与相关评估' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(七)妇女与环境 › 主要目标 › (2)', quote: '健全文化与传媒领域性别平等评估和监管机制' },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (八)妇女与环境 › 策略措施 › (4)',
        quote: '探索建立文化与传媒领域的性别平等评估和监管机制，加强公共文化产品和传媒涉及性别平等内容的监测和监管，吸纳性别平等专家参与相关评估',
      },
      { plan: '004_573b780cbee6880a.txt', section: '(七)妇女与环境 › 策略措施 › (5)', quote: '完善传媒监管机制，吸纳社会性别专家参与传媒监测' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX市户外广告内容管理办法\n第三条 户外广告发布前应当经内容审核。\n第五条 广告不得含有虚假、夸大内容，不得危害社会公德。',
        'XX融媒体中心新闻稿件审核制度\n一、本中心实行三审三校制度。\n二、稿件审核重点：政治导向、事实准确、文字规范。',
        'XX区政务新媒体内容发布管理规定\n信息发布前须经分管领导审核。\n本平台不得发布未经核实的信息。',
        'XX网络直播平台内容审核规范\n直播内容审核实行先审后发。\n审核标准：不得宣扬暴力、赌博、迷信。',
        'XX电视台节目播出管理办法\n节目播出前应当经过审查。\n本台实行三级审核。',
      ],
      pass: [
        'XX市户外广告内容管理办法\n户外广告发布前应当经内容审核。\n广告不得含有性别歧视内容，不得贬低妇女。',
        'XX融媒体中心新闻稿件审核制度\n本中心实行三审三校制度。\n审核重点包括是否存在性别刻板印象。',
        '记者从市委宣传部获悉，全市宣传工作会议召开。',
      ],
    },
  },
  {
    id: 'cn.environment.rural-tap-water',
    domain: 'environment',
    kind: 'threshold',
    severity: 'low',
    lang: 'zh',
    requirement: ['ENV-07'],
    title: { zh: '农村自来水普及率目标低于规划要求', en: 'Rural tap-water coverage target below the plan' },
    check: {
      type: 'value',
      triggers: ['自来水普及率'],
      subject: ['农村(?:地区|牧区)?自来水普及率'],
      unit: 'percent',
      min: 0.88,
      when: [{ any: [TARGET_CLAUSE], scope: 'clause' }],
      unless: [{ any: [WOMENS_PLAN], scope: 'document' }, { any: [STATUS_SENTENCE], scope: 'sentence' }],
    },
    message: {
      zh: '农村自来水普及率目标为 {value}，低于妇女发展规划 {min} 的要求。取水、用水负担多由农村妇女承担。',
      en: 'The rural tap-water coverage target is {value}, below the plan\'s {min}. Fetching and managing water falls mostly on rural women.',
    },
    suggestion: {
      zh: '改为“农村自来水普及率稳定在{min}以上”。',
      en: 'Rewrite as "rural tap-water coverage kept above {min}".',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(七)妇女与环境 › 主要目标 › (6)', quote: '农村自来水普及率到2025年达到88%，到2030年达到90%' },
      { plan: '000_d67eb8df20e31904.txt', section: '(八)妇女与环境 › 主要目标 › (7)', quote: '农村自来水普及率稳定在95%以上，城市集中式饮用水水源水质达到或优于Ш类标准的比例总体为95%' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(七)妇女与环境 › 主要目标 › (6)', quote: '农村自来水普及率达到95%，城区集中式饮用水水源水质持续改善' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (八)妇女与环境 › 主要目标 › (7)', quote: '农村自来水普及率稳定在95%以上，城区集中式饮用水水源水质达到或优于III类标准的比例总体为95%' },
      { plan: '004_573b780cbee6880a.txt', section: '(七)妇女与环境 › 主要目标 › (7)', quote: '农村自来水普及率保持在95%以上' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '农村自来水普及率达到80%。',
        '到2025年，农村自来水普及率提高到85%以上。',
        '农村自来水普及率不低于75%，规模化供水工程覆盖人口比例达到50%。',
        '实施农村供水保障工程，农村自来水普及率力争达到百分之八十。',
        '全县农村自来水普及率稳定在86%以上。',
      ],
      pass: [
        '农村自来水普及率稳定在95%以上。',
        '农村自来水普及率到2025年达到88%，到2030年达到90%。',
        '2020年全县农村自来水普及率为82%。',
        '农村集中供水率达到85%以上。',
      ],
    },
  },  {
    id: 'cn.environment.shelter-sex-separation',
    domain: 'environment',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    requirement: ['ENV-04'],
    title: { zh: '应急安置点男女不分区、厕所浴室共用', en: 'Emergency shelters without separate areas, toilets or showers for women' },
    check: {
      type: 'pattern',
      triggers: ['男女', '共用', '混用', '合用', '混住', '混居', '区分', '性别', '女性专用', '妇女专用', '另设', '单独设'],
      patterns: [
        // 集中安置点统一设置大通铺，不区分男女
        '(?:安置点|安置场所|安置区|避难场所|避难所|集中安置|临时安置|帐篷|隔离点|通铺|板房|宿营|集中住宿|住宿区|床位|铺位|宿舍)[^。]{0,30}?(?<hit>不(?:再|予|作|另行|单独|另|专门|必|需)*(?:区分|划分|分设|分开|分|按)(?:男女|性别)(?!老幼|老少|长幼|老小|都|均)(?:分区|分开)?(?:住宿|居住|安置)?(?:区域|区|房间|帐篷)?|(?:无需|无须|不必|不用)(?:再)?(?:区分|分设|划分|分开)(?:男女|性别)|男女(?:混住|同住|合住|混居|同室|同屋|同帐篷?|同铺|混合安置)|男女(?:统一|集中|混合)(?:安置|住宿))',
        // 临时厕所、淋浴间可共用
        '(?:厕所|卫生间|淋浴间?|洗浴间?|浴室|盥洗室|洗漱间|如厕|洗浴)[^。;]{0,14}?(?<hit>(?:可|可以|均可|统一|暂时|暂)?(?:男女)?(?:可|可以|均可|统一|暂时|暂)?(?:共用|混用|合用|不分男女|不分性别|不区分男女))',
        // 不再单独设置女性专用厕所 / 不另设女性休息区
        '(?:安置点|安置场所|安置区|避难场所|避难所|集中安置|临时安置|隔离点|板房)[^。]{0,30}?(?<hit>不(?:再|另|单独|另行|专门)*(?:设置?|设立|划分|安排)(?:女性|妇女|女)(?:专用)?(?:厕所|卫生间|淋浴间|浴室|休息区|住宿区|区域|帐篷|房间))',
      ],
      when: [{ any: ['安置|避难|应急|灾|隔离|疏散|转移|帐篷|板房|救助'], scope: 'sentence' }],
      unless: [
        { any: ['第三卫生间|家庭卫生间|无障碍|家庭单元|以家庭为单位|供[^,;。]{0,12}(?:家庭|婴幼儿|残疾人|老人|亲子)'], scope: 'clause' },
        // The engine's sex-neutral exemption would read 不分男女 as "sex does not matter": negation is handled here.
        { any: ['(?:严禁|禁止|不得|杜绝|防止|避免|不允许|不能)(?:男女)?(?:混住|同住|合住|混合安置|共用|混用|合用)'], scope: 'clause' },
      ],
      negation: false,
    },
    message: {
      zh: '安置点不按性别分区，或厕所、浴室男女共用，妇女和女童的隐私和安全得不到保障，容易发生性骚扰和性侵害。规划要求在突发事件应对中关切妇女特殊需求。',
      en: "Shelters with no separate areas for women, or shared toilets and showers, leave women and girls without privacy or safety and expose them to sexual harassment and assault. The plans require women's specific needs to be met in emergencies.",
    },
    suggestion: {
      zh: '改为：安置点按家庭或性别分区安置，设置女性专用休息区和哺乳空间；厕所、淋浴间男女分设，照明充足、可上锁，并安排女性工作人员巡查。',
      en: 'Rewrite: house people by family or in separate areas for women and men, with women-only rest and breastfeeding spaces; provide separate, well-lit, lockable toilets and showers for women and men, with women staff on patrol.',
    },
    basis: [
      { plan: '001_1142db6a623c33a6.txt', section: '(七)妇女与环境 › 策略措施 › (10)', quote: '在突发事件应对中关切妇女特别是孕期、哺乳期妇女及困难妇女群体的特殊需求' },
      { plan: '000_d67eb8df20e31904.txt', section: '(八)妇女与环境 › 策略措施 › (10)', quote: '在应对突发事件中加强对有需求的妇女群体的救助服务和心理疏导' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(七)妇女与环境 › 主要目标 › (8)', quote: '妇女预防和应对突发事件的能力不断提高，特殊需求得到满足' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (八)妇女与环境 › 策略措施 › (10)', quote: '在应对突发事件中加强对有需求的妇女群体的救助服务和心理疏导' },
      { plan: '004_573b780cbee6880a.txt', section: '(七)妇女与环境 › 策略措施 › (11)', quote: '在突发事件应对中关切妇女特别是孕期、哺乳期妇女及困难妇女群体的特殊需求' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '临时避难场所以帐篷为主，按先到先住安排，不分男女。',
        '受灾群众集中安置在学校体育馆，男女混住，统一管理。',
        '隔离点公共卫生间男女共用，每日消毒两次。',
        '安置区设移动厕所4座、淋浴间2间，可共用。',
        '板房安置点浴室暂时合用，分时段使用。',
        '安置点住宿区统一设置大通铺，为节省空间，不再区分男女住宿区域。',
        '安置点卫生间按实际情况设置，可男女共用。',
        '避难场所内临时厕所数量有限，如厕不分男女。',
        '集中安置点不另设女性专用淋浴间。',
        '安置帐篷按到达先后顺序统一编号、集中住宿，不再另行区分男女住宿区域。',
        '转移群众集中住宿在村小学教室，男女混居，便于统一管理。',
        '临时安置点床位紧张，无需分设男女宿舍。',
      ],
      pass: [
        '安置点按家庭或性别分区安置，厕所、淋浴间男女分设。',
        '安置点严禁男女混住。',
        '安置点设第三卫生间，供携带婴幼儿的家庭共用。',
        '办公楼会议室与培训室可共用。',
        '安置点住宿区按性别分区设置，以家庭为单位的可集中居住。',
        '受灾人员转移安置时不分男女老幼，一律优先保障生命安全。',
        '集中安置点不分男女老幼，统一发放救灾物资。',
        '安置点卫生间男女分设，照明充足。',
        '安置帐篷按到达先后顺序统一编号，男女分区住宿。',
        '安置点集中住宿，按家庭为单位安排帐篷，单身人员按性别分区。',
      ],
    },
  },
];
