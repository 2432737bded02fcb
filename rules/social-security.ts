/**
 * 妇女与社会保障: maternity benefits and insurance exclusions, employers' contributions for women, coverage and
 * elderly-care targets, and sex-disaggregated statistics.
 */
import type { Condition, Rule } from '../lib/engine/types.ts';
import { docTypes, STATUS_SENTENCE, TARGET_CLAUSE, WOMENS_PLAN } from './doctypes.ts';

const TARGET: Condition = { any: [TARGET_CLAUSE], scope: 'clause' };
const NOT_STATUS: Condition = { any: [STATUS_SENTENCE], scope: 'sentence' };
const NOT_PLAN: Condition = { any: [WOMENS_PLAN], scope: 'document' };

/** Groups maternity and insurance rules tend to leave out. */
const LEFT_OUT =
  '(?:灵活就业|新业态|新就业形态|平台(?:从业|就业)|非本[市县区省旗](?:城镇)?户籍|外地户籍|外来务工|农民工|领取失业(?:保险)?金期间|失业期间|居民(?:基本)?医(?:疗)?保(?:险)?|城乡居民医保|未婚|非婚|未办理结婚登记)';
const EXCLUDE =
  '(?:不享受|不再享受|不能享受|无法享受|不予(?:报销|支付|享受|纳入|办理|受理|核发|发放|参保)?|不得(?:参加|享受|申领|纳入|参保|报销|在)|不纳入|不列入|不属于|不能(?:参加|申领|报销)|排除在)';
const BENEFIT =
  '(?:生育|分娩|产前检查|产检|生育津贴|生育医疗|生育保险|社会保险|养老保险|医疗保险|职业伤害|工伤保险|失业保险)';

/** Women, or women at a maternity stage, in an employer's rules. */
const WOMEN = '(?:女职工|女员工|女工|女性(?:员工|职工|临时工|劳务工|务工人员)?|已婚女|孕期|产假|产期|哺乳期|怀孕|生育期间)';
const CONTRIB = '(?:社会保险|社保|养老保险|医疗保险|医保|失业保险|工伤保险|生育保险|住房公积金|企业年金|职业年金|五险一金|缴费基数)';

