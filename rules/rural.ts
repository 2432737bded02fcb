/**
 * 妇女与经济 · 农村集体经济组织成员权益: 出嫁女 / 外嫁女 / 离婚、丧偶妇女 / 招婿 in 村规民约, 收益分配方案,
 * 征地补偿分配 and 成员身份确认办法. Inner Mongolia drafts say 嘎查村 and 土地草原: the patterns cover them.
 */
import type { Rule } from '../lib/engine/types.ts';

/** Women whose collective rights village rules typically cut. */
const WHO =
  '(?:出嫁女|外嫁女|(?:女儿|女子|姑娘|闺女|妇女|女青年|女性成员|女性村民|女村民|女性社员)(?:结婚|婚后|成婚|出嫁|已婚)|已婚(?:女性|妇女|女子|女儿|姑娘|闺女)(?:成员|村民|社员|牧民)?|招赘|赘婿|再婚(?:妇女|女性)|嫁(?:入|进|到|来)本(?:村|组|社|屯|嘎查|集体)|嫁出(?:去)?的?(?:女儿|女子|妇女|姑娘)?|出嫁|外嫁|嫁到外|(?:女子|女儿|姑娘|妇女|女青年|女性成员|女性村民|女村民)[^,;。]{0,8}(?:出嫁|外嫁|嫁到|嫁给|与外[村嘎组乡镇][^,;。]{0,8}结婚|与(?:城镇|非农)[^,;。]{0,8}结婚)|离婚(?:后)?[^,;。]{0,14}?(?:妇女|女子|女性)|农嫁非|招婿|入赘|上门女婿|倒插门|离婚(?:妇女|女子|女性)|离异(?:妇女|女性)|丧偶(?:妇女|女性)|离婚、丧偶|纯女户|户无男性|无儿户|嫁入本[村组嘎]的?(?:妇女|媳妇)?|外来媳妇)';

/** What village rules deny them. */
const DENY =
  '(?:不再(?:单独|另行|另)?(?:安排|审批|批准|划分|划拨|配置|确认|分给)|(?:只|仅|均|一律)?按(?:半个?|0\\.5个?|一半|二分之一|1/2)(?:人口|人|股|份|份额)|不再享受|不再享有|不再参加|不再参与|不再分配|不再发放|只(?:可|能|允许)保留(?:一|1)名|按[^,;。]{0,8}?(?:\\d+%|[一二三四五六七八九十]成|一半)(?:分配|享受|发放|计算)|不享受|不得享受|不能享受|不参与|不参加|不予(?:分配|安排|确认|享受|办理|登记)|不分配|不分给|不分|无权|取消(?:其)?[^,;。]{0,6}(?:资格|待遇|分配|分红|补偿)|收回|(?:须|必须|一律|应当|应)[^,;。]{0,8}迁出|迁出户口|不确认|不认定|不具有|不属于本(?:村|组|集体|嘎查)|减半|按(?:\\d+|[一二三四五六七八九十]+)成|丧失|自动放弃|视为放弃|停止(?:享受|分配|发放|分红)|停发|暂停(?:享受|分配|发放|分红)|(?:只|仅)(?:能|可)?(?:享受|分配|发放|计发|领取|分得)(?:一半|半数|半份|半额|50%)|不列入|不纳入|限(?:一|1)(?:个|名|人)|只允许一名|只能留一|(?:只|仅)(?:允许|准许?|能|可以?|限)(?:保留|留|招|有)?(?:一|1)(?:个|名|位|户)|不能留|不享有|无分配|不发放|不(?:予)?(?:配股|配置股份|配置股权|量化(?:股份|股权)?|确股|确权)|(?:只|仅|限|可)(?:可|能|允许|准)?(?:保留|留|招)(?:一|1)(?:名|个|位)(?:女儿|女子|姑娘|闺女))';

/** Who a list of exclusions (下列人员不确认为本社成员：（一）…（二）…) typically names. */
const LISTED =
  '(?:出嫁女|外嫁女|农嫁非|招赘|赘婿|已婚(?:女性|妇女|女子|女儿)(?:成员|村民|社员)?|嫁给(?:非农|城镇|城市|外村|外地|外省|外嘎查|外组)|(?:已)?(?:出嫁|外嫁)(?:的)?(?:女儿|女子|妇女|姑娘)|离婚[^,;。:]{0,20}?(?:妇女|女子|女性)|离异[^,;。:]{0,12}?(?:妇女|女性)|丧偶[^,;。:]{0,12}?(?:妇女|女性)|招婿|入赘|上门女婿|倒插门|纯女户|(?:女儿|女子|姑娘|妇女|女青年|女性村民|女村民)[^,;。:]{0,10}?(?:出嫁|外嫁|嫁到|嫁给|与外[村嘎组乡镇]))';
