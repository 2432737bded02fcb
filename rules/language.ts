/**
 * 刻板印象与用语: stereotyped or degrading wording about women in official texts, teaching material, publicity
 * and media; appearance requirements in recruitment; objectifying publicity (catalogue ENV-05).
 *
 * Patterns run on the compact, folded text (see rules/employment.ts).
 */
import type { Rule } from '../lib/engine/types.ts';

/** The sentence criticises or reports the wording rather than using it. */
const CRITIQUE =
  '批判|摒弃|打破|改变|转变|反对|破除|消除|克服|抛弃|革除|摈弃|抵制|杜绝|纠正|避免|陈旧|落后|封建|糟粕|陋习|偏见|刻板|误区|错误(?:观念|认识)|旧观念|歧视|贬损|贬低|侮辱|污名|冒犯|不尊重|称谓|一词|等词|字眼|说法|论调';

const WOMAN = '(?:女(?:性|同志|生|孩子?|士|职工|人|干部|员工|教师|司机|学生|同学|青年)|妇女)';

const ENV05_BASIS = [
  {
    plan: '000_d67eb8df20e31904.txt',
    section: '(八)妇女与环境 › 策略措施 › (4)',
    quote: '消除网络媒体、影视产品、公共出版物等中出现的歧视贬抑妇女、侮辱妇女人格尊严、物化妇女形象等不良现象，规范网络名人和公众账号传播行为',
  },
  {
    plan: '004_573b780cbee6880a.txt',
    section: '(七)妇女与环境 › 策略措施 › (5)',
    quote: '禁止在媒体中出现贬抑、否定妇女独立人格等性别歧视现象',
  },
  {
    plan: '002_f51d82e60e0c5b30.txt',
    section: '(七)妇女与环境 › 策略措施 › (3)',
    quote: '消除网络媒体中出现的歧视贬抑妇女、侮辱妇女人格尊严、物化妇女形象等不良现象，规范网络名人和公众账号传播行为',
  },
  {
    plan: '003_71de1e464177e433.txt',
    section: '妇女规划 › (八)妇女与环境 › 策略措施 › (4)',
    quote: '消除网络媒体、影视产品、公共出版物等中出现的歧视贬抑妇女、侮辱妇女人格尊严、物化妇女形象等不良现象，规范网络名人和公众账号传播行为',
  },
];

