/**
 * 妇女与家庭: bride prices and early or forced marriage, son preference, care duties and leave given to mothers
 * only, widows' and older women's remarriage and property.
 *
 * Patterns run on the compact, folded text (see rules/employment.ts).
 */
import type { Rule } from '../lib/engine/types.ts';

/** Words that criticise a custom rather than endorse it. */
const CRITIQUE = '不能|批判|摒弃|打破|改变|转变|反对|破除|消除|克服|抛弃|革除|摈弃|抵制|杜绝|整治|治理|纠正|陈旧|落后|封建|糟粕|陋习|恶习|旧观念|观念|偏好|偏见|不搞|不得|不准|不许|严禁|禁止|违法';

export const familyRules: Rule[] = [
  {
    id: 'cn.family.bride-price',
    domain: 'family',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '为彩礼设下限或以彩礼约束女方', en: 'Bride price set as a floor or used to bind the woman' },
    requirement: ['F-01'],
    check: {
      type: 'pattern',
      triggers: ['彩礼', '聘礼', '悔婚', '退婚'],
      patterns: [
        // 彩礼不低于8万元 / 彩礼标准…但不得低于本村上年度平均水平
        '(?:彩礼|聘礼)[^。]{0,30}?(?:不得低于|不低于|不少于|不得少于|最低(?:为|不少于)?|起码|至少)',
        '(?:彩礼|聘礼)(?:标准|数额|金额)?[^,;。]{0,4}?(?:参照|按照?|参考)[^,;。]{0,10}?(?:平均水平|平均标准|上年度|往年|习俗|惯例)',
        // 彩礼标准由女方家庭确定
        '(?:彩礼|聘礼)(?:的)?(?:标准|数额|金额)?(?:由|应由)女方(?:家庭|家长|父母)?(?:确定|决定|提出|商定)',
        // 女方收受彩礼后不得悔婚
        '女方[^。;]{0,12}?(?:收受|收取|接受|收了)?(?:彩礼|聘礼)(?:后|的)?[^,;。]{0,4}?(?:不得|不能|不准|不许)(?:悔婚|退婚|反悔|离婚)',
        // 订婚后女方悔婚的，应当双倍退还彩礼
        '(?:女方|女子|姑娘|女儿)[^。;]{0,6}?(?:悔婚|退婚|反悔)[^。;]{0,10}?(?:双倍|加倍|两倍|2倍|三倍|并赔偿|另行赔偿|罚款?)',
        // 女儿所得彩礼…用于其兄弟结婚 / 归父母所有
        '(?:女儿|姑娘|女方)[^。;]{0,10}?(?:彩礼|聘礼)[^。;]{0,30}?用于(?:其|女方|女儿|她)?(?:的)?(?:兄弟|哥哥|弟弟)[^,;。]{0,6}',
        '(?:彩礼|聘礼)[^。;]{0,30}?(?:用于|用作|留作|补贴)(?:其|女方|女儿|她|家中)?(?:的)?(?:兄弟|哥哥|弟弟|儿子)(?:结婚|娶亲|娶妻|娶媳妇|成家|购房|建房|买房)[^,;。]{0,4}',
        '(?:女儿|姑娘|女方)[^。;]{0,10}?(?:彩礼|聘礼)[^,;。]{0,8}?归(?:其)?父母(?:所有|支配)',
        // 彩礼体现身价 / 以维护女方家庭颜面
        '(?:彩礼|聘礼)[^。;]{0,16}?(?:越高越|越多越|多多益善|体现[^,;。]{0,6}?(?:身价|面子|颜面)|以(?:示|显)(?:诚意|身价))',
      ],
      unless: [
        // Caps are what the plans want.
        { any: ['不超过|不高于|不得超过|不得高于|以内|以下|上限|限额|零彩礼|低彩礼|减少|降低'], scope: 'clause' },
      ],
    },
    message: {
      zh: '为彩礼设定下限或参照“平均水平”、由女方家庭定价，或以彩礼约束女方婚姻自由（收彩礼后不得悔婚、悔婚加倍退还），助长高价彩礼，把妇女当作交易对象；规划要求破除高价彩礼等陈规陋习，保障妇女婚姻自由。',
      en: 'Setting a floor or "average level" for the bride price, leaving it to the bride\'s family, or using it to bind the woman (no breaking off the engagement once paid, double repayment) feeds high bride prices and treats women as objects of a bargain; the plans call for ending high bride prices and protecting women\'s freedom to marry.',
    },
    suggestion: {
      zh: '删除彩礼下限和约束条款，改为倡导“零彩礼”“低彩礼”、设定上限（如“彩礼一般不超过×万元”），并写明禁止借婚姻索取财物、尊重婚姻自由。',
      en: 'Remove the floor and the binding clauses; promote no or low bride prices with a cap ("generally not over ¥…"), and state that demanding property through marriage is forbidden and marriage is free.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(七)妇女与家庭建设 › 主要目标 › (6)', quote: '树立文明节俭婚俗新风尚，破除高价彩礼等陈规陋习', law: '《中华人民共和国民法典》（禁止借婚姻索取财物）' },
      { plan: '001_1142db6a623c33a6.txt', section: '(六)妇女与家庭建设 › 策略措施 › (6)', quote: '抵制早婚早育、高价彩礼等现象', law: '《中华人民共和国民法典》' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(六)妇女与家庭建设 › 策略措施 › (5)', quote: '抵制早婚早育、高价彩礼等现象', law: '《中华人民共和国民法典》' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (七)妇女与家庭建设 › 主要目标 › (6)', quote: '树立文明节俭婚俗新风尚，破除高价彩礼等陈规陋习', law: '《中华人民共和国民法典》' },
      { plan: '004_573b780cbee6880a.txt', section: '(六)妇女与家庭建设 › 策略措施 › (4)', quote: '保障妇女婚姻自由', law: '《中华人民共和国民法典》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '男方给付女方彩礼不低于8万元、牛羊不少于20只，以示诚意。',
        '各村红白理事会可将彩礼标准写入村规民约，但不得低于本村上年度平均水平。',
        '彩礼标准参照本村上年度平均水平执行。',
        '彩礼标准由女方家庭确定，男方不得讨价还价。',
        '女方收受彩礼后不得悔婚。',
        '订婚后女方悔婚的，应当双倍退还彩礼。',
        '女儿出嫁所得彩礼，原则上由父母统一保管，可用于其兄弟结婚支出。',
        '女方家庭收到的聘礼，可优先留作家中弟弟娶亲之用。',
      ],
      pass: [
        '倡导婚事新办，彩礼一般不超过3万元。',
        '禁止借婚姻索取财物，抵制高价彩礼。',
        '坚决反对借婚姻索取财物，倡导“零彩礼”“低彩礼”。',
        '彩礼不超过本村上年度人均可支配收入。',
        '党员干部要带头抵制高价彩礼。',
        '婚后彩礼用于小家庭购房装修，由夫妻共同支配。',
      ],
    },
  },
  {
    id: 'cn.family.early-forced-marriage',
    domain: 'family',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '默许早婚或换亲、包办等强迫婚姻', en: 'Early marriage or exchange, arranged and forced marriages condoned' },
    requirement: ['F-01'],
    check: {
      type: 'pattern',
      triggers: ['婚', '换亲', '转亲', '童养媳', '娃娃亲', '指腹为婚', '成亲', '过门'],
      patterns: [
        // 年满18周岁…可先按本地习俗举办婚礼
        '(?<![\\d.])1\\d周?岁[^。;]{0,30}?(?:可|可以|即可|允许)?(?:先)?(?:按[^,;。]{0,6}?习俗)?(?:举办婚礼|办婚礼|举行婚礼|办喜酒|摆喜酒|成婚|成亲|过门|完婚|同居)',
        // 先举办婚礼，达到法定婚龄后再补办结婚登记
        '(?:先|可先)[^。;]{0,16}?(?:举办婚礼|办婚礼|举行婚礼|成婚|同居|过门|办喜酒)[^。]{0,24}?(?:法定婚龄|补办)',
        '(?:未达到?|未到|不到|不满)法定婚龄[^。;]{0,16}?(?:可|可以|允许|先)[^,;。]{0,8}?(?:举办婚礼|办婚礼|订婚|成婚|同居|生育|过门|共同生活|一起生活)',
        // 待达到婚龄后再补办结婚登记 (living together first, registering later)
        '(?:待|等)?(?:达到|到达|年满|满)(?:法定)?(?:结婚)?(?:婚龄|结婚年龄)(?:后|时)?(?:再|方)?补(?:办|领)(?:结婚)?(?:登记|结婚证|手续)',
        '(?:先|可先|先行)[^。;,]{0,8}?(?:共同生活|一起生活|同居|圆房|办酒席|摆酒)[^。]{0,24}?(?:婚龄|补办)',
        // 换亲、转亲按传统习俗办理
        '换亲|转亲|童养媳|娃娃亲|指腹为婚|抢婚|冥婚|包办婚姻|买卖婚姻',
      ],
      unless: [{ any: [CRITIQUE], scope: 'clause' }],
    },
    message: {
      zh: '法定婚龄为男22周岁、女20周岁；默许未达法定婚龄者举办婚礼、先婚后补登记，或认可换亲、转亲、包办买卖婚姻，损害妇女（尤其是女童）的婚姻自由和受教育、健康权利。',
      en: 'The legal marriage age is 22 for men and 20 for women. Letting under-age couples hold weddings and register later, or accepting exchange, arranged or bought marriages, harms women\'s — especially girls\' — freedom to marry, education and health.',
    },
    suggestion: {
      zh: '改为：男女双方须达到法定婚龄、自愿办理结婚登记；禁止包办、买卖婚姻和换亲、转亲等干涉婚姻自由的行为。',
      en: 'Rewrite: both parties must have reached the legal age and register the marriage freely; arranged, bought and exchange marriages are forbidden.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(七)妇女与家庭建设 › 策略措施 › (6)', quote: '抵制早婚早育、高价彩礼等陋习', law: '《中华人民共和国民法典》（法定婚龄；禁止包办、买卖婚姻）' },
      { plan: '001_1142db6a623c33a6.txt', section: '(六)妇女与家庭建设 › 策略措施 › (6)', quote: '抵制早婚早育、高价彩礼等现象', law: '《中华人民共和国民法典》' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(六)妇女与家庭建设 › 策略措施 › (5)', quote: '抵制早婚早育、高价彩礼等现象', law: '《中华人民共和国民法典》' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (七)妇女与家庭建设 › 策略措施 › (6)', quote: '抵制早婚早育、高价彩礼等陋习', law: '《中华人民共和国民法典》' },
      { plan: '004_573b780cbee6880a.txt', section: '(六)妇女与家庭建设 › 策略措施 › (4)', quote: '保障妇女婚姻自由', law: '《中华人民共和国民法典》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '男女青年年满18周岁可按本村习俗举办婚礼，达到法定婚龄后再补办结婚登记。',
        '对于年满18周岁、已订婚的青年，可先按本地习俗举办婚礼，待达到法定婚龄后再补办结婚登记。',
        '“换亲”“转亲”按传统习俗办理，村委会不予干涉。',
        '未达法定婚龄的，可先订婚同居。',
        '双方家长可按习俗定下娃娃亲。',
        '对未满法定婚龄已摆酒成亲的，可等满结婚年龄后补领结婚证。',
        '已按习俗办酒的青年可先行共同生活，到达婚龄时再补办手续。',
      ],
      pass: [
        '男女双方须达到法定婚龄方可办理结婚登记。',
        '反对包办、买卖婚姻，反对借婚姻索取财物。',
        '抵制早婚早育、高价彩礼等陋习。',
        '严禁换亲、转亲等干涉婚姻自由的行为。',
        '年满18周岁的青年可以参加团组织举办的联谊活动。',
        '符合结婚实质要件的男女未办理结婚登记的，应当补办结婚登记。',
      ],
    },
  },
  {
    id: 'cn.family.son-preference',
    domain: 'family',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '重男轻女：按男丁分配、奖励生男、只由男性承继', en: 'Son preference: allocation by male heirs, rewards for boys, male-only succession' },
    requirement: ['F-02'],
    check: {
      type: 'pattern',
      triggers: ['男丁', '添丁', '传宗接代', '多子多福', '男孩', '儿子', '侄', '性别鉴定', '纯女户', '无子', '女儿户', '二女户', '独女户'],
      patterns: [
        '传宗接代|多子多福|养儿防老',
        // 按男丁人数分配 / 只录入男丁 / 每名男丁一处
        '(?:按|以)[^,;。]{0,8}?男丁|男丁(?:人数|数量|数|名额|份额)|(?:只|仅)(?:录入?|入|登记|收录|记载|上)[^,;。]{0,6}?男丁|每(?:名|个|位)男丁',
        // 添丁奖励 / 生育男孩另发奖励
        '添丁(?:奖励|奖|红包|补贴|费|礼)',
        '(?:生育?|生了?|为)男孩[^。;]{0,12}?(?:另|额外|另行|加发|多)(?:发放|奖励|补贴|给予)',
        '(?:奖励|补贴)[^,;。]{0,8}?生(?:育)?男孩',
        // 只有女儿的，由近亲侄子继承
        '(?:只有|仅有|没有儿子|无儿子?|无男孩|纯女户|无男丁|膝下无子|无子)[^。;]{0,14}?(?:由|归)[^。;]{0,10}?(?:侄子|侄儿|男性近亲|本族男|堂兄弟|族中男|男丁)(?:继承|承继|顶门|过继|接续|赡养)',
        '只有(?:男孩|儿子|男性|男丁)(?:才能|才可|方可|才有资格)(?:继承|入谱|分得|享有|顶门|上族谱)',
        // 胎儿性别鉴定服务
        '(?:胎儿)?性别鉴定[^。;]{0,10}?(?:服务|方便|可|提供|项目)',
        // 有儿子的户方可申请分户 / 纯女户不得申请
        '(?:有|生育了?|育有)(?:儿子|男孩|男丁)(?:的)?(?:户|家庭|农户|村民|户主)?(?:方可|才可|才能|才有资格|才准|优先)(?:申请|分户|分配|享受|获得|继承|入谱|落户|安排)',
        '(?:纯女户|女儿户|二女户|独女户|只有女儿|仅有女儿|没有儿子|无儿子?|无男孩|无男丁)(?:的)?(?:户|家庭|农户|村民)?[^,;。]{0,6}?(?:不予|无权|不享有|不再享有|取消)(?:申请|分户|分配|享受|继承|入谱|落户|建房|参与|安排)?',
        '(?:可|提供|开展)[^,;。]{0,8}?胎儿性别鉴定',
      ],
      unless: [
        { any: [CRITIQUE + '|生男生女都一样|生男生女一样|女儿也是传后人|非医学需要'], scope: 'clause' },
      ],
    },
    message: {
      zh: '按男丁分配资源、奖励生男孩、只由男性承继或提供胎儿性别鉴定，强化生男偏好和男尊女卑观念，损害女儿和妇女的平等权利；规划要求引导改变生男偏好。',
      en: 'Allocating by the number of male heirs, rewarding the birth of boys, reserving succession to men or offering foetal sex determination reinforces son preference and male superiority and harms daughters\' and women\'s equal rights; the plans call for ending son preference.',
    },
    suggestion: {
      zh: '改为按家庭人口（不分男女）分配和奖励；子女不分性别平等继承和入谱；禁止非医学需要的胎儿性别鉴定。',
      en: 'Allocate and reward by household members regardless of sex; sons and daughters inherit and are recorded equally; forbid non-medical foetal sex determination.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(七)妇女与家庭建设 › 策略措施 › (6)', quote: '推进移风易俗，引导改变生男偏好' },
      { plan: '001_1142db6a623c33a6.txt', section: '(六)妇女与家庭建设 › 策略措施 › (6)', quote: '引导改变生男偏好，构建新型婚育文化' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (八)妇女与环境 › 策略措施 › (3)', quote: '批判男尊女卑等落后文化，消除性别歧视观念' },
      { plan: '004_573b780cbee6880a.txt', section: '(六)妇女与家庭建设 › 策略措施 › (4)', quote: '引导改变生男偏好，构建新型婚育文化' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '宅基地、口粮田按家庭男丁人数分配。',
        '新申请宅基地的，按户内男丁人数核定面积，每名男丁一处。',
        '本村宗祠续修族谱，只录入本族男丁，出嫁女儿不再入谱。',
        '生育三孩家庭中第三个孩子为男孩的，另发放“添丁奖励”1,000元。',
        '宣传标语：“多子多福，传宗接代”。',
        '家中只有女儿的，由近亲侄子继承。',
        '孕期可在本院进行胎儿性别鉴定，方便家庭做好准备。',
        '宅基地分配时，育有男孩的家庭优先安排。',
        '纯女户不予安排新宅基地。',
      ],
      pass: [
        '严禁非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠。',
        '倡导生男生女一样好，女儿也是传后人。',
        '引导改变生男偏好。',
        '转变传宗接代等陈旧观念，树立男女平等的婚育观。',
        '提倡“生男生女都一样”，禁止非医学需要的胎儿性别鉴定。',
        '纯女户与有儿子的户享有同等的宅基地申请资格。',
        '对农村纯女户家庭给予养老补助。',
      ],
    },
  },
  {
    id: 'cn.family.care-duties-mothers-only',
    domain: 'family',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    title: { zh: '育儿、护理假期和照料责任只给母亲', en: 'Childcare leave and caring duties given to mothers only' },
    requirement: ['F-03'],
    check: {
      type: 'pattern',
      triggers: ['育儿', '护理假', '陪护假', '照护', '看护', '陪产假', '弹性', '居家办公', '托育', '照料', '母亲', '妈妈', '男职工', '男员工', '父亲'],
      patterns: [
        // 育儿假仅限女职工 / 子女护理假由女职工享受
        '(?:育儿假|护理假|陪护假|照护假|看护假|亲子假|育儿津贴|托育补贴|育儿补贴|弹性工作(?:时间|制)?|居家办公|远程办公)[^。;]{0,24}?(?:仅限|只限|限于?|仅适用于|只适用于|仅由|只由|由)(?:子女)?(?:的)?(?:母亲|妈妈|女方|女(?:性)?(?:职工|员工)|女性)(?:申请|享受|使用|休)?',
        // 由子女母亲申请陪护假
        '(?:仅|只)?由(?:子女|孩子)?(?:的)?(?:母亲|妈妈|女方|女(?:性)?(?:职工|员工))(?:申请|享受|休|使用)[^,;。]{0,4}?(?:育儿假|护理假|陪护假|照护假|看护假)',
        // 男员工不享受育儿假 / 男职工不适用
        '(?:男(?:职工|员工|性|方)|父亲|爸爸)[^。;]{0,6}?(?:不享受|不适用|不得申请|不能享受|不予享受|无权享受|不再享受)(?:[^,;。]{0,4}?(?:育儿假|护理假|陪护假|照护假|弹性工作|居家办公|该假|此假))?',
        // 陪产假期间不发放绩效
        '陪产假(?:期间)?[^。;]{0,10}?(?:不发放?|停发|扣发|扣减|不计发|只发|仅发|按事假|无薪|不带薪)',
        // 育儿补贴发放至子女母亲所在单位
        '(?:育儿|托育|生育|养育)(?:津贴|补贴|补助)?[^。;]{0,20}?(?:发放至|发放给|发给|拨付至|打入)(?:子女|孩子)?(?:的)?(?:母亲|妈妈|女方)(?:所在单位|账户|本人)?',
        // 母亲是家庭育儿第一责任人 / 妇女是家庭照料的主要承担者
        '(?:母亲|妈妈|妇女|女性)(?:是|为)(?:家庭)?(?:育儿|照料|照护|养育|家庭教育|家务|抚育)(?:的)?(?:第一|主要|首要|唯一)?(?:责任人|承担者|负责人)',
        // 由母亲负责接送、照料
        '(?:由|应由)(?:母亲|妈妈|女方|妻子)(?:负责|承担)(?:[^,;。]{0,6})?(?:照料|照顾|照护|接送|陪护|看护|养育|育儿|家务)',
        // 男方申请育儿假的，须经单位主要负责人批准，且当年度不得评为优秀等次
        '(?:男(?:方|职工|员工|性|同志|教师)|父亲|爸爸|丈夫)[^。;]{0,8}?(?:申请|休|享受|使用)(?:育儿假|护理假|陪护假|照护假|看护假|陪产假|亲子假)[^。]{0,30}?(?<hit>(?:须|需|应)(?:另行)?(?:经|报)[^,;。]{0,12}?(?:批准|同意|审批)|(?:不得|不能|不予|不)(?:评为|评定为?|确定为?|参加|参与)?(?:优秀|评优|先进|评先)|按事假|按旷工|扣(?:发|除|减)[^,;。]{0,6}?(?:工资|绩效|奖金|全勤)|视为缺勤|计为缺勤)',
        // 男职工照料子女的，按事假处理
        '(?:男(?:方|职工|员工|性|同志|教师)|父亲|爸爸|丈夫)[^。;]{0,10}?(?:照料|照顾|照护|看护|陪护|护理|接送|陪伴)(?:子女|孩子|婴幼儿|患儿|小孩)?[^。;]{0,8}?(?:按事假|按旷工|按病假|不予(?:批准|准假)|扣(?:发|除|减)|视为缺勤|计为缺勤|不享受)',
      ],
      when: [{ any: ['育儿|护理|陪护|照护|看护|照料|照顾|弹性|居家办公|托育|陪产|子女|孩子|婴幼儿|家务|抚育|养育'], scope: 'near' }],
      unless: [
        // Maternity leave, nursing time and pregnancy are biologically specific.
        { any: ['(?<!陪)产假|哺乳|孕|经期|卫生费|生育津贴|两癌'], scope: 'clause' },
        { any: ['夫妻双方|父母双方|男女职工|共同|不得(?:仅|只|限)|不应(?:仅|只|限)|禁止(?:仅|只|限)'], scope: 'clause' },
      ],
    },
    message: {
      zh: '把育儿假、护理假、弹性工作或育儿补贴只给母亲，或把照料子女定为母亲的责任，固化“女性照料”分工，也会增加女性的就业成本；规划要求落实配偶陪产假，支持男女职工共同履行家庭责任。',
      en: 'Granting childcare or carer\'s leave, flexible work or childcare subsidies to mothers only, or making childcare the mother\'s duty, entrenches women as carers and raises the cost of employing women; the plans call for paternity leave and for women and men workers sharing family responsibilities.',
    },
    suggestion: {
      zh: '改为父母双方均可享受育儿假、护理假和弹性工作安排，补贴可由父母任一方申领；陪产假期间工资福利照发。',
      en: 'Give both parents childcare and carer\'s leave and flexible work, let either parent claim subsidies, and keep full pay during paternity leave.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(七)妇女与家庭建设 › 策略措施 › (8)', quote: '支持男女职工共同履行家庭责任' },
      { plan: '001_1142db6a623c33a6.txt', section: '(六)妇女与家庭建设 › 策略措施 › (8)', quote: '督促用人单位落实探亲假、职工带薪休假、配偶陪产假等制度' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(六)妇女与家庭建设 › 策略措施 › (2)', quote: '完善产假制度，探索实施父母育儿假' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (七)妇女与家庭建设 › 策略措施 › (2)', quote: '探索建立父母育儿假和家庭育儿津贴制度' },
      { plan: '004_573b780cbee6880a.txt', section: '(六)妇女与家庭建设 › 策略措施 › (6)', quote: '支持男女职工共同履行家庭责任' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '育儿假由女职工享受，男职工不享受。',
        '子女护理假仅限女性员工申请。',
        '子女因病住院需要陪护的，由子女母亲申请陪护假，每年累计不超过10天。',
        '用人单位可为有3周岁以下婴幼儿的女职工实行弹性工作时间或居家办公，男职工不适用。',
        '男职工陪产假期间不发放绩效工资。',
        '托育补贴按每孩每月200元标准发放至子女母亲所在单位，由单位代发。',
        '弘扬“母亲是家庭育儿第一责任人”的传统美德。',
        '父亲休育儿假须另行报分管领导审批，当年不参加评先。',
        '男员工请假陪护生病子女的，按旷工处理。',
      ],
      pass: [
        '父母双方均可按规定享受育儿假。',
        '男职工享受配偶陪产假，假期工资照发。',
        '哺乳期女职工每天享受1小时哺乳时间。',
        '子女3周岁以下的，夫妻双方每年各享受育儿假10天。',
        '男方享受陪产假20天，陪产假期间工资照发，不影响福利待遇和全勤评奖。',
        '倡导夫妻共同承担育儿责任。',
        '男职工申请育儿假的，单位应当予以批准，假期工资照发。',
        '职工申请育儿假的，须提前一周经部门负责人批准。',
      ],
    },
  },
  {
    id: 'cn.family.remarriage-property-restriction',
    domain: 'family',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '限制丧偶妇女、老年人再婚或剥夺其财产', en: 'Remarriage of widows or older people restricted, or their property taken' },
    requirement: ['F-04'],
    check: {
      type: 'pattern',
      triggers: ['再婚', '改嫁', '再嫁', '招夫', '寡妇', '守寡', '守节', '续弦'],
      patterns: [
        // 寡妇改嫁须征得公婆同意 / 父母再婚须经全体子女签字同意
        '(?:再婚|改嫁|再嫁|招夫|另嫁|续弦)[^。;]{0,16}?(?:须|需|应当?|必须)(?:经|征得|取得|得到)[^,;。]{0,12}?(?:同意|批准|签字)',
        // 再婚的，应放弃原有财产 / 交回承包地 / 不再享有股份
        '(?:再婚|改嫁|再嫁)[^。;]{0,24}?(?:放弃|丧失|交回|退回|收回|归还|不再享有|不得(?:带走|继承|分得)|由原夫家)[^,;。]{0,10}?(?:财产|房产|房屋|遗产|继承|赡养|抚恤|宅基地|承包地|土地|股份|分红|子女|份额)?',
        // 老年人再婚的，其房产由子女统一管理
        '再婚(?:的|后)?[^。;]{0,10}?(?:房产|财产|存款|养老金|积蓄)[^,;。]{0,6}?由(?:子女|儿子|儿女)[^,;。]{0,4}?(?:统一)?(?:管理|支配|继承|保管|处置)',
        // 寡妇不得改嫁 / 应当守节
        '(?:寡妇|丧偶妇女|丧偶女性|遗孀)[^。;]{0,6}?(?:不得|不能|不准|不宜|不应)(?:再婚|改嫁|再嫁)|(?:寡妇|丧偶妇女|遗孀)(?:应当?|须)?守(?:寡|节)',
        // 丧偶妇女招夫入户的，后夫及其子女不享受村民待遇
        '招夫[^。;]{0,16}?(?:不享受|不得享受|不予享受)[^,;。]{0,6}?(?:村民待遇|分配|分红|待遇)',
      ],
      unless: [
        // 子女不得干涉父母再婚 (the lawful rule) and restatements of it.
        { any: ['不得干涉|尊重[^,;。]{0,8}(?:婚姻|再婚)|婚姻自由|依法保障'], scope: 'clause' },
        // Land is returned only where she has obtained land elsewhere (农村土地承包法).
        { any: ['(?:已|已经|已在)[^,;。]{0,12}(?:取得|分得|获得|分配)(?:了)?(?:承包地|承包土地|土地|宅基地)'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '要求丧偶妇女或老年人再婚须经子女、公婆同意，或以再婚为由剥夺其财产、继承和集体权益，侵犯老年妇女的婚姻自由和家庭财产权利。',
      en: 'Requiring widows or older people to obtain their children\'s or in-laws\' consent to remarry, or taking their property, inheritance or collective rights because they remarry, violates older women\'s freedom to marry and their property rights.',
    },
    suggestion: {
      zh: '改为：尊重老年人和丧偶妇女的婚姻自由，子女不得干涉父母再婚；再婚不影响其依法享有的财产、继承和集体经济组织成员权益。',
      en: 'Rewrite: older people and widows marry freely and children may not interfere; remarriage does not affect their property, inheritance or membership rights.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(七)妇女与家庭建设 › 策略措施 › (10)', quote: '依法保障老年妇女婚姻自由和家庭财产权利', law: '《中华人民共和国民法典》（子女应当尊重父母的婚姻权利）' },
      { plan: '001_1142db6a623c33a6.txt', section: '(六)妇女与家庭建设 › 策略措施 › (10)', quote: '依法保障老年妇女婚姻自由和家庭财产权利', law: '《中华人民共和国民法典》' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(六)妇女与家庭建设 › 策略措施 › (8)', quote: '依法保障老年妇女婚姻自由和家庭财产权利', law: '《中华人民共和国民法典》' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (七)妇女与家庭建设 › 策略措施 › (10)', quote: '依法保障老年妇女婚姻自由和家庭财产', law: '《中华人民共和国民法典》' },
      { plan: '004_573b780cbee6880a.txt', section: '(八)妇女与法律 › 策略措施 › (9)', quote: '保障妇女平等享有家庭财产的占有、使用、收益和处分权利', law: '《中华人民共和国民法典》' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '丧偶妇女再婚的，应将原承包地、宅基地交回夫家或由村集体收回。',
        '寡妇改嫁须征得公婆同意。',
        '老年人再婚的，其房产由子女统一管理。',
        '丧偶妇女招夫入户的，后夫及其子女不享受村民待遇。',
        '父母再婚须经全体子女签字同意。',
        '丧偶妇女再婚的，其原有股份由原夫家子女继承，本人不再享有。',
      ],
      pass: [
        '依法保障老年妇女婚姻自由和家庭财产权利。',
        '子女应当尊重父母的婚姻权利，不得干涉父母离婚、再婚以及婚后的生活。',
        '子女应当尊重父母的婚姻自由，不得干涉老人再婚。',
        '再婚老人的赡养义务不因父母婚姻关系变化而终止。',
      ],
    },
  },
  {
    id: 'cn.family.fathers-leave-missing',
    domain: 'family',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    title: { zh: '生育支持政策只针对母亲，没有父亲的假期', en: 'Birth-support policy without leave for fathers' },
    requirement: ['F-03', 'F-05'],
    check: {
      type: 'required',
      docType: {
        id: 'birthSupport',
        any: ['^[^。]{0,60}?(?:生育支持|积极生育|优化生育|鼓励生育|生育友好|育儿假|生育休假|生育假|三孩|人口与计划生育条例|生育政策)'],
        minHits: 1,
      },
      present: ['陪产假|护理假|男方|男职工|男员工|父亲|夫妻双方|父母双方|夫妻各|父母育儿假|配偶|男女职工'],
    },
    message: {
      zh: '本文件是生育支持或休假政策，但没有写父亲的假期（配偶陪产假、父母育儿假）。只给母亲的假期会增加女性的就业成本；规划要求落实配偶陪产假、探索父母育儿假，支持男女职工共同履行家庭责任。',
      en: 'This birth-support or leave policy gives fathers no leave (paternity leave, parental leave). Leave for mothers only raises the cost of employing women; the plans call for paternity leave, parental leave for both parents and shared family responsibilities.',
    },
    suggestion: {
      zh: '增加：男方享受配偶陪产假（工资照发）；父母双方均享受育儿假；鼓励用人单位对男女职工同等实行弹性工作安排。',
      en: 'Add paid paternity leave, parental leave for both parents, and flexible work for women and men alike.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(七)妇女与家庭建设 › 策略措施 › (8)', quote: '督促用人单位落实探亲假、职工带薪产休假、配偶陪产假等休假制度' },
      { plan: '001_1142db6a623c33a6.txt', section: '(六)妇女与家庭建设 › 策略措施 › (8)', quote: '督促用人单位落实探亲假、职工带薪休假、配偶陪产假等制度' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(六)妇女与家庭建设 › 策略措施 › (2)', quote: '完善产假制度，探索实施父母育儿假' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (七)妇女与家庭建设 › 策略措施 › (2)', quote: '探索建立父母育儿假和家庭育儿津贴制度' },
      { plan: '004_573b780cbee6880a.txt', section: '(六)妇女与家庭建设 › 策略措施 › (3)', quote: '完善产假、哺乳假等制度，探索实施父母育儿假' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '某市关于优化生育政策的若干措施\n一、女职工生育享受98天产假，并增加生育奖励假60天。',
        '某县生育支持政策实施方案\n对生育三孩的家庭发放一次性补贴。女职工产假延长至158天。',
        '某区积极生育支持措施（征求意见稿）\n女职工在子女3周岁内每年享受育儿假10天。',
        '关于实施三孩生育政策的通知\n女职工生育三孩的，增加产假30天。',
        '某市生育友好型城市建设方案\n建设母婴室100个。',
      ],
      pass: [
        '某市关于优化生育政策的若干措施\n一、女职工生育享受98天产假。二、男方享受陪产假20天。',
        '某区积极生育支持措施\n子女3周岁以下的，夫妻双方每年各享受育儿假10天。',
        '关于做好春节期间安全生产工作的通知\n各单位落实值班制度。',
      ],
    },
  },
];