export const socialSecurityRules: Rule[] = [
  {
    id: 'cn.social-security.spouse-maternity-medical',
    domain: 'social-security',
    kind: 'threshold',
    severity: 'medium',
    lang: 'zh',
    requirement: ['S-01'],
    title: { zh: '男职工未就业配偶生育医疗费待遇低于女职工标准的50%', en: "Maternity medical benefit for insured men's non-employed spouses below 50 %" },
    check: {
      type: 'value',
      triggers: ['配偶'],
      subject: ['生育医疗(?:费用?|待遇)(?:待遇)?(?:标准)?'],
      unit: 'percent',
      min: 0.5,
      when: [{ any: ['配偶'], scope: 'sentence' }, { any: ['未就业|无业|没有工作|未参加|未参保|无工作单位'], scope: 'sentence' }],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '男职工未就业配偶的生育医疗费待遇为女职工标准的 {value}，低于山东省规定的 {min}。',
      en: "The maternity medical benefit for insured men's non-employed spouses is {value} of the female-worker standard, below the {min} Shandong requires.",
    },
    suggestion: {
      zh: '改为：参加生育保险男职工的未就业配偶，符合政策规定生育、未享受生育医疗费待遇的，按照女职工生育医疗费标准的50%享受生育医疗费待遇。',
      en: "Rewrite: a non-employed spouse of an insured male worker who gives birth in line with policy and has no own benefit receives 50 % of the female-worker maternity medical standard.",
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(五)妇女与社会保障 › 策略措施 › (2)',
        quote: '参加生育保险男职工的未就业配偶，符合计划生育政策规定生育，未享受生育医疗费待遇的，按照女职工生育医疗费标准的50%享受生育医疗费待遇',
        law: '《山东省企业职工生育保险规定》',
      },
      {
        plan: '003_71de1e464177e433.txt',
        section: '妇女规划 › (五)妇女与社会保障 › 策略措施 › (2)',
        quote: '参加生育保险男职工的未就业配偶，符合计划生育政策规定生育，未享受生育医疗费待遇的，按照女职工生育医疗费标准的50%享受生育医疗费待遇',
        law: '《山东省企业职工生育保险规定》',
      },
    ],
    profiles: ['000', '003'],
    examples: {
      flag: [
        '男职工未就业配偶符合政策规定生育的，生育医疗费用按女职工标准的30%支付。',
        '参保男职工的无业配偶生育，按照女职工生育医疗费标准的40%享受生育医疗费待遇。',
        '男职工配偶未参加职工医保的，其生育医疗费用按照20%比例给予补助。',
        '职工未就业配偶生育的，生育医疗待遇标准按女职工的百分之三十执行。',
        '参加生育保险男职工的未就业配偶，生育医疗费待遇按女职工标准的25%享受。',
      ],
      pass: [
        '参加生育保险男职工的未就业配偶，符合计划生育政策规定生育，未享受生育医疗费待遇的，按照女职工生育医疗费标准的50%享受生育医疗费待遇。',
        '男职工未就业配偶的生育医疗费用按女职工标准的60%支付。',
        '女职工生育医疗费用按实际发生额的90%报销。',
      ],
    },
  },
  {
    id: 'cn.social-security.maternity-insurance-exclusion',
    domain: 'social-security',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    requirement: ['S-02'],
    title: { zh: '将灵活就业、失业期间、非本地户籍或未婚妇女排除在生育保障和社会保险之外', en: 'Flexible, unemployed, non-local or unmarried women excluded from maternity benefits or social insurance' },
    check: {
      type: 'pattern',
      triggers: ['灵活就业', '新业态', '新就业形态', '平台', '户籍', '外来务工', '农民工', '失业', '居民医保', '居民基本医疗', '未婚', '非婚', '结婚登记', '仅限'],
      patterns: [
        `${LEFT_OUT}[^。]{0,40}?${EXCLUDE}[^。;]{0,14}?${BENEFIT}`,
        `${LEFT_OUT}[^。]{0,30}?${BENEFIT}[^。;]{0,14}?${EXCLUDE}`,
        `${BENEFIT}[^。;]{0,12}?仅限[^。;]{0,24}?(?:本[市县区省旗](?:城镇)?户籍|本地户籍|城镇户籍|已婚|参保满|办理结婚登记)`,
      ],
      unless: [
        // Lawful bars on double coverage: 领取失业保险金期间不得同时领取养老保险待遇.
        { any: ['同时(?:享受|领取|参加|缴纳)|重复(?:享受|领取|参保|参加|缴费)|已(?:参加|享受)'], scope: 'clause' },
        { any: ['户籍限制'], scope: 'clause' },
      ],
    },
    message: {
      zh: '条款把灵活就业、新业态就业、失业期间、非本地户籍或未婚生育的妇女排除在生育医疗、生育津贴或社会保险之外，规划要求将这些妇女纳入保障范围。',
      en: 'The clause shuts flexible and platform workers, women between jobs, non-local residents or unmarried mothers out of maternity medical cover, maternity allowance or social insurance; the plans require them to be covered.',
    },
    suggestion: {
      zh: '删除排除性条件，改为：参加职工基本医疗保险的灵活就业、新业态就业等妇女与其他参保职工享受同等生育医疗待遇；妥善解决妇女在就业和领取失业金期间的生育保障问题。',
      en: 'Remove the exclusion; write that flexible and platform workers insured under employee medical insurance get the same maternity cover as other insured workers, and that maternity cover continues while women draw unemployment benefit.',
    },
    basis: [
      { plan: '002_f51d82e60e0c5b30.txt', section: '(五)妇女与社会保障 › 策略措施 › (2)', quote: '确保参加职工基本医疗保险的灵活就业、新业态就业等妇女群体享受与其他参保职工同等生育医疗待遇' },
      { plan: '000_d67eb8df20e31904.txt', section: '(五)妇女与社会保障 › 策略措施 › (1)', quote: '支持灵活就业、新业态就业女性参保，推动放开在就业地参加社会保险的户籍限制' },
      { plan: '001_1142db6a623c33a6.txt', section: '(五)妇女与社会保障 › 策略措施 › (2)', quote: '妥善解决妇女在就业和领取失业金期间生育保障问题' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (五)妇女与社会保障 › 策略措施 › (1)', quote: '支持灵活就业、新业态就业女性参保，推动放开在就业地参加社会保险的户籍限制' },
      { plan: '004_573b780cbee6880a.txt', section: '(五)妇女与社会保障 › 策略措施 › (2)', quote: '促进灵活就业、新业态就业等妇女群体参加生育保险，保障流动人口中的女性生育权益' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '以灵活就业人员身份参加职工基本医疗保险的，不享受生育医疗费用待遇。',
        '领取失业保险金期间生育的，不予报销生育医疗费用。',
        '非本市户籍的灵活就业人员不得在本市参加职工基本养老保险。',
        '生育津贴仅限参保满一年的本市户籍女职工申领。',
        '新就业形态从业人员不纳入职业伤害保障范围。',
        '参加居民医保的妇女住院分娩费用不纳入报销范围。',
        '未婚生育的，其生育医疗费用不予报销。',
      ],
      pass: [
        '灵活就业人员参加职工基本医疗保险的，按规定享受生育医疗费用待遇。',
        '推动放开在就业地参加社会保险的户籍限制。',
        '领取失业保险金期间的生育医疗费用按规定由医疗保险基金支付。',
        '领取失业保险金期间，不得同时领取基本养老保险待遇。',
        '已参加职工医保的灵活就业人员，不得重复参加城乡居民医疗保险。',
      ],
    },
  },
  {
    id: 'cn.social-security.insurance-coverage',
    domain: 'social-security',
    kind: 'threshold',
    severity: 'low',
    lang: 'zh',
    requirement: ['S-03'],
    title: { zh: '基本医疗、养老保险参保率目标低于95%', en: 'Medical or pension insurance coverage target below 95 %' },
    check: {
      type: 'value',
      triggers: ['参保率'],
      subject: ['(?:基本)?(?:医疗|养老)保险(?:的)?参保(?:覆盖)?率|(?:医保|养老保险|养老)参保率'],
      unit: 'percent',
      min: 0.95,
      when: [TARGET],
      unless: [NOT_PLAN, NOT_STATUS, { any: ['(?:生育|工伤|失业)保险参保率|企业年金|职业年金|补充(?:医疗|养老)保险|商业(?:医疗|养老)?保险|长期护理保险'], scope: 'clause' }],
    },
    message: {
      zh: '基本医疗或养老保险参保率目标为 {value}，低于妇女发展规划 {min} 的要求；总体目标偏低，妇女参保率目标就难以实现。',
      en: "The medical or pension insurance coverage target is {value}, below the plans' {min}; with a lower overall target, the women's coverage target cannot be met.",
    },
    suggestion: {
      zh: '改为“基本医疗保险参保率稳定在95%以上，基本养老保险参保率达到95%”，并对妇女参保情况分性别统计。',
      en: 'Rewrite as "basic medical insurance coverage kept above 95 %, basic pension coverage 95 %", with coverage statistics by sex.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(五)妇女与社会保障 › 主要目标 › (3)', quote: '妇女参加基本医疗保险参保率稳定在95%以上' },
      { plan: '001_1142db6a623c33a6.txt', section: '(五)妇女与社会保障 › 主要目标 › (4)', quote: '妇女基本养老保险参保率提高到 95%以上' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(五)妇女与社会保障 › 主要目标 › (3)', quote: '妇女基本医疗保险参保率稳定在95%以上' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (五)妇女与社会保障 › 主要目标 › (3)', quote: '妇女参加基本医疗保险参保率稳定在95%以上' },
      { plan: '004_573b780cbee6880a.txt', section: '(五)妇女与社会保障 › 主要目标 › (4)', quote: '妇女基本养老保险参保率提高到95%以上' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '妇女基本养老保险参保率达到90%。',
        '到2025年，基本医疗保险参保率稳定在92%以上。',
        '全民参保计划：基本养老保险参保率提高到93%。',
        '妇女参加基本医疗保险参保率不低于百分之九十。',
        '城乡居民基本养老保险参保率力争达到85%以上。',
      ],
      pass: [
        '妇女基本医疗保险参保率稳定在95%以上。',
        '基本养老保险参保率达到96%。',
        '生育保险参保率达到80%以上。',
        '2021年末，全市基本养老保险参保率为91.2%。',
      ],
    },
  },
  {
    id: 'cn.social-security.women-contributions',
    domain: 'social-security',
    kind: 'violation',
    severity: 'high',
    lang: 'zh',
    requirement: ['S-04'],
    title: { zh: '停缴、少缴女职工社会保险费', en: "Employer suspends or reduces women employees' social insurance contributions" },
    check: {
      type: 'pattern',
      triggers: ['女职工', '女员工', '女工', '女性', '孕期', '产假', '产期', '哺乳期', '怀孕', '生育期间'],
      patterns: [
        `${WOMEN}[^。]{0,40}?(?:暂停|停止|中止|暂缓|不再|不予|无需|免于|不)(?:为其|为她们|为该职工)?(?:缴纳|缴费|缴存)`,
        `${WOMEN}[^。]{0,40}?停缴`,
        `${WOMEN}[^。]{0,40}?(?:暂停|停止|中止|暂缓|不再|不予|无需)(?:为其|为她们)?(?:参保|办理|参加)[^。;]{0,8}?${CONTRIB}`,
        `${WOMEN}[^。]{0,30}?${CONTRIB}[^。;]{0,8}?按最低(?:缴费)?(?:基数|标准|档次)`,
        `${WOMEN}[^。]{0,24}?(?:不纳入|不列入)[^。;]{0,12}?(?:${CONTRIB}|参保范围)`,
      ],
      when: [{ any: [CONTRIB], scope: 'sentence' }],
      unless: [{ any: ['照常|正常缴纳|继续缴纳|按规定缴纳|足额缴纳'], scope: 'clause' }],
    },
    message: {
      zh: '条款因性别、婚育或孕期、产期、哺乳期停缴、少缴女职工社会保险费或将女性用工排除在参保范围外，违反用人单位依法为女职工足额缴费的义务。',
      en: "The clause suspends or reduces women employees' social insurance contributions, or leaves women workers uninsured, because of sex, marriage, pregnancy, maternity or breastfeeding; employers must pay in full for women employees.",
    },
    suggestion: {
      zh: '删除该条款，改为：孕期、产期、哺乳期内单位和个人的社会保险费照常足额缴纳；用人单位依法为包括女职工在内的全体职工办理并足额缴纳各项社会保险。',
      en: 'Delete the clause; write that contributions continue in full during pregnancy, maternity leave and breastfeeding, and that the employer insures all employees, women included, and pays in full.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(五)妇女与社会保障 › 策略措施 › (4)', quote: '督促用人单位依法为女职工足额缴纳基本养老保险费' },
      { plan: '001_1142db6a623c33a6.txt', section: '(五)妇女与社会保障 › 策略措施 › (4)', quote: '督促用人单位依法为包括女职工在内的全体职工及时足额缴纳基本养老保险费' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(五)妇女与社会保障 › 策略措施 › (4)', quote: '督促用人单位依法为女职工及时足额缴纳基本养老保险费' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (五)妇女与社会保障 › 策略措施 › (4)', quote: '为女职工足额缴纳基本养老保险费' },
      { plan: '004_573b780cbee6880a.txt', section: '(五)妇女与社会保障 › 策略措施 › (4)', quote: '督促用人单位依法为女职工足额缴纳基本养老保险费' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '女职工产假期间暂停缴纳社会保险费。',
        '孕期、哺乳期女职工社会保险按最低缴费基数缴纳。',
        '女性临时工、保洁人员不纳入单位社会保险参保范围。',
        '已婚女职工由配偶单位参加医疗保险的，本单位不再为其缴纳。',
        '女职工年满45周岁后单位不再为其缴纳企业年金。',
        '员工休产假超过三个月的，公司停缴其住房公积金。',
      ],
      pass: [
        '产假期间，单位和个人应缴纳的社会保险费照常缴纳。',
        '用人单位依法为全体职工足额缴纳社会保险费。',
        '孕期女职工不参加夜班，社会保险费按规定缴纳。',
        '不得因女职工怀孕、生育暂停缴纳社会保险费。',
      ],
    },
  },
  {
    id: 'cn.social-security.sex-disaggregated-statistics',
    domain: 'social-security',
    kind: 'missing',
    severity: 'low',
    lang: 'zh',
    requirement: ['S-06'],
    title: { zh: '统计调查未分性别', en: 'Statistical survey not broken down by sex' },
    check: {
      type: 'required',
      docType: docTypes.statistics,
      present: ['分性别|按性别|性别|男女|男性|女性|妇女|女职工|女童'],
      triggers: [],
    },
    message: {
      zh: '本统计调查制度（方案）的调查内容和指标未按性别分列。没有分性别数据，就无法发现和评估男女两性在就业、收入、社会保障等方面的差距。',
      en: 'The survey\'s content and indicators are not broken down by sex. Without sex-disaggregated data, gaps between women and men in employment, income or social protection cannot be seen or assessed.',
    },
    suggestion: {
      zh: '在调查内容、指标解释和报表中增加性别分组（男/女），有条件的同时分年龄统计，并将分性别指标纳入常规统计。',
      en: 'Add a sex breakdown (male/female) to the survey content, indicator definitions and forms, by age as well where possible, and make sex-disaggregated indicators part of routine statistics.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '五、监测评估 › (三)加强妇女发展统计监测工作', quote: '加强部门分性别、分年龄统计工作' },
      { plan: '001_1142db6a623c33a6.txt', section: '四、监测评估 › (三)加强妇女发展统计监测工作', quote: '加强部门分性别统计工作' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '四、监测评估 › (三)加强分性别统计监测', quote: '推进分性别统计监测制度化建设' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › 六、监测评估 › (三)加强妇女发展统计监测工作', quote: '加强部门分性别、分年龄统计工作' },
      { plan: '004_573b780cbee6880a.txt', section: '第五章 监测评估 › (三)加强分性别统计监测', quote: '规范和完善与妇女生存、发展有关的统计指标和分性别统计指标，将其纳入常规统计或统计调查' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        'XX市城乡居民收入统计调查制度\n一、调查目的 了解全市居民收入情况。\n二、调查对象 全市抽中的住户。\n三、调查内容 工资性收入、经营净收入、财产净收入和转移净收入。\n四、报送时间 每季度后15日内报送。',
        'XX区就业失业统计报表制度\n本制度适用于区内各街道。\n统计范围：辖区内城镇登记失业人员。\n主要指标解释：城镇新增就业人数，指报告期内新增的就业人员。\n报送方式：网上直报。',
        'XX县社会救助对象统计调查方案\n调查对象：全县低保、特困供养对象。\n调查内容：救助人数、救助金额、家庭人口。\n调查频率：按月统计。',
        'XX市养老服务统计调查制度\n本制度由市民政局负责实施。\n统计范围：全市养老机构。\n报表目录：养老机构基本情况表、床位情况表。\n填报说明：数据截至报告期末。',
        'XX市公共文化服务统计报表制度\n调查对象：各级文化馆、图书馆。\n主要指标：到馆人次、活动场次。\n报送时间：次年1月底前。',
      ],
      pass: [
        'XX市城乡居民收入统计调查制度\n调查对象：全市抽中的住户。\n调查内容：住户成员的性别、年龄、就业状况和各项收入。\n报送时间：每季度后15日内。',
        'XX区就业失业统计报表制度\n统计范围：辖区内城镇登记失业人员。\n主要指标：城镇新增就业人数（其中女性）。\n报送方式：网上直报。',
        '加强社会保障分性别统计、信息动态监测和管理。',
        '关于开展第五次全国经济普查的新闻发布会上，市统计局介绍了调查对象和调查内容。',
      ],
    },
  },
  {
    id: 'cn.social-security.statistics-women-invisible',
    domain: 'social-security',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    requirement: ['S-06'],
    title: { zh: '统计登记取消性别分组、只登记户主或把家庭妇女一律算作非劳动力', en: 'Statistics drop the sex breakdown, record only the household head, or count housewives as outside the labour force' },
    check: {
      type: 'pattern',
      triggers: ['性别', '男女', '户主', '家庭成员', '家庭妇女', '家务劳动', '全职太太', '家庭主妇', '女性', '妇女'],
      patterns: [
        // 不再分性别、年龄统计 / 汇总时不区分男女
        '(?<hit>不(?:再|予|必|需|作|另行|单独)?(?:分|区分|按|划分|细分)(?:性别|男女))(?!老幼|老少|长幼|老小|都|均|皆|一律|平等)(?:、[^,;。]{1,6}?)?[^,;。]{0,6}?(?:统计|登记|汇总|填报|报送|分列|分组|调查|采集|上报)',
        '(?:统计|登记|汇总|填报|报送|调查|报表|台账)[^,;。]{0,10}?(?<hit>(?:不再|无需|不必|不需要?|不)(?:分|区分|按|细分)(?:性别|男女))(?!老幼|老少|长幼|老小|都|均|皆|一律|平等)',
        '(?<hit>取消|删去|删除|去掉|合并)[^,;。]{0,6}?(?:性别|男女)(?:分组|分列|栏目|指标|项目|字段|统计)',
        // 统一报送总人数,不再区分性别和年龄段 (the statistical verb one clause before)
        '(?:统计|登记|汇总|填报|报送|上报|报表|台账|普查|调查|采集)(?:(?!发放|分配|安置|救助|享受|招生|录取|待遇|补贴)[^。;]){0,16}?(?<hit>(?:不再|无需|不必|不需要?|不予|不作|不)(?:分|区分|按|细分|划分)(?:性别|男女))(?!老幼|老少|长幼|老小|都|均|皆|一律|平等)',
        // 原表中“其中:女性”栏目不再设置 / 不再单列女性人数栏
        '(?<hit>["“]?(?:其中:?)?(?:女性|妇女|女|性别|男女|分性别)(?:人数|人员|数)?["”]?(?:一栏|栏目|栏|指标|项目|分组|字段|列|项)[^,;。]{0,6}?(?:不再|取消|删除|删去|去掉|不予|无需|不必|不需要?)(?:设置|设立|保留|单列|填报|统计|列示|填写)?)',
        '(?<hit>(?:不再|取消|删除|删去|去掉|无需|不必)(?:设置|设立|保留|单列|填报|统计|列示)?["“]?(?:其中:?)?(?:女性|妇女|性别|男女|分性别)(?:人数|人员)?["”]?(?:一栏|栏目|栏|指标|分组|字段|列))',
        // 只登记户主一人 / 其他家庭成员不单独登记
        '(?:只|仅|一律只?)(?:登记|统计|调查|填报|采集|记录)户主(?:一人|本人|信息|情况)?',
        '(?:其他|其余)(?:家庭|户内)?成员[^,;。]{0,12}?(?:不(?:再|单独|另行|予)?|无需|不必)(?:单独)?(?:登记|统计|调查|填报|采集|记录)',
        // 家庭妇女一律按“非劳动力”登记
        '(?:家庭妇女|家庭主妇|全职太太|从事家务劳动的(?:妇女|女性)|操持家务的(?:妇女|女性))[^,;。]{0,8}?(?:一律|统一|均|都)?(?:按|作为|视为|列为|计为|算作|登记为|归为)[^,;。]{0,2}?(?:非劳动力|不在业|无业|非就业|非经济活动|家务劳动者|闲散)',
        '(?:家庭妇女|家庭主妇|妇女|女性)[^,;。]{0,16}?不(?:统计|计算|计入|登记)(?:其)?[^,;。]{0,6}?(?:农业生产|生产|务农|劳动|工作)(?:劳动)?时间',
      ],
      when: [{ any: ['统计|登记|调查|普查|填报|报表|台账|汇总|监测|数据|报送|上报|表式|栏目'], scope: 'paragraph' }],
      unless: [
        { any: ['户主(?:姓名|信息)[^,;。]{0,6}(?:及|和|、)(?:全体|所有|每名|各)(?:家庭)?成员'], scope: 'clause' },
        // 不分性别 as equal treatment: 招生不分性别统一登记, 补贴不分男女按人发放.
        { any: ['招生|招聘|录取|报名|招录|应聘|发放|分配|享有|享受|平等|同等|一视同仁|待遇'], scope: 'clause' },
      ],
    },
    message: {
      zh: '统计登记不再按性别分组，只登记户主，或把家庭妇女一律算作非劳动力：妇女的就业、收入和无酬劳动因此从数据中消失，无法评估男女差距。',
      en: "The survey stops breaking data down by sex, records only the household head, or counts all housewives as outside the labour force: women's work, income and unpaid labour disappear from the data, and gaps between women and men can no longer be assessed.",
    },
    suggestion: {
      zh: '改为：调查对象为户内全部成员，按个人分性别、分年龄登记和汇总；从事家务劳动同时参加农业生产的妇女按实际劳动时间登记，并单独统计无酬家务劳动。',
      en: 'Rewrite: survey every household member individually, by sex and age; record women who do housework and farm work by their actual working time, and count unpaid domestic work separately.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '五、监测评估 › (三)加强妇女发展统计监测工作', quote: '加强部门分性别、分年龄统计工作' },
      { plan: '001_1142db6a623c33a6.txt', section: '四、监测评估 › (三)加强妇女发展统计监测工作', quote: '加强部门分性别统计工作' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '四、监测评估 › (三)加强分性别统计监测', quote: '推进分性别统计监测制度化建设' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › 六、监测评估 › (三)加强妇女发展统计监测工作', quote: '加强部门分性别、分年龄统计工作' },
      { plan: '004_573b780cbee6880a.txt', section: '第五章 监测评估 › (三)加强分性别统计监测', quote: '规范和完善与妇女生存、发展有关的统计指标和分性别统计指标，将其纳入常规统计或统计调查' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '受灾人员情况按受灾人口、转移人口汇总报送，不再分性别、年龄统计，以减轻基层负担。',
        '就业情况只登记户主一人，其他家庭成员的就业情况不单独登记。',
        '从事家务劳动的家庭妇女一律按“非劳动力”登记，不统计其农业生产劳动时间。',
        '为简化报表，本年度起取消性别分组指标。',
        '各镇在震后1小时内报告灾情，转移安置人员统一报送总人数，不再区分性别和年龄段。',
        '失业人员再就业人数按简化表式填报，原表中"其中：女性"栏目不再设置。',
        '自本年度起不再单列“女性”一栏，只填报合计数。',
        '低保对象台账以户为单位填报，汇总时不区分男女。',
        '人口普查登记时，家庭主妇统一列为不在业人口。',
      ],
      pass: [
        '个人收入调查分性别、分年龄组登记，汇总表按男女分列。',
        '主要指标按性别、城乡分类公布。',
        '加强部门分性别、分年龄统计工作。',
        '入户登记户主姓名及全体家庭成员的性别、年龄和就业状况。',
        '救灾物资发放不分男女老幼，按人头统一发放并登记。',
        '受灾人员统一报送总人数，并按性别和年龄段分列。',
        '原表中“其中：女性”栏目予以保留，按季度填报。',
        '登记后物资统一发放，不区分男女。',
        '统计数据不得只登记户主，应当按性别分列。',
        '职业学校招生不分性别统一登记报名。',
      ],
    },
  },
  {
    id: 'cn.social-security.nursing-care-beds',
    domain: 'social-security',
    kind: 'threshold',
    severity: 'low',
    lang: 'zh',
    requirement: ['S-07'],
    title: { zh: '护理型养老床位占比目标低于60%', en: 'Nursing-care bed share target below 60 %' },
    check: {
      type: 'value',
      triggers: ['护理型'],
      subject: ['护理型(?:养老)?床位(?:数)?(?:占比|比例|比重)?'],
      unit: 'percent',
      min: 0.6,
      when: [TARGET],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '护理型养老床位占比目标为 {value}，低于本地妇女发展规划 {min} 的要求。失能老人中女性居多，护理型床位不足首先影响老年妇女。',
      en: 'The nursing-care bed share target is {value}, below the local plan\'s {min}. Most frail elderly people are women, so a shortage of nursing beds hits older women first.',
    },
    suggestion: {
      zh: '改为“护理型养老床位达到总床位的60%”。',
      en: 'Rewrite as "nursing-care beds 60 % of all elderly-care beds".',
    },
    basis: [{ plan: '004_573b780cbee6880a.txt', section: '(五)妇女与社会保障 › 主要目标 › (8)', quote: '全区护理型养老床位达到总床位的60%' }],
    profiles: ['004'],
    examples: {
      flag: [
        '到2025年，养老机构护理型床位占比达到55%。',
        '全区护理型养老床位达到总床位的50%。',
        '护理型床位比例不低于40%。',
        '新建养老机构护理型床位占比力争达到百分之五十以上。',
        '提升养老服务质量，护理型床位比重提高到45%。',
      ],
      pass: [
        '全区护理型养老床位达到总床位的60%。',
        '护理型床位占比达到65%以上。',
        '截至2022年底，全区护理型床位占比为38%。',
      ],
    },
  },
  {
    id: 'cn.social-security.elderly-care-facility-provision',
    domain: 'social-security',
    kind: 'threshold',
    severity: 'low',
    lang: 'zh',
    requirement: ['S-07'],
    title: { zh: '新建居住区养老服务设施配建达标率低于100%', en: 'Elderly-care facilities in new residential areas below 100 % compliance' },
    check: {
      type: 'value',
      triggers: ['配建'],
      subject: ['(?:养老服务设施|养老设施)?配建(?:养老服务设施|养老设施)?(?:的)?达标率'],
      unit: 'percent',
      min: 1,
      when: [TARGET, { any: ['养老'], scope: 'sentence' }],
      unless: [NOT_PLAN, NOT_STATUS],
    },
    message: {
      zh: '新建城区、居住区养老服务设施配建达标率目标为 {value}，低于本地妇女发展规划 {min} 的要求。',
      en: 'The target for elderly-care facilities in new districts and residential areas is {value}, below the local plan\'s {min}.',
    },
    suggestion: {
      zh: '改为“新建城区、新建居住（小）区按标准配建养老服务设施达标率100%”。',
      en: 'Rewrite as "all new districts and residential estates provide elderly-care facilities to standard (100 %)".',
    },
    basis: [{ plan: '001_1142db6a623c33a6.txt', section: '(五)妇女与社会保障 › 主要目标 › (8)', quote: '新建城区、新建居住(小)区按标准配建养老服务设施达标率 100%' }],
    profiles: ['001'],
    examples: {
      flag: [
        '新建居住区按标准配建养老服务设施达标率达到90%。',
        '新建城区养老服务设施配建达标率不低于80%。',
        '到2025年，新建住宅小区养老设施配建达标率达到95%以上。',
        '新建居住（小）区配建养老服务设施达标率力争达到85%。',
        '老旧小区改造中补建养老服务设施，新建小区养老服务设施配建达标率保持在90%以上。',
      ],
      pass: [
        '新建城区、新建居住(小)区按标准配建养老服务设施达标率100%。',
        '新建居住区配套幼儿园配建达标率达到90%。',
        '2021年新建居住区养老服务设施配建达标率为86%。',
      ],
    },
  },  {
    id: 'cn.social-security.sex-data-suppressed',
    domain: 'social-security',
    kind: 'violation',
    severity: 'medium',
    lang: 'zh',
    requirement: ['S-06'],
    title: { zh: '统计登记取消分性别数据或默认男性户主', en: 'Statistics drop the sex breakdown or assume a male household head' },
    check: {
      type: 'pattern',
      triggers: ['性别', '户主', '借款人', '申请人', '申报人', '权利人', '产权人', '所有权人', '承包方代表', '承包人', '代表人', '签字人', '联系人', '户代表', '家长', '登记人', '经营者', '投保人'],
      patterns: [
        // 外出务工人员不再分性别填报，只报合计数
        '(?:不再|无需|不必|取消|不需要?)(?:按|区分|分)?性别(?:分别)?(?:填报|统计|登记|汇总|分组|列示|报送)|不(?:区分|分)性别(?:填报|统计|汇总|分组|列示|报送)',
        // “户主”栏一般应填写家中男性长辈或丈夫
        '户主[^。;]{0,12}?(?:应|一般应?|须|必须|原则上应?|默认)?(?:填写|填报|登记|为|由)[^。;]{0,8}?(?:男性|丈夫|男方|男主人|男性长辈|父亲)',
        // “借款人”一栏统一填写丈夫姓名 / 申请人一律由男方签字
        '(?:借款人|申请人|申报人|权利人|产权人|所有权人|承包方代表|承包人|代表人|签字人|联系人|户代表|家长|登记人|经营者|投保人)["”]?(?:一栏|栏目|栏|一项)?[^。;]{0,6}?(?:统一|一律|均|原则上|一般|默认|只|仅)(?:应|须|只|仅)?(?:填写|填报|登记|写|署|签署?|为|由)(?:为)?(?:丈夫|男方|男主人|男性|父亲|公公|儿子|男性家长|男性户主)(?:的)?(?:姓名|名字|签字|签名|本人)?',
        // 家庭经营收入统一登记在户主名下
        '(?:收入|财产|承包地|土地|补贴|补偿款?|存款)[^。;]{0,24}?(?:统一|一律|均|全部)(?:登记|计入|记入|归入)(?:在|于|到|为)?户主(?:名下)?',
      ],
      when: [{ any: ['统计|填报|报表|台账|汇总|登记|指标|数据|调查|普查|档案|填写|一栏|栏目|表格|申请表|合同|证书'], scope: 'sentence' }],
      unless: [{ any: ['共同(?:登记|所有|签字|签名|填写)|家庭成员分别|分别登记|夫妻双方|或妻子|或女方|男女均可'], scope: 'clause' }],
    },
    message: {
      zh: '条款取消分性别统计，或默认男性为户主、把家庭收入和财产统一登记在户主名下。这样妇女的就业、收入和财产状况在数据中看不见，无法评估政策对男女两性的不同影响。',
      en: "The clause drops the sex breakdown, assumes a male household head or records family income and property under the head alone. Women's work, income and property then disappear from the data, and the effect of policy on women and men cannot be assessed.",
    },
    suggestion: {
      zh: '保留（增加）分性别统计，各项人数指标按男、女分别填报；户主按家庭实际情况登记，不限性别；收入和财产按家庭成员分别登记或登记为共同所有。',
      en: 'Keep (or add) the sex breakdown with counts reported for women and men; record the household head as the family decides, of either sex; record income and property per family member or as jointly owned.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '五、监测评估 › (三)加强妇女发展统计监测工作', quote: '加强部门分性别、分年龄统计工作' },
      { plan: '001_1142db6a623c33a6.txt', section: '(三)妇女与经济 › 策略措施 › (7)', quote: '加强对收入的分性别统计，动态掌握男女两性收入状况' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '四、监测评估 › (三)加强分性别统计监测', quote: '推进分性别统计监测制度化建设' },
      { plan: '003_71de1e464177e433.txt', section: '妇女规划 › (三)妇女与经济 › 策略措施 › (6)', quote: '加强收入的分性别统计，动态掌握男女两性收入状况' },
      { plan: '004_573b780cbee6880a.txt', section: '第五章 监测评估 › (三)加强分性别统计监测', quote: '规范和完善与妇女生存、发展有关的统计指标和分性别统计指标，将其纳入常规统计或统计调查' },
    ],
    profiles: ['*'],
    examples: {
      flag: [
        '为简化报表，就业登记台账不再区分性别填报。',
        '新增就业人数按街道汇总，不分性别统计。',
        '入户调查时，户主一般应登记为家中男性劳动力。',
        '土地流转收入、种粮补贴统一登记在户主名下。',
        '低保对象台账取消按性别分组，只报合计人数。',
        '贷款对象为夫妻共同经营的个体工商户的，"借款人"一栏统一填写丈夫姓名。',
        '补贴申请表的申请人一律由男方签字。',
      ],
      pass: [
        '各项指标按男女分别统计。',
        '新增就业人数（其中女性）按月填报。',
        '招聘工作不分性别，平等对待所有应聘者。',
        '户主由家庭成员协商确定，可以是男性或女性。',
        '夫妻共有的承包地应当共同登记。',
        '借款人一栏由夫妻双方共同签字。',
        '借款人为丈夫的，配偶须在申请表上签字同意。',
        '“配偶”一栏统一填写丈夫或妻子姓名。',
      ],
    },
  },
];