/** The lead of a list of people denied membership, shares or land. */
const DENY_LEAD =
  '(?:下列|以下|如下)(?:人员|情形|对象|人|几类人员)[^。:]{0,20}?(?:不确认|不予确认|不认定|不予认定|不享受|不享有|不得享受|不再享受|不再享有|不参与|不参加|不予分配|不分配|不配股|不予配股|不配置|不列入|不纳入|取消|丧失|不具有|不具备|无权|不属于|不发放|不予发放|不予补偿|不补偿)[^。:]{0,16}:';
const GRANT_LEAD =
  '(?:下列|以下|如下)(?:人员|情形|对象|人|几类人员)(?:(?!不|取消|丧失|无权|收回|停止)[^。:]){0,20}?(?:可|可以|应当?|予以|均)?(?:确认|认定|享受|享有|参与|参加|列入|纳入|配股|分配)(?:(?!不|取消|丧失|无权|收回|停止)[^。:]){0,16}:';

const RURAL_BASIS: Rule['basis'] = [
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
  ];

export const ruralRules: Rule[] = [
  {
    id: 'cn.rural.married-out-women-exclusion',
    requirement: ['EC-08'],
    domain: 'rural',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '剥夺出嫁女、离婚丧偶妇女或招婿家庭的集体权益', en: 'Married-out, divorced or widowed women or uxorilocal families excluded from collective rights' },
    check: {
      type: 'pattern',
      triggers: ['嫁', '结婚', '户主', '招婿', '入赘', '上门女婿', '倒插门', '离婚', '离异', '丧偶', '纯女户', '户无男性', '无儿户', '外来媳妇', '儿子', '男孩', '男丁', '女儿', '已婚', '婚后', '成婚', '招赘', '赘婿', '再婚'],
      patterns: [
        `${WHO}[^。;]{0,40}?${DENY}`,
        `${DENY}[^,;。]{0,12}${WHO}`,
        // Household heads collect and control everyone's share: women's individual shares disappear.
        '(?:分红|补偿款?|收益|股权|股份|分配款?|补贴)(?:(?!不得|不准|禁止|严禁|不应|不能)[^。;]){0,30}?(?:登记在户主名下|打入户主|由(?:[^,;。]{0,16}?的)?户主(?:统一)?(?:签字|签名|签章)?(?:支配|领取|行使|代领|签收|收取)|不单独列明|户主统一(?:领取|支配))',
        '(?:登记在户主名下|由户主(?:统一)?(?:支配|领取|签字领取|行使|代领))[^。;]{0,20}?(?:分红|补偿款?|收益|股权|股份)',
        '户主[^。;]{0,12}?(?:即可|为准)[^。;]{0,12}?(?:其他|其余)(?:家庭)?成员不(?:再|单独|予)?(?:列明|登记|列出|填写)',
        // 有儿子的户方可申请分户 / 无儿户不得申请宅基地
        '(?:有|生育了?)(?:儿子|男孩|男丁|男性子女|儿子结婚)的?(?:户|家庭|农户|村民)?(?:方可|才能|才可|方能|才准|优先)(?:申请|分户|安排|划分|享受|分配|获得)',
        '(?:无儿户|没有儿子的?(?:户|家庭)?|无男孩(?:的)?(?:户|家庭)?|只有女儿的?(?:户|家庭)?)[^,;。]{0,10}?(?:不得|不能|不予|不准|不再)(?:申请|安排|分配|审批|批准)?(?:分户|宅基地|建房|承包地|补偿|分红)',
      ],
      unless: [
        // Lawful: land is returned only where she has obtained land elsewhere (农村土地承包法).
        { any: ['(?:已|已经|已在)[^,;。]{0,12}(?:取得|分得|获得|分配)(?:了)?(?:承包地|承包土地|土地|宅基地)'], scope: 'sentence' },
        { any: ['同等(?:的)?(?:待遇|权利|权益)|平等(?:享有|享受)|与本[村组嘎][^,;。]{0,8}同等'], scope: 'clause' },
        // Lawful: whoever has moved her registration out is no longer a member (land she contracts stays protected).
        { any: ['(?:户口|户籍)(?:已经?)?(?:迁出|迁往|转出)[^,;。]{0,8}?(?:的|后)(?![^。]*(?:承包地|承包土地|责任田|口粮田|草场|草原))'], scope: 'clause' },
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
    basis: RURAL_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '本村女儿出嫁后，无论户口是否迁出，均不再享受村集体收益分配。',
        '外嫁女及其子女不参与本次征地补偿款分配。',
        '招婿入赘的，每户限一个女儿；其女婿及子女不享受村民待遇。',
        '离婚、丧偶妇女户口留在本村的，其承包地由村集体收回。',
        '“农嫁非”妇女及其子女不确认为本集体经济组织成员。',
        '出嫁女回村居住的，不予安排宅基地。',
        '本嘎查女青年与外嘎查人结婚的，户口须在一年内迁出，草场收回。',
        '征地补偿款以户为单位打入户主账户，由户主统一支配。',
        '本村出嫁女户口未迁出的，按人均标准的50%分配。',
        '纯女户可留一名女儿招婿上门，其余女儿出嫁后户口须迁出。',
        '除纯女户外，其他家庭招婿的一律不予配股。',
        '入赘女婿及其子女不配置股份。',
        '有儿子的户方可申请分户。',
        '本村只允许一个女儿招婿入户。',
        '只有女儿的家庭不得申请宅基地分户。',
        '本社姑娘婚后户口仍在本社的，从次年起停发分红。',
        '已婚妇女成员户口保留在本组的，人口股按半股配置。',
        '迁入本嘎查的赘婿，不纳入草场补偿分配人口。',
        '丧偶妇女再婚的，不再另行审批宅基地。',
        '嫁进本村未满五年的媳妇，只按半个人口计算口粮田。',
        '土地补偿款由土地承包合同上载明的户主统一签收。',
        '离婚后户口留在本组的妇女，只能领取半份分红。',
      ],
      pass: [
        '出嫁女户口仍在本村、未在其他地方取得承包地的，享有与本村村民同等的待遇。',
        '成员身份确认不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由区别对待。',
        '出嫁女已在嫁入地取得承包地的，其原承包地依法由本村收回。',
        '保障农村妇女平等享有土地承包经营权、宅基地使用权、集体经济组织收益分配和征地补偿权益。',
        '本村村民因婚姻迁入的，自户口迁入之日起享受本村村民同等待遇。',
        '纯女户招婿的，女婿及其子女与本村村民享有同等的配股权利。',
        '上门女婿户口迁入本村的，每人配置1股。',
        '有儿子或女儿的家庭均可申请分户。',
        '空挂户、寄挂户不予配股。',
        '已婚女性成员户口未迁出的，与其他成员同等配置人口股。',
        '本村女儿结婚后户口迁往城镇的，不再安排宅基地。',
        '补偿款由户主或成员本人签字领取。',
        '补偿款由户主签字确认后，直接发放至各成员本人账户。',
        '离婚妇女可单独立户，依法申请宅基地。',
        '本次分红每股按0.5万元发放。',
      ],
    },
  },
  {
    id: 'cn.rural.excluded-women-listed',
    requirement: ['EC-08'],
    domain: 'rural',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '在“下列人员不确认/不享受”清单中列出出嫁女、离婚妇女或招婿家庭', en: 'Married-out or divorced women or uxorilocal families listed among those denied membership or shares' },
    check: {
      type: 'pattern',
      triggers: ['嫁', '农嫁非', '招婿', '入赘', '上门女婿', '倒插门', '离婚', '离异', '丧偶', '纯女户', '结婚', '已婚', '招赘', '赘婿'],
      // The item itself names the women; the denial sits in the list's lead (下列人员不确认为本社成员：).
      patterns: [`(?:^|[:;])(?:\\(?[一二三四五六七八九十\\d]{1,2}[)、.]|[①-⑳])?[^,;。:]{0,8}?(?<hit>${LISTED})`],
      when: [{ any: [DENY_LEAD], scope: ['near', 'paragraph', 'list'] }],
      unless: [
        { any: [`${GRANT_LEAD}(?![^]*${DENY_LEAD})`], scope: 'near' },
        { any: ['(?:已|已经|已在)[^,;。]{0,12}(?:取得|分得|获得|分配)(?:了)?(?:承包地|承包土地|土地|宅基地)'], scope: 'sentence' },
        { any: ['同等(?:的)?(?:待遇|权利|权益)|平等(?:享有|享受)|与本[村组嘎][^,;。]{0,8}同等'], scope: 'sentence' },
      ],
    },
    message: {
      zh: '清单的引导语剥夺所列人员的成员身份、股份或分配，而清单把出嫁女、“农嫁非”妇女、离婚丧偶妇女或招婿家庭列入其中。以婚姻状况为由剥夺妇女的集体权益，违反男女平等原则。',
      en: 'The list denies the people it names membership, shares or distributions, and it names married-out women, women married to urban residents, divorced or widowed women or uxorilocal families. Denying women collective rights because of their marital status breaches sex equality.',
    },
    suggestion: {
      zh: '从清单中删除该项；户口在本村且未在他处取得承包地、未纳入其他集体经济组织的妇女，不因结婚、离婚、丧偶丧失成员身份和收益分配权。',
      en: 'Remove the item: women registered here who have no land elsewhere and belong to no other collective keep their membership and income rights whatever their marriage, divorce or widowhood.',
    },
    basis: RURAL_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '第五条 下列人员不确认为本社成员：\n（一）已迁入外村或城镇落户的人员；\n（二）农嫁非妇女及其子女；\n（三）离婚后户口仍留本村但已在外村生活的妇女。',
        '有下列情形之一的，不参与本次征地补偿款分配：1.出嫁女户口未迁出的；2.招婿入赘超过一人的。',
        '以下人员不享受集体收益分配：\n1.户籍空挂人员；\n2.外嫁女及其子女。',
        '下列人员不予配股：\n（一）服刑人员；\n（二）丧偶后再婚迁往外地的妇女；\n（三）纯女户以外招婿的女婿及其子女。',
        '第八条 有下列情形之一的，取消其土地补偿分配资格：\n①本村女青年与外村人结婚满一年的；\n②死亡人员。',
      ],
      pass: [
        '第四条 下列人员经成员大会讨论通过，可确认为本社成员：\n（一）因婚姻嫁入本村、户口已迁入的妇女及其随迁子女；\n（二）离婚后户口仍在本村的妇女。',
        '下列人员不确认为本社成员：\n（一）已迁入外村或城镇落户的人员；\n（二）空挂户、寄挂户。\n出嫁女户口仍在本村的，享有与本村村民同等的待遇。',
        '下列人员不确认为本社成员：\n（一）出嫁女已在嫁入地取得承包地的。',
      ],
    },
  },
  {
    id: 'cn.rural.in-marrying-waiting-period',
    requirement: ['EC-08'],
    domain: 'rural',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '对嫁入妇女、入赘女婿及其子女设置居住或落户年限', en: 'Residence or registration waiting periods for in-marrying women, uxorilocal husbands and their children' },
    check: {
      type: 'pattern',
      triggers: ['满'],
      // 本人及其子女须在本村连续居住满十年后，方可参与集体收益分配 — the person (嫁入/入赘) may be named in the
      // sentence or in the clause or item just before.
      patterns: [
        '(?<hit>(?:须|需|需要|应|必须|要)?[^,;。:]{0,14}?(?:居住|落户|生活|入户|迁入|入籍|定居|户籍|户口)[^,;。:]{0,4}?(?:满|超过|达到)(?:\\d+|[一二三四五六七八九十两]+)(?:周)?年(?:以上)?(?:后|以后)?,?(?:方可|才能|方能|才可|才有资格|始得|再)(?:参与|参加|享受|享有|分配|获得|申请|确认|配置|配股|分得|领取|列入|纳入|分红)[^,;。]{0,12})',
      ],
      when: [
        {
          any: ['嫁入|嫁进|嫁到本|娶进|娶入|婚入|因婚(?:姻)?(?:迁入|落户|入户)|婚嫁迁入|入赘|招赘|招婿|赘婿|上门女婿|倒插门|外来媳妇|媳妇|女婿'],
          scope: ['sentence', 'near', 'list'],
        },
      ],
      unless: [{ any: ['同等(?:的)?(?:待遇|权利|权益)|平等(?:享有|享受)|自(?:户口|户籍)?迁入之日起'], scope: 'clause' }],
    },
    message: {
      zh: '对因婚姻迁入本村的妇女、入赘女婿及其子女设置居住、落户年限，期满前不得参与收益分配或享受村民待遇，剥夺了他们作为集体经济组织成员的平等权益。',
      en: 'Women who married into the village, uxorilocal husbands and their children must live or be registered here for years before they share in collective income or villagers\' benefits: this denies them equal rights as members.',
    },
    suggestion: {
      zh: '改为：因婚姻迁入本村（组）的人员及其子女，自户口迁入之日起与本村村民享有同等的成员权益，不设居住年限。',
      en: 'Rewrite: people who move here through marriage, and their children, have the same rights as other villagers from the day their registration moves here, with no waiting period.',
    },
    basis: RURAL_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '男方入赘本村的，本人及其子女须在本村连续居住满十年后，方可参与集体收益分配。',
        '因婚迁入的妇女，落户满三年以上方可配置人口股。',
        '第六条 外村嫁入本组的妇女：\n（一）须在本组生活满五年，才能享受土地补偿费分配。',
        '招婿上门的家庭，女婿户口迁入满2年后再参与分红。',
        '嫁入本村的妇女须落户满三年方可享受分红。',
        '婚入人员及随迁子女，入户满3周年后方能享受宅基地分配。',
      ],
      pass: [
        '新迁入本村的人员须落户满三年方可参与集体收益分配。',
        '因婚迁入的妇女及其子女，自户口迁入之日起享受本村村民同等待遇。',
        '入赘女婿户口迁入本村的，与本村村民享有同等的分配权利。',
        '年满十八周岁方可参与村民代表推选。',
      ],
    },
  },
  {
    id: 'cn.rural.male-labour-shares',
    requirement: ['EC-08'],
    domain: 'rural',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    title: { zh: '按男劳力、男性成员人数配置股份、土地或宅基地', en: 'Shares, land or homesteads allotted by the number of male workers or male members' },
    check: {
      type: 'pattern',
      triggers: ['男劳力', '男劳动力', '男性劳动力', '男性劳力', '男性成员', '男性人口', '男性社员', '男性村民', '男孩', '儿子'],
      patterns: [
        // 按户内年满18周岁至60周岁的男劳力人数配置 / 宅基地按户内男性成员人数安排
        '按[^,;。]{0,20}?(?<hit>(?:男劳力|男劳动力|男性劳动力|男性劳力|男性成员|男性人口|男性社员|男性村民|男孩|儿子)(?:的)?(?:人数|数量|人口|数|个数|名数)[^,;。]{0,4}?(?:配置|分配|计算|计发|配股|确定|划分|发放|核定|安排|划拨|分|划|折股|量化))',
        // 每名男劳力配置劳龄股0.5股
        '(?<hit>每(?:名|个|位|一)(?:男劳力|男劳动力|男性劳动力|男性劳力|男性成员|男性社员)[^,;。]{0,6}?(?:配置|分配|分得|享有|配|发放|计|折|增配|另配)[^,;。]{0,10})',
        // 劳龄股只配给男性成员
        '(?<hit>(?:劳龄股|劳动力股|劳力股|农龄股|贡献股|劳动股|劳龄)[^,;。]{0,10}?(?:只|仅|限|限于)(?:配置|配|分配|计算|计|享有)?(?:给|于)?男(?:性|劳力|劳动力|社员|成员|村民)?)',
      ],
      when: [{ any: ['股|配置|分配|宅基地|承包地|土地|口粮田|责任田|草场|分红|收益|补偿|安置'], scope: 'sentence' }],
      unless: [{ any: ['女劳力|女劳动力|女性劳动力|女性成员|男女|不分性别|不论男女|不区分性别'], scope: 'clause' }],
    },
    message: {
      zh: '按户内男劳力或男性成员人数配置股份、土地或宅基地，女性成员的劳动和成员身份不被计算，是重男轻女的分配方式，违反男女平等原则。',
      en: "Shares, land or homesteads are allotted by the number of male workers or male members of the household: women's work and membership are not counted. This son-preferring allocation breaches sex equality.",
    },
    suggestion: {
      zh: '改为按户内全体成员（或全体劳动年龄成员）人数配置，男女同等，每名成员配置相同份额。',
      en: 'Allot by the number of all household members (or all members of working age), women and men alike, with the same share each.',
    },
    basis: RURAL_BASIS,
    profiles: ['*'],
    examples: {
      flag: [
        '劳龄股按户内年满18周岁至60周岁的男劳力人数配置，每名男劳力配置劳龄股0.5股。',
        '新增宅基地按户内男性成员人数安排。',
        '贡献股只配给男性社员。',
        '机动地按各户男劳动力数量分配。',
        '征地安置补助费另按每户儿子人数计发。',
      ],
      pass: [
        '劳龄股按户内年满18周岁至60周岁的劳动力人数配置，男女同等。',
        '每名男劳力、女劳力均配置劳龄股0.5股。',
        '宅基地按户内成员人数安排。',
        '村集体务工按男劳力、女劳力分档计酬。',
      ],
    },
  },
];