const STEREOTYPE_BASIS = [
  { plan: '000_d67eb8df20e31904.txt', section: '(八)妇女与环境 › 策略措施 › (3)', quote: '批判男尊女卑等落后文化，消除性别歧视观念' },
  { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (八)妇女与环境 › 策略措施 › (3)', quote: '批判男尊女卑等落后文化，消除性别歧视观念' },
  { plan: '004_573b780cbee6880a.txt', section: '(七)妇女与环境 › 策略措施 › (2)', quote: '在玩具、服饰、日用品、游戏设计和职业规划等领域消除性别标签' },
  { plan: '001_1142db6a623c33a6.txt', section: '(六)妇女与家庭建设 › 策略措施 › (8)', quote: '支持男女职工共同履行家庭责任' },
  { plan: '002_f51d82e60e0c5b30.txt', section: '(六)妇女与家庭建设 › 策略措施 › (7)', quote: '支持男女职工共同履行家庭责任' },
];

export const languageRules: Rule[] = [
  {
    id: 'cn.language.women-unsuitable',
    domain: 'language',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '断言女性“不适合”“不如男性”', en: 'Claims that women are "unsuited" to something or "not as good as men"' },
    requirement: ['E-02', 'ENV-05'],
    check: {
      type: 'pattern',
      triggers: ['女', '妇女'],
      patterns: [
        // 女性不适合搞科研 / 女同志干不了技术活
        `${WOMAN}(?:天生|本来|本身|普遍|一般|往往|大多|通常|毕竟|由于生理原因)?(?:就)?(?:不适合|不适宜|不擅长|不善于|难以胜任|胜任不了|干不了|做不好|学不好|不是[^,;。]{0,4}?的料|天生不如男|不如男)[^,;。]{0,12}`,
        // 女生逻辑推理能力普遍弱于男生
        `${WOMAN}[^,;。]{0,10}?(?:能力|思维|水平|素质|体力|智力|头脑)[^,;。]{0,4}?(?:普遍|天生|一般|明显|往往|相对)?(?:弱于|不如|差于|低于|逊于)男`,
      ],
      unless: [
        // Protective rules on menstruation, pregnancy and the national prohibited-work list.
        { any: ['孕|哺乳|经期|月经|生理期|禁忌|国家规定|体力劳动强度|井下'], scope: 'sentence' },
        { any: [CRITIQUE], scope: 'sentence' },
      ],
    },
    message: {
      zh: '断言女性整体“不适合”某类工作、学科或职务，或“能力不如男性”，是性别刻板印象，会被用来排斥女性；能力和适合与否应按个人判断。',
      en: 'Saying women as a group are "unsuited" to a job, subject or post, or "less able than men", is a gender stereotype that is used to exclude women; suitability should be judged individually.',
    },
    suggestion: {
      zh: '删除该断言；确有岗位条件的，写明与工作直接相关、男女同样适用的具体要求。',
      en: 'Delete the claim; where a post has real requirements, state them specifically and apply them to women and men alike.',
    },
    basis: STEREOTYPE_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '女性不适合从事科研工作。',
        '女同志干不了技术活，车间主任一般由男同志担任。',
        '女生逻辑推理能力普遍弱于男生。',
        '女干部由于生理原因难以胜任信访维稳工作。',
        '女孩子学不好数学和物理。',
      ],
      pass: [
        '除国家规定的不适合妇女的工种或者岗位外，不得以性别为由拒绝录用妇女。',
        '女生生理期身体不适的，体育课可申请见习。',
        '破除“女性不适合搞科研”的偏见。',
        '孕期女职工不适合从事接触有毒物质的工作。',
      ],
    },
  },
  {
    id: 'cn.language.traditional-gender-roles',
    domain: 'language',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '宣扬“男主外、女主内”等传统性别分工和男尊女卑', en: 'Traditional gender roles and male dominance promoted' },
    requirement: ['ENV-05', 'F-03'],
    check: {
      type: 'pattern',
      triggers: ['女', '妇', '妻', '媳', '夫', '男方', '户主', '三从四德', '男尊', '由男', '老婆', '太太', '妈妈', '姑娘', '她的幸福', '她的舞台', '她的天地'],
      patterns: [
        '男主外[,、]?女主内|女主内|女子无才便是德|三从四德|嫁鸡随鸡|出嫁从夫|夫为妻纲|以夫为(?:天|纲)|男尊女卑|妇道|妇德|旺夫',
        '(?:女人|女性|妇女|妻子|母亲)(?:的)?天职',
        '贤妻良母|相夫教子',
        // 家庭事务以男方为主、女方为辅；重大事项由丈夫拿主意
        '(?:以|由)?男方为主[、,]?女方为辅|由(?:丈夫|男方|男人|男主人)(?:拿主意|做主|作主|说了算|决定|当家)',
        // 女性居民应以家庭为重 / 女方嫁入男方家后应遵从夫家规矩
        `(?:${WOMAN}|女方|媳妇|妻子|儿媳)(?:居民|村民|职工)?[^,;。]{0,8}?(?:应当?|要|就该|就应该|必须|理应|须)(?:以家庭为重|回归家庭|操持家务|照顾好家庭|孝敬公婆|遵从|服从|顺从|听从|从夫)`,
        `(?:引导|鼓励|倡导|号召|动员)(?:${WOMAN}|女方)[^,;。]{0,6}?(?:以家庭为重|回归家庭|相夫教子|做好家庭主妇)`,
        // 好女人就该把家收拾干净 / 好妻子就要把家照顾好
        '(?:好女人|好妻子|好媳妇|好女孩|好母亲|好老婆|好太太|好儿媳|好妈妈|好女儿|好姑娘)(?:就)?(?:该|应该|应当|得|要|就要|必须)',
        '(?:女人|老婆|妻子|媳妇|女孩子?)就(?:该|应该|得|要)(?:在家|做饭|洗衣|做家务|带孩子|照顾|伺候|操持|持家|顾家|把(?:家|厨房|孩子))',
        // 班长一般由男生担任 / 车间主任由男同志担任: leadership reserved to men
        '(?:班长|队长|组长|主任|书记|负责人|会长|主席|领队|团支书|旗手|户主|家长|代表|部长|站长|所长|校长|院长|经理|厂长)[^,;。]{0,8}?由男(?:生|性|同学|同志|教师|职工|员工|干部|青年|村民|社员|士)?(?:来)?(?:担任|出任|担当|当选)',
        // 评选标准：妻子贤惠持家、甘于奉献 (a virtue demanded of wives only)
        '(?:标准|条件|要求|倡导|提倡|弘扬|应当?|须|要)[^。]{0,16}?(?<hit>(?:妻子|媳妇|儿媳|妇女|女性|母亲)[^,;。、]{0,2}?(?:贤惠|贤淑|温顺|顺从|甘于奉献|任劳任怨|甘当贤内助|贤内助)[^,;。]{0,8})',
        // 女性志愿者主要负责做饭、洗衣 (domestic chores assigned to women)
        '(?:女(?:性|同志|职工|干部|员工|村民|居民|志愿者|队员|青年)|妇女)(?:志愿者|村民|居民|队员|群众|同志|党员|民兵)?(?:主要|一般|统一|专门|重点|只|就)?(?:负责|承担|从事|做好|搞好)(?:做饭|烧饭|煮饭|送水|送饭|洗衣|打扫|保洁|端茶倒水|茶水|照看|照顾|照料|炊事|缝补|看护|带孩子|后勤)',
        // 男人在外挣钱养家，妇女在家操持家务 (the division of labour spelled out)
        '(?:男人|男性|男子|丈夫|老公|男方|爷们|男的)[^,;。]{0,3}?(?:在外|主外|出外|外出)[^,;。]{0,8}?[,、]?(?:女人|妇女|女性|妻子|老婆|媳妇|女方|娘们|女的)[^,;。]{0,3}?(?:在家|主内|居家|守家)[^,;。]{0,10}',
        '(?:女人|妇女|女性|妻子|老婆|媳妇|女方)(?:就|要|应当?|应该|负责)?在家(?:里)?(?:操持|照顾|做饭|带孩子|带娃|持家|相夫|照料|伺候)[^,;。]{0,8}',
        // 她的幸福都在灶台间 / 女人的天地就在厨房 (a woman's happiness placed in the kitchen)
        '(?:她|女人|女性|妻子|老婆|太太|妈妈|母亲|女主人|媳妇)(?:的)?(?:幸福|价值|归宿|天地|舞台|世界|骄傲|成就)(?:都|就|全|只)?(?:在|是)[^,;。]{0,4}?(?:灶台|厨房|锅台|锅碗瓢盆|家务|围裙|相夫教子|洗衣做饭)(?:间|边|前|上|里)?',
        // 由部门女同事轮流负责 (office chores assigned to women colleagues, task named first)
        '(?:茶水|端茶|倒水|打扫|保洁|卫生|接待|聚餐|订餐|买菜|做饭|会务|布置会场|收发|摆放水果)[^。]{0,30}?(?<hit>由[^,;。]{0,6}?女(?:同事|同志|职工|员工|性|士|干部|教师|青年|工作人员)(?:们)?(?:轮流|负责|承担|包干|统一|专门))',
        // 户主(男主人) / 户主栏一般应填写家中男性长辈或丈夫
        '户主\\((?:男主人|男性家长|丈夫|男方|男性)\\)',
        '户主[^。;]{0,8}?(?:一般|原则上|应当?|须|默认|统一)(?:填写|登记为?|由|为)[^,;。]{0,8}?(?:男性|丈夫|男方|男主人|儿子|长子)(?![^,;。]{0,3}(?:或|和|、)(?:妻子|女方|女性|女儿))',
      ],
      unless: [
        { any: [CRITIQUE + '|平等|共同|分担|男女[^,;。]{0,6}?轮流|[男女][^,;。]{0,6}?(?:和|与|、|及)[^,;。]{0,4}?[男女][^,;。]{0,6}?轮流|(?:全体|所有|各位|每位|每名)[^,;。]{0,8}?轮流|轮流[^,;。]{0,4}?(?:全体|所有|每位|每人)|更多|过多|比例|占比|减轻'], scope: 'clause' },
        // Same-sex supervision (dormitories, searches) is lawful.
        { any: ['宿舍|更衣|卫生间|厕所|浴室|搜身|人身检查|监区|男子组'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '把操持家务、照料家庭规定为女性的本分，宣扬男主女从、“贤妻良母”“相夫教子”或默认男性为户主，是性别刻板印象和男尊女卑观念，与男女平等基本国策相悖；规划要求批判男尊女卑等落后文化，支持男女共同履行家庭责任。',
      en: 'Making housework and family care a woman\'s duty, preaching male headship, the "virtuous wife and good mother" ideal or a male household head by default, reflects gender stereotypes and male superiority, contrary to the basic state policy of equality between women and men; the plans call for criticising such culture and for shared family responsibilities.',
    },
    suggestion: {
      zh: '改为男女平等、夫妻共同承担家务和养育责任、家庭事务平等协商的表述；户主由家庭自行确定，不默认为男性。',
      en: 'Rewrite as equality of husband and wife, shared housework and childcare, and joint decisions; let the household choose its head rather than defaulting to the man.',
    },
    basis: STEREOTYPE_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '第六条 女性居民应以家庭为重，勤俭持家、相夫教子，做贤妻良母。',
        '家庭事务以男方为主、女方为辅，重大事项由丈夫拿主意。',
        '女方嫁入男方家后应遵从夫家规矩，孝敬公婆、操持家务。',
        '做好婚育宣传，引导女性以家庭为重、回归家庭。',
        '某家政公司“好女人就该把家收拾干净”宣传片。',
        '安置点志愿者以男性青壮年为主，负责搬运、巡逻；女性志愿者主要负责做饭、洗衣和照看老人孩子。',
        '各推选单元以户为单位推选，每户由户主(男主人)代表全家参加推选会议。',
        '调查员登记时，“户主”栏一般应填写家中男性长辈或丈夫。',
        '征文主题：“女人的天职是相夫教子”。',
        '各小组组长原则上由男同志担任，女同志负责记录。',
        '社区“五好家庭”评选条件：丈夫勤劳能干，妻子温顺贤淑、任劳任怨。',
        '应急预案：转移安置期间，妇女群众主要负责送饭、照看老人孩子。',
        '厨电广告脚本：好太太就该每天做出一桌好菜。',
        '节目口号：“女人就该把家照顾好”。',
        '村规民约：男人外出打工挣钱，女人在家带娃种地。',
        '楼盘广告语：一个宽敞的厨房，她的幸福就在锅台边。',
        '办公室卫生和来客端茶倒水，由科室女同志轮流负责。',
      ],
      pass: [
        '批判男尊女卑等落后文化，消除性别歧视观念。',
        '男女平等，夫妻地位平等，共同分担家务劳动和育儿责任。',
        '打破“男主外、女主内”的传统分工观念。',
        '户主姓名、性别、身份证号码。',
        '户主为男性的家庭占72%。',
        '班长由男生和女生轮流担任。',
        '男生宿舍管理员由男教师担任。',
        '调查显示，女性承担了更多的家庭照料责任。',
        '妇女主任由女性委员担任。',
        '弘扬尊老爱幼、夫妻和睦、勤俭持家的家庭美德。',
        '办公室卫生由全体人员轮流负责，男女同事一视同仁。',
        '改变“男人在外挣钱、女人在家操持家务”的传统分工观念。',
        '会务接待由办公室统筹，女同事和男同事轮流值班。',
      ],
    },
  },
  {
    id: 'cn.language.degrading-labels',
    domain: 'language',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '使用“剩女”“女司机”等贬损女性的称谓和桥段', en: 'Degrading labels and tropes about women ("leftover women", "women drivers" …)' },
    requirement: ['ENV-05'],
    check: {
      type: 'pattern',
      triggers: ['剩女', '剩男', '女司机', '红颜祸水', '娘娘腔', '娘炮', '长舌妇', '黄脸婆', '老处女', '母老虎', '泼妇', '败家娘', '丈母娘', '拜金女', '田园女权', '女性化', '阴柔'],
      patterns: [
        '(?:大龄)?剩女|剩男剩女|红颜祸水|娘娘腔|娘炮|长舌妇|黄脸婆|老处女|母老虎|泼妇|败家娘们|拜金女|田园女权|丈母娘要房要车|丈母娘经济',
        // 女司机 as a joke or slur
        '女司机[^。]{0,20}?(?:桥段|笑点|段子|梗|出洋相|马路杀手|洋相|搞笑|技术差|开车慢)|(?:桥段|笑点|段子|梗|调侃|嘲笑|搞笑|马路杀手)[^。]{0,10}?女司机|[“"‘]女司机[”"’]',
        // 防止男孩女性化 / 男性青少年女性化 / 阴柔之风
        '男(?:孩|生|性青少年|性)女性化|阴柔(?:化|之风)',
        '(?:防止|杜绝|纠正|克服|扭转|避免|遏制)[^,;。]{0,6}?(?:男(?:孩|生|性青少年|性)女性化|阴柔(?:化|之风)|娘娘腔|娘炮)',
      ],
      unless: [
        { any: ['歧视|贬损|贬低|侮辱|污名|冒犯|不尊重|称谓|一词|等词|字眼|说法|论调|偏见|刻板|嘲笑|欺凌|热议|网友'], scope: 'sentence' },
        { any: ['班组|车队|先进|模范|标兵|获评|表彰|荣获'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '“剩女”“女司机”桥段、“娘娘腔”等称谓贬低女性或以女性特质为耻，属于歧视贬抑妇女的内容；规划要求消除媒体和公共出版物中歧视贬抑妇女、侮辱妇女人格尊严的现象。',
      en: 'Labels such as "leftover women", "woman driver" jokes or "sissy" belittle women or treat femininity as shameful; the plans require removing content that belittles women or insults their dignity from media and publications.',
    },
    suggestion: {
      zh: '删除贬损性称谓和桥段，改用中性表述（如“大龄未婚青年”“驾驶员”）。',
      en: 'Remove the label or joke and use neutral wording (e.g. "unmarried young people", "driver").',
    },
    basis: ENV05_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '婚恋交友类节目片头宣传语统一使用“帮助大龄剩女早日脱单”。',
        '各社区要多组织联谊活动，帮助“剩男剩女”尽快脱单。',
        '综艺节目可适当采用“女司机”“丈母娘要房要车”等网络热门桥段。',
        '短视频脚本以女司机倒车出洋相作为笑点。',
        '开展主题教育，防止男孩女性化。',
      ],
      pass: [
        '节目不得使用“剩女”“女司机”等贬损女性的称谓。',
        '杜绝使用“剩女”等歧视性称谓。',
        '公交公司“女司机”班组荣获市级先进集体称号。',
        '帮助大龄未婚青年交友。',
      ],
    },
  },
  {
    id: 'cn.language.appearance-requirements',
    domain: 'language',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '招聘或上岗提出与岗位无关的容貌、身材要求', en: 'Looks, figure or make-up required for jobs that do not need them' },
    requirement: ['EC-01', 'ENV-05'],
    check: {
      type: 'pattern',
      triggers: ['五官', '相貌', '容貌', '长相', '形象', '气质', '身材', '颜值', '肤色', '皮肤', '体态', '身高', '体重', '化妆', '化淡妆', '丝袜', '高跟鞋', '盘发'],
      patterns: [
        '五官端正|相貌(?:端正|端庄|好|姣好|出众)|容貌(?:端正|端庄|姣好|秀丽|出众)|长相(?:甜美|端正|好|漂亮|出众|清秀|姣好)|形象(?:气质)?(?:佳|出众|姣好)|形象气质(?:好|较好|良好)|气质(?:佳|出众|优雅)|身材(?:匀称|苗条|高挑|好|姣好|标准|适中|修长)|颜值(?:高|在线)|(?:肤色|皮肤)白皙|体态(?:匀称|优美|端庄|轻盈)',
        // 女性身高162cm以上 / 身高165cm以上
        '身高(?:在)?(?:1[5-8]\\d|1\\.[5-8]\\d?)(?:cm|厘米|米|m)?(?:\\(含\\))?(?:以上|及以上|左右)',
        '体重(?:在)?\\d+(?:kg|公斤|斤)(?:以下|以内)|体重(?:不超过|不高于|不得超过|不超|控制在)\\d+(?:kg|公斤|斤)',
        // 女员工上岗须化淡妆、盘发，着肉色丝袜及3厘米以上高跟鞋
        '女(?:员工|职工|性|士|服务员|营业员)?[^。;]{0,10}?(?:须|需|应|必须|要|一律)[^。;]{0,4}?(?:化(?:淡)?妆|盘发|穿(?:着)?(?:肉色)?丝袜|着(?:肉色)?丝袜|穿高跟鞋|着裙装|穿裙装?)[^。;]{0,24}',
      ],
      // Post tables put the requirement far from the word 招聘: the document as a whole must be about hiring or staff.
      when: [{ any: ['招聘|招录|招考|招募|应聘|报名|录用|聘用|聘请|求职|面试|岗位|上岗|在岗|员工|职工|入职|简章|仪容|仪表|签约|主播'], scope: 'document' }],
      unless: [
        // Posts whose requirements are set by national standards or are inherent to the work.
        { any: ['模特|演员|播音|主持|礼仪(?:小姐|队|岗)|空乘|空中乘务|乘务员|飞行|仪仗|人民警察|警察|公安|消防|军人|武警|运动员|体育|舞蹈|时装|特警|体检标准|体格检查|视力|色盲|残疾|儿童|学生|幼儿|未成年|票|乘坐|游乐|设施|座椅|课桌'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '对与工作无直接关系的岗位提出容貌、身材、身高或妆容要求（往往只针对女性），以外貌筛选求职者，物化女性并构成变相的性别歧视。',
      en: 'Requiring looks, figure, height or make-up for posts that do not need them — usually of women only — screens applicants by appearance, objectifies women and is disguised sex discrimination.',
    },
    suggestion: {
      zh: '删除容貌、身材和身高要求，改为与岗位职责直接相关的能力条件；着装规范男女一致、以整洁得体为准。',
      en: 'Remove looks, figure and height requirements and state job-related abilities instead; dress codes should be neat and the same for women and men.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (2)',
        quote: '用人单位在招录（聘）过程中，除国家规定的不适合妇女的工种或者岗位外，不得以性别或变相以性别为由拒绝录用妇女或者提高对妇女的录用标准',
        law: '《中华人民共和国妇女权益保障法》；《中华人民共和国就业促进法》',
      },
      ENV05_BASIS[0],
      ENV05_BASIS[3],
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '招聘行政文员2名，女性身高162cm以上，形象气质佳。',
        '应聘条件：女性身高165cm以上，五官端正。',
        '前台岗位要求：身材匀称，长相甜美。',
        '门店女员工上岗须化淡妆、盘发，着肉色丝袜及3厘米以上高跟鞋。',
        '招聘会计1名，要求相貌端正、体重50kg以下。',
        '签约主播要求：颜值在线，体重不超过100斤。',
        '带货主播招募：18至25周岁，身材好、皮肤白皙。',
      ],
      pass: [
        '招聘空中乘务员，身高163cm以上，按民航体检标准执行。',
        '为学生提供适合身高的课桌椅。',
        '员工在岗期间应着公司统一工装，保持整洁。',
        '职工体检中体重指数超过28的，建议控制饮食。',
        '宣传女性自尊、自信、自立、自强精神和优秀妇女典型。',
      ],
    },
  },
  {
    id: 'cn.language.media-objectification',
    domain: 'language',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '宣传、广告和媒体内容物化或贬低女性', en: 'Publicity, advertising or media content objectifying or belittling women' },
    requirement: ['ENV-05'],
    check: {
      type: 'pattern',
      triggers: ['美女', '性感', '身材', '身体', '老婆', '娶妻', '主妇', '贤妻', '贤内助', '女性形象', '女郎', '女模', '比基尼', '曲线', '胸部', '美腿', '低领', '短裙', '低胸', '紧身', '泳装', '泳衣', '三点式', '内衣', '媳妇'],
      patterns: [
        '美女(?:经济|模特|主播|荷官|礼仪|迎宾|服务员|导游|代言|营销|招商|如云|打卡|街|坐镇|相伴|陪)',
        '看美女|赏美女|约美女',
        '性感(?:吸睛|美女|女郎|女模|服装|着装|诱惑|火辣)|着装(?:应|须|要)?[“"]?性感',
        '(?:女性|女人|美女|女模)(?:的)?(?:身体|身材|曲线|大腿|胸部|三围|美腿)(?:作为|为|当作)?[^,;。]{0,8}?(?:卖点|噱头|吸引眼球|吸睛|引流|流量|看点)',
        '(?:以|用)(?:女性|美女|女模)[^,;。]{0,8}?(?:身体|身材|性感)[^,;。]{0,8}?(?:吸引|招揽|博眼球)',
        '比基尼(?:美女|模特|走秀)',
        '买[^,;。]{0,6}?送老婆|娶妻当娶|娶[^,;。]{0,4}?当娶',
        // 礼仪模特着比基尼泳装暖场走秀 (women in swimwear or underwear as a crowd-puller)
        '(?:着|穿|身穿|穿着|换上|身着)(?:比基尼|泳装|泳衣|三点式|内衣|情趣|清凉|暴露)[^,;。]{0,12}?(?:走秀|表演|展示|暖场|站台|迎宾|巡游|互动|拍照|热舞|助阵|揽客|招揽|吸引|引流|派发)',
        // 娶个好老婆不如买套好房子 / 有房才能娶到媳妇 (a wife ranked against property)
        '(?:娶|找|讨)(?:个|一个|到|了)?[^,;。]{0,4}?(?:老婆|媳妇|妻子|女人|太太)(?:还)?不如(?:买|有|拥有|换)|(?:买|有)[^,;。]{0,6}?(?:房|车)[^,;。]{0,4}?(?:才能|就能|才|就|=|等于)[^,;。]{0,2}?(?:娶|找|讨)(?:到|个|得到)?(?:老婆|媳妇)',
        // 女性形象以温柔贤惠的家庭主妇为主
        '女性形象以[^,;。]{0,12}?(?:家庭主妇|贤惠|温柔|主妇|妻子|母亲)[^,;。]{0,4}',
        // 突出女性的家庭主妇角色
        '(?:突出|强调|塑造|展现|凸显|定位)[^,;。]{0,6}?(?:女性|妇女|妈妈|母亲|妻子|女主角)[^,;。]{0,4}?(?:家庭主妇|主妇|贤妻|贤内助)(?:的)?(?:角色|形象|身份|定位)?',
        // 女主播着装以突出身材为原则 / 低领短裙提升停留时长
        '(?:着装|服装|穿着|造型|打扮|衣着|镜头|拍摄)[^,;。]{0,8}?(?:突出|凸显|展示|展现|暴露|露出|聚焦)(?:女性|女主播|模特)?(?:的)?(?:身材|曲线|身体|胸部|美腿|大腿|腰身|性感)',
        '(?:低领|短裙|超短裙|紧身|暴露|低胸)[^。;]{0,16}?(?:提升|增加|吸引|拉高)(?:直播间)?(?:流量|停留|眼球|观众|点击|人气|时长)',
      ],
      when: [{ any: ['宣传|推介|广告|口号|文案|活动|招商|直播|视频|短视频|海报|标语|节目|栏目|推广|营销|品牌|代言|展会|车展|房展|旅游|文旅|打卡|流量|景区|街区|楼盘|公益|形象|样稿|脚本|征文'], scope: 'near' }],
      unless: [{ any: ['不得|禁止|严禁|杜绝|消除|避免|物化|歧视|贬抑|贬低'], scope: 'clause' }],
    },
    message: {
      zh: '以“美女”、女性身体或性感形象作为宣传卖点，把女性当作商品或附属品（“送老婆”），或只把女性塑造成家庭主妇，属于物化、贬抑妇女的内容；规划要求消除媒体和公共出版物中物化妇女形象等不良现象。',
      en: 'Using "beauties", women\'s bodies or sexy images as a selling point, presenting women as goods or appendages ("buy a flat, get a wife"), or showing women only as housewives objectifies and belittles women; the plans require removing such content from media and publications.',
    },
    suggestion: {
      zh: '删除以女性外貌、身体为卖点的内容，宣传突出产品、服务和地方特色本身；人物形象男女多样、平等呈现。',
      en: 'Remove selling points based on women\'s looks or bodies and promote the product, service or place itself; show women and men in varied, equal roles.',
    },
    basis: ENV05_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '以“美女经济”为卖点，打造网红打卡街区。',
        '推介会邀请身高170cm以上的美女模特担任礼仪，增添活动亮点。',
        '文旅宣传口号：“来XX，看美女”。',
        '网络直播带货中，女主播着装应“性感吸睛”，以提升直播间流量。',
        '某楼盘广告“买房送老婆”宣传语。',
        '车展宣传以女性身体作为吸引眼球的元素。',
        '反映家庭生活的公益广告，女性形象以温柔贤惠的家庭主妇为主。',
        '洗衣液广告文案突出妈妈的家庭主妇角色。',
        '直播运营要求：女主播着装以凸显身材曲线为准。',
        '服装类直播可采用低领、短裙造型提升直播间停留时长。',
        '车展活动安排女模特身着泳装在展台互动拍照，吸引人气。',
        '短视频文案：“找个好媳妇不如买辆好车”。',
      ],
      pass: [
        '消除网络媒体、影视产品中出现的歧视贬抑妇女、物化妇女形象等不良现象。',
        '宣传女性自尊、自信、自立、自强精神和优秀妇女典型。',
        '开展“最美家庭”“巾帼建功标兵”评选活动。',
        '节目和广告内容不得贬低、侮辱妇女，不得物化女性形象。',
        '宣传片塑造新时代女性科技工作者的形象。',
        '主播着装应整洁得体，不得穿着暴露服装吸引流量。',
        '游泳馆活动：救生员须穿着泳装上岗，并定时巡查。',
        '泳装品牌宣传片由专业游泳运动员身着泳装进行训练演示。',
      ],
    },
  },
];
