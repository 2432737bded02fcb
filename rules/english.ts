/**
 * English rules: job advertisements, staff rules and English versions of policies.
 *
 * English patterns run case-insensitively ('gdiu') on the original (folded) sentence text, so write \s+ between
 * words. Triggers are matched lower-cased, without whitespace. The engine skips matches inside quotation marks
 * (a mention, not a use) and, unless `negation: false`, matches negated in their clause ("must not be limited to
 * men") or in a neutral sentence ("regardless of gender", "equal opportunity employer"); see
 * lib/engine/english.ts. The basis is the Chinese plan clause the rule enforces.
 */
import type { Basis, Rule } from '../lib/engine/types.ts';
import { HIRING_BASIS } from './employment.ts';

/** Words that put a phrase in a recruitment or employment context (looked for in the document: job ads and
 * handbooks put requirements in list items far from their heading). */
const HIRING = [
  String.raw`\b(?:appl(?:y|ying|ied|icants?|ications?)|candidates?|hir(?:e|es|ed|ing)|recruit\w*|vacanc(?:y|ies)|positions?|posts?|jobs?|roles?|employ\w*|staff|personnel|workers?|workforce|openings?|wanted|shortlist\w*|interview\w*|selection|promot\w*|requirements?|qualifications?|eligib\w*|contracts?|probation\w*|onboarding|salary|wages?|career|internship|trainees?|assistants?|officers?|operators?|drivers?|engineers?|clerks?|managers?|receptionists?|technicians?|executives?|required|experience|cv|résumé|resume|bonus(?:es)?|pay|leave|appraisals?)\b`,
];

const SEX = String.raw`(?:males?|females?|men|women|man|woman|gentlemen|gentleman|ladies|lady|boys?|girls?)`;
const SEX_PL = String.raw`(?:males?|females?|men|women|gentlemen|ladies|boys|girls)`;
const WHO = String.raw`(?:applicants?|candidates?|staff|employees?|workers?|persons?|people|graduates?|students?)`;

/** The first two EC-01 clauses the Chinese hiring rule cites (004's statutory wording, 000's joint interviews). */
const EC01: Basis[] = HIRING_BASIS.slice(0, 2);

const EC02: Basis[] = [
  {
    plan: '004_573b780cbee6880a.txt',
    section: '(三)妇女与经济 › 策略措施 › (2)',
    quote: '不得在劳动合同中规定或以其他方式变相限制女性结婚、生育',
    law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条；《中华人民共和国就业促进法》第二十七条',
  },
  {
    plan: '004_573b780cbee6880a.txt',
    section: '(三)妇女与经济 › 策略措施 › (10)',
    quote: '禁止用人单位将生育状况作为对女性招聘录用、培训定级、评聘晋升等方面考察的条件',
    law: '《中华人民共和国妇女权益保障法》（2022年修订）第四十三条',
  },
  {
    plan: '002_f51d82e60e0c5b30.txt',
    section: '(三)妇女与经济 › 策略措施 › (7)',
    quote: '禁止将生育状况作为对女性招聘录用、培训定级的限定条件',
  },
];

/** Words that put a request for documents in a job application. */
const APPLYING = String.raw`(?:cv|cvs|résumé|resume|curriculum\s+vitae|cover\s+letters?|applications?|apply(?:ing)?|applicants?|candidates?|interviews?|shortlisted|recruitment|hiring|registration\s+form|job\s+offers?|onboarding|new\s+(?:hires?|joiners?|recruits?))`;
/** Documents that disclose marital status. */
const MARITAL_DOC = String.raw`(?:\b(?:marriage|divorce|marital[- ]status|single[- ]status|unmarried[- ]status|non-marriage|celibacy)\s+(?:certificates?|certification|records?|documents?|papers?|decrees?|registrations?|licen[cs]es?|proof)\b|\bproof\s+of\s+(?:(?:your|their|his|her)\s+)?(?:marital\s+status|marriage|divorce|single\s+status|being\s+(?:single|unmarried))\b|\bcertificates?\s+of\s+(?:marriage|divorce|single\s+status|no\s+marriage|non-marriage|marital\s+status)\b)`;
/** Where such documents are legitimately asked for (leave, benefits for a spouse, visas). */
const MARITAL_DOC_OK = String.raw`(?:(?:marriage|wedding|honeymoon|bereavement|maternity|paternity|parental|family)\s+leave|dependants?|dependents?|spous(?:e|al)\s+(?:visa|benefits?|insurance|allowance)|insurance|allowances?|visas?|residence\s+permits?|housing|pensions?|next\s+of\s+kin|name\s+change|beneficiar(?:y|ies)|tax)`;

/** After pregnancy or maternity leave: "employees returning from maternity leave", "after giving birth". */
const AFTER_BIRTH = String.raw`(?:(?:returning|return(?:s|ed)?|coming\s+back|back)\s+(?:to\s+work\s+)?from|after|following|(?:up)?on\s+(?:(?:their|her)\s+)?return(?:ing)?\s+from|at\s+the\s+end\s+of|(?:who|that)\s+(?:have|has|had)\s+(?:taken|had|completed))\s+(?:(?:her|their|the|a|any)\s+)?(?:period\s+of\s+)?(?:maternity(?:\s+(?:leave|absence))?|pregnancy|childbirth|giving\s+birth|having\s+(?:a\s+)?(?:baby|child)|confinement|breastfeeding|the\s+nursing\s+period)`;

/** Leave and arrangements for caring for children or family, which either parent can take (not maternity leave,
 * nursing time or pregnancy, which are specific to the mother). */
const CARE_LEAVE = String.raw`(?:flexible\s+(?:start(?:ing)?\s+(?:and|&)\s+finish(?:ing)?|start|starting|finish(?:ing)?|arrival|working)\s+times|flexi-?time|flex-?time|compressed\s+(?:hours|work\w*)|term-time\s+working|(?:parental|childcare|child[- ]care|child-?rearing|parenting|carer'?s|caregiv\w+|care|family(?:\s+care)?|sick[- ]child|dependants?'?|dependents?'?|adoption|emergency\s+family|school\s+holiday)\s+leave|leave\s+(?:for|to)\s+(?:care\s+for|look\s+after)\s+(?:a\s+|their\s+|her\s+|his\s+|your\s+)?(?:sick\s+|young\s+)?(?:child|children|famil(?:y|ies)|relatives?)|(?:flexible|reduced|shorter|part-time)\s+(?:working\s+)?(?:hours|working|work|schedules?)(?:\s+arrangements?)?|(?:remote|home)[- ]working\s+for\s+parents|childcare\s+(?:subsid(?:y|ies)|allowances?|vouchers?))`;
const MOTHERS = String.raw`(?:mothers|female\s+(?:employees|staff(?:\s+members)?|workers|parents|colleagues)|women(?:\s+(?:employees|staff|workers))?)`;
const FATHERS = String.raw`(?:fathers|male\s+(?:employees|staff(?:\s+members)?|workers|parents|colleagues)|men(?:\s+(?:employees|staff|workers))?)`;

/** Role and office nouns a generic "he" refers back to. */
const ROLE = String.raw`\b(?:applicants?|candidates?|employees?|officers?|officials?|chair(?:man|men|person|persons|s)?|members?|directors?|managers?|supervisors?|inspectors?|secretar(?:y|ies)|presidents?|principals?|appointees?|nominees?|trustees?|claimants?|beneficiar(?:y|ies)|(?:office|job|post|licen[cs]e|permit)[- ]?holders?|licensees?|contractors?|workers?|staff(?:\s+members?)?|employers?|tenants?|students?|recipients?|registrants?|persons?|individuals?|commissioners?|auditors?|treasurers?|judges?|teachers?|lecturers?|researchers?|doctors?|users?|clients?|customers?|owners?|occupants?|residents?|representatives?|delegates?|deput(?:y|ies)|ministers?|mayors?|governors?|clerks?|agents?|examiners?|assessors?|investigators?|parties|party|parents?|guardians?|spouses?|heads?\s+of\s+\w+|chief\s+executive|`
  // job titles in job ads and handbooks ("report to the Operations Foreman and ensure he receives …")
  + String.raw`coordinators?|(?:team|shift|group|line|section|project)\s+(?:leaders?|leads?|heads?)|(?:department|unit|team|section)\s+heads?|fore(?:man|men|persons?)|(?:sales|business|work|police|fire|post|repair|handy|crafts)(?:man|men)|administrators?|analysts?|consultants?|advis[eo]rs?|specialists?|accountants?|assistants?|receptionists?|cashiers?|operators?|drivers?|engineers?|technicians?|mechanics?|electricians?|guards?|nurses?|physicians?|surgeons?|pharmacists?|lawyers?|solicitors?|attorneys?|instructors?|trainers?|tutors?|mentors?|trainees?|interns?|apprentices?|volunteers?|caretakers?|cleaners?|storekeepers?|salespersons?|clerks?|controllers?|planners?|dispatchers?|couriers?|pilots?)\b`;

export const englishRules: Rule[] = [
  {
    id: 'en.employment.sex-restriction',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'en',
    title: { zh: '（英文）招聘限定或优先某一性别', en: 'Job restricted to or preferring one sex' },
    check: {
      type: 'pattern',
      triggers: ['male', 'men', 'man', 'lady', 'ladies', 'boy', 'girl', 'gender', 'sex', 'guy', 'lad', 'chap', 'gal', 'fellow'],
      patterns: [
        // males only / women only / male applicants only
        String.raw`\b${SEX_PL}\s+only\b`,
        String.raw`\b(?:male|female)\s+${WHO}\s+only\b`,
        // only men need apply / only male candidates will be considered / we only hire men
        String.raw`\bonly\s+(?:(?:male|female)\s+${WHO}|${SEX_PL})(?:\s+(?:need|may|can|should|will|are|is)\b[\w\s]{0,20})?`,
        String.raw`\bonly\s+(?:hire|hires|hiring|recruit(?:s|ing)?|employ(?:s|ing)?|accept(?:s|ing)?|consider(?:s|ing)?)\s+(?:male|female|men|women)\b`,
        // must be male / should be a man / candidates are required to be female
        String.raw`\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|(?:is|are)\s+required\s+to)\s+be\s+(?:an?\s+)?(?:male|female|man|woman|men|women|gentlem[ae]n|lad(?:y|ies))\b(?!\s+(?:or|and)\s+(?:fe)?male)`,
        // men preferred / male candidates are preferred / preference given to male applicants / preferably male
        String.raw`\b(?:male|female|men|women|man|woman)(?:\s+${WHO})?\s+(?:(?:is|are|will\s+be)\s+)?(?:strongly\s+)?(?:preferred|prioriti[sz]ed|favou?red)\b`,
        String.raw`\b(?:preference|priority)\s+(?:will\s+be\s+|is\s+|shall\s+be\s+)?given\s+to\s+(?:male|female|men|women)\b`,
        String.raw`\bpreferabl[ye]\s+(?:an?\s+)?(?:male|female|man|woman|gentleman|lady)\b`,
        // suitable for a man / ideal for a woman / better suited to men
        String.raw`\b(?:suitable|suited|ideal|perfect|best\s+suited|better\s+suited|more\s+suitable|only\s+suitable)\s+(?:for|to)\s+(?:an?\s+)?${SEX}\b`,
        // Gender: Male / Sex: female (as a requirement; not a form field offering both)
        String.raw`\b(?:gender|sex)(?:\s+requirements?)?\s*:\s*(?:male|female|men|women)\b(?!\s*(?:\/|or\b|and\b|,))`,
        // No women need apply / No females. / female applicants will not be considered / we do not hire women
        String.raw`\bno\s+${SEX_PL}(?:\s+${WHO})?(?=\s*(?:[.!;,]|$|need|may|please|will|should|can|are))`,
        String.raw`\b(?:male|female|men|women)(?:\s+${WHO})?\s+(?:(?:will|shall|need|may|should)\s+not|cannot|can't)\s+(?:be\s+(?:considered|accepted|hired|employed|shortlisted|interviewed)|apply)\b`,
        String.raw`\b(?:we|the\s+company|the\s+employer|the\s+firm)\s+(?:do|does|will)\s+not\s+(?:hire|employ|recruit|accept|consider)\s+(?:male|female|men|women)\b`,
        // looking for a male assistant / seeking a young lady
        String.raw`\b(?:looking\s+for|seeking|we\s+need|wanted:?)\s+(?:an?\s+)?(?:young\s+|strong\s+|energetic\s+)?(?:male|female|man|woman|gentleman|lady|girl|boy)\b`,
        // A bare sex item in a list of requirements: "- Female, aged 22-28, height 163 cm or above" / "Requirements: male;
        // under 35; driving licence" (the sex word opens the item and another personal condition follows it)
        String.raw`(?<=(?:^|[\n:;•·*|]|\s[-–—]|(?:^|\n)\s*(?:[-–—]|\d{1,2}[.)]))\s*)(?:males?|females?|men|women|ladies|gentlemen)(?:\s+only)?(?=\s*[,;]\s*(?:aged?\b|age\s|\d{2}\s*(?:-|–|to)\s*\d{2}|\d{2}\s*(?:years?|yrs)|(?:under|over|below|above|between|not\s+over|no\s+older\s+than)\s+\d{2}|height|tall|single|unmarried|married|not\s+pregnant|(?:good|pleasant|attractive|nice|decent)\s+(?:appearance|looks|figure|image)|good-looking|slim|(?:a\s+)?bachelor|college|high\s+school|degree|\d\+?\s*years?\s+(?:of\s+)?experience|native|fluent|healthy|physically))`,
        // limited to men / restricted to female candidates / open only to men
        String.raw`\b(?:limited|restricted|open|confined)\s+(?:only\s+)?to\s+(?:male|female|men|women)(?:\s+${WHO})?\b(?!\s+(?:and|or)\s)`,
        // "A young, energetic guy who …" / "the right lad": the hire described with a sex-coded noun
        String.raw`(?<=(?:^|[\n:;•·*|]|\s[-–—]|\b(?:an?|the\s+(?:right|ideal|perfect)|one)\s))\s*(?:(?:young|strong|energetic|fit|tough|dynamic|able-bodied|hard-?working|reliable|motivated|outgoing|handsome|pretty|sturdy|muscular)\s*,?\s+(?:and\s+)?){0,3}(?:guy|lad|chap|gal|fellow|gentleman|bloke)\b(?!\s+(?:or|and|\/)\s)`,
        String.raw`(?<=(?:^|[\n:;•·*|]|\s[-–—]|\b(?:an?|the\s+(?:right|ideal|perfect)|one)\s))\s*(?:(?:young|strong|energetic|fit|tough|dynamic|able-bodied|hard-?working|sturdy|muscular|pretty|attractive)\s*,?\s+(?:and\s+)?){1,3}(?:man|woman|girl|boy|lady)\b(?=\s+(?:who|with|to|that|able|willing|for)\b)(?!\s+(?:or|and|\/)\s)`,
      ],
      when: [{ any: HIRING, scope: 'document' }],
      unless: [
        {
          any: [
            String.raw`\b(?:genuine\s+occupational\s+(?:requirement|qualification)|occupational\s+requirement|unsuitable\s+for\s+women\s+under\s+(?:national|state)|toilets?|changing\s+(?:rooms?|facilities)|locker\s+rooms?|restrooms?|bathrooms?|showers?|dormitor(?:y|ies)|shelters?|refuges?|(?:women's|men's)\s+(?:team|league|event)|tournament|competition|screening|cervical|prostate|single-sex|respondents?|surveys?|surveyed|interviewees|participants?|patients?|victims?|complainants?|plaintiffs?)\b`,
          ],
          scope: 'sentence',
        },
      ],
    },
    message: {
      zh: '招聘条件限定或优先某一性别，属于就业性别歧视。除国家规定不适合妇女的岗位外，不得以性别为由拒绝录用或提高录用标准。',
      en: 'The job is restricted to, or prefers, one sex. Except for posts the law lists as unsuitable for women (or a genuine occupational requirement), an employer may not refuse or prefer applicants because of their sex.',
    },
    suggestion: {
      zh: '删除性别限制，写明“男女不限”，或改为与岗位直接相关、对男女同等适用的要求（如“能搬运25公斤货物”）。',
      en: 'Remove the sex restriction ("open to all applicants"), or state the job-related requirement itself, applying equally to women and men (e.g. "able to lift 25 kg", "available for night shifts").',
    },
    basis: EC01,
    requirement: ['EC-01'],
    profiles: ['*'],
    examples: {
      flag: [
        'Warehouse Assistant wanted. Requirements: males only, aged 20-35, able to work night shifts.',
        'Applicants must be male and hold a valid forklift licence.',
        'Sales Executive (Shanghai office). Men preferred; fluent English required.',
        'The position involves frequent travel and is more suitable for a man.',
        'Job requirements: Gender: Male; Age: under 35; Education: bachelor degree or above.',
        'Front desk receptionist - female candidates only, pleasant personality.',
        'Preference will be given to male applicants with driving experience.',
        'Security guard vacancy: no women need apply.',
        'We are looking for a young female assistant to join our marketing team.',
        'The trainee programme is limited to male graduates under 30.',
        'Requirements: 3+ years in logistics. A young, energetic guy who is comfortable with night shifts.',
        'We need the right lad for this sales role: outgoing and willing to travel.',
        'Requirements:\n- A strong young man who can handle heavy loads',
      ],
      pass: [
        'The position must not be limited to men; all qualified candidates are welcome to apply.',
        'All applicants will be considered regardless of gender, age or marital status.',
        'We are an equal opportunity employer and welcome applications from men and women.',
        "The newspaper reported that the ad said 'males only' and the company was fined.",
        'Applicants must be able to lift 25 kg and work night shifts.',
        'Changing rooms are for women only; staff must respect the signage.',
        'Employers shall not state that a job is open to men only or that men are preferred.',
        'Application form: Gender: Male / Female (optional, for statistics only).',
        'Our driver, a friendly guy called Sam, will meet new employees at the station.',
        'Requirements: a strong team player who can lift 20 kg.',
        'We welcome applications from any energetic man or woman with retail experience.',
      ],
    },
  },
  {
    id: 'en.employment.sex-specific-standard',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'en',
    title: { zh: '（英文）对某一性别设定更高或不同的录用标准', en: 'Different hiring standard for one sex' },
    check: {
      type: 'pattern',
      triggers: ['male', 'men', 'woman', 'lady', 'ladies'],
      patterns: [
        // female applicants must be at least 165 cm / women must be attractive / men must be over 175 cm tall
        String.raw`(?<!\b(?:male|female|men|women)\s+(?:and|or|&)\s+)\b(?:female|male|women|men|ladies)(?:\s+${WHO})?\s+(?:must|should|shall|are\s+required\s+to|need\s+to|will\s+need\s+to)\s+(?:be\s+(?:at\s+least\s+\d|over\s+\d|under\s+\d|below\s+\d|above\s+\d|taller|shorter|no\s+(?:older|younger|shorter|taller)|aged|attractive|good-looking|slim|slender|pretty|beautiful|presentable|of\s+good\s+(?:appearance|figure)|unmarried|single|\d)|(?:have|hold|possess)\s+(?:an?\s+)?(?:master|ph\.?d|doctora|postgraduate|higher|height|minimum\s+height|pleasant\s+appearance|good\s+(?:appearance|figure|looks)|attractive))`,
        // Height: men 175 cm, women 165 cm / female: 160cm or above
        String.raw`\b(?:females?|women|males?|men)\s*(?::|-|at\s+least|over|above|>=|≥)?\s*1\d\d\s*cm\b`,
        // women need a master's degree while men need a bachelor's (the second half)
        String.raw`\b(?:female|women)(?:\s+${WHO})?\s+(?:need|require|must\s+have)\s+(?:an?\s+)?(?:master|ph\.?d|postgraduate|higher)`,
      ],
      when: [{ any: HIRING, scope: 'document' }],
      unless: [{ any: [String.raw`\b(?:medical|health\s+check|screening|uniform\s+siz\w+|clothing\s+siz\w+|bmi|sports?|athletes?|competition)\b`], scope: 'sentence' }],
    },
    message: {
      zh: '对某一性别的应聘者设定更高或不同的标准（身高、学历、外貌等），属于变相提高对妇女的录用标准。',
      en: 'Applicants of one sex face a higher or different standard (height, education, appearance …). Raising the bar for one sex is sex discrimination in hiring.',
    },
    suggestion: {
      zh: '对男女应聘者适用同一标准，只保留与岗位直接相关的要求，删除外貌、身材等与岗位无关的条件。',
      en: 'Apply one standard to all applicants; keep only requirements the job genuinely needs, and drop appearance and body requirements unrelated to the work.',
    },
    basis: EC01,
    requirement: ['EC-01'],
    profiles: ['*'],
    examples: {
      flag: [
        'Bachelor degree required; female applicants must hold a master degree or above.',
        'Female applicants must be at least 165 cm tall and of good appearance.',
        'Cabin crew recruitment: women must be slim and attractive, men must be over 175 cm.',
        'Height requirement for the post: men 175 cm, women 165 cm or above.',
        'Female candidates should be unmarried and under 28 years of age.',
      ],
      pass: [
        'All applicants must hold a bachelor degree and pass the written test.',
        'Male and female applicants must be at least 18 years old.',
        'The annual medical check for staff records height, weight and BMI; women over 35 receive an additional screening.',
        'Employers must not require female applicants to be of good appearance.',
      ],
    },
  },
  {
    id: 'en.employment.gendered-job-title',
    domain: 'employment',
    kind: 'violation',
    severity: 'medium',
    lang: 'en',
    title: { zh: '（英文）招聘使用带性别的职位名称', en: 'Sex-specific job title in a job advertisement' },
    check: {
      type: 'pattern',
      triggers: ['waitress', 'girl', 'boy', 'lady', 'ladies', 'stewardess', 'hostess', 'maid'],
      patterns: [
        String.raw`\b(?:waitress(?:es)?|sales\s*girls?|sales\s*lad(?:y|ies)|stewardess(?:es)?|air\s+hostess(?:es)?|hostess(?:es)?|barmaids?|bar\s*girls?|house\s*maids?|maids?|cleaning\s+lad(?:y|ies)|tea\s+lad(?:y|ies)|dinner\s+lad(?:y|ies)|girl\s+friday|office\s+(?:girls?|boys?)|delivery\s+boys?|errand\s+boys?|paper\s*boys?|bell\s*boys?|shop\s+girls?|receptionist\s+girls?)\b`,
      ],
      when: [
        {
          any: [String.raw`\b(?:wanted|hiring|hire|vacanc(?:y|ies)|looking\s+for|seeking|recruit\w*|position|post|job|apply|applicants?|join\s+our|we\s+need|opening|salary|per\s+(?:hour|month))\b`],
          scope: 'sentence',
        },
      ],
    },
    message: {
      zh: '职位名称“{match}”带有性别，暗示只招某一性别，构成变相的性别限定。',
      en: 'The job title "{match}" names a sex, which signals that only one sex will be hired.',
    },
    suggestion: {
      zh: '改用不带性别的职位名称，如 server / waiting staff、sales assistant、flight attendant、host、bartender、cleaner、office assistant、courier。',
      en: 'Use a neutral title: server / waiting staff, sales assistant, flight attendant, host, bartender, housekeeper or cleaner, office assistant, courier or messenger.',
    },
    basis: EC01,
    requirement: ['EC-01'],
    profiles: ['*'],
    examples: {
      flag: [
        'Waitress wanted for busy city-centre restaurant, evening shifts.',
        'We are hiring a salesgirl for our new cosmetics counter.',
        'Vacancy: air hostess, international routes, training provided.',
        'Cleaning lady needed three mornings a week; apply in person.',
        'Looking for an office girl to answer phones and file documents.',
        'Delivery boys wanted, own bicycle required, paid per delivery.',
      ],
      pass: [
        'Waiting staff wanted for busy city-centre restaurant, evening shifts.',
        'We are hiring a sales assistant for our new cosmetics counter.',
        'The hotel was founded in 1920 by a former stewardess and her husband.',
        "Job ads must not use titles such as 'waitress' or 'salesgirl'.",
      ],
    },
  },
  {
    id: 'en.employment.marital-status-condition',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'en',
    title: { zh: '（英文）以婚姻状况为录用或聘用条件', en: 'Marital status used as a hiring or employment condition' },
    check: {
      type: 'pattern',
      triggers: ['single', 'married', 'marry', 'marriage', 'marital', 'divorce'],
      patterns: [
        // must be single / should be unmarried / are required to be married
        String.raw`\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|(?:is|are)\s+required\s+to)\s+(?:be|remain|stay)\s+(?:single|unmarried|married|not\s+married)\b(?![-/])(?!\s+(?:point|sign|source|entry|page|file|room|use|window|person|shift|location|language))`,
        // must be female, unmarried, aged 22-28 (a list of conditions)
        String.raw`\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|(?:is|are)\s+required\s+to)\s+be\s+(?:[^.;,]{1,20},\s*){1,3}(?<hit>single|unmarried)\b(?![-/])`,
        // single applicants only / unmarried women preferred / married with children preferred
        String.raw`\b(?:single|unmarried|married|never-married)(?:\s+(?:with(?:out)?\s+(?:young\s+)?children|and\s+childless))?(?:\s+(?:${WHO}|${SEX_PL}))?\s+(?:only|preferred|(?:are|will\s+be)\s+preferred|(?:will|shall)\s+not\s+be\s+(?:considered|accepted|hired|employed))\b`,
        // please state your marital status (and the number and ages of your children)
        String.raw`\b(?:state|give|provide|indicate|include|declare|disclose|tell\s+us|list)\s+(?:your|their|his|her)\s+(?:marital|family)\s+status\b`,
        String.raw`\b(?:state|give|provide|indicate|include|declare|disclose|tell\s+us|list)\s+(?:the\s+)?(?:number|ages?)(?:\s+and\s+ages?)?\s+of\s+(?:your|their|his|her)\s+children\b`,
        // staff who get married are expected to resign / will be transferred
        String.raw`\b(?:who|that)\s+(?:get|gets|got|are|is|become|becomes)\s+married\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,40}?\b(?:resign\w*|leave\s+the\s+company|transfer\w*|terminat\w*|dismiss\w*|part-time|demot\w*)`,
        String.raw`\b(?:preference|priority)\s+(?:will\s+be\s+|is\s+|shall\s+be\s+)?given\s+to\s+(?:single|unmarried|married)\b`,
        // Marital status: single (as a requirement)
        String.raw`\bmarital\s+status\s*(?:requirement)?\s*:\s*(?:single|unmarried|married)\b(?!\s*(?:\/|or\b|,))`,
        // agree not to marry during the contract / must not get married within two years
        String.raw`\b(?:not|never)\s+(?:to\s+)?(?:get\s+)?marr(?:y|ied)\s+(?:during|within|for|before|in|until)\b`,
        // marital documents asked for in an application: "send your CV, a photo and a copy of your marriage certificate",
        // "proof of marital status", "certificate of single status" (not for marriage leave, insurance or a visa)
        String.raw`(?:(?<=\b${APPLYING}\b[^.;]{0,200}?)${MARITAL_DOC}|${MARITAL_DOC}(?=[^.;]{0,200}?\b${APPLYING}\b))(?<!\b${MARITAL_DOC_OK}\b[^.;]*?)(?![^.;]*?\b${MARITAL_DOC_OK}\b)`,
        // employment ends on marriage
        String.raw`\b(?:contract|employment)\s+(?:will|shall)\s+(?:be\s+)?(?:terminat\w*|end|cease)\s+(?:up)?on\s+(?:her\s+|the\s+employee's\s+)?marriage\b`,
      ],
      when: [{ any: HIRING, scope: 'document' }],
    },
    message: {
      zh: '以婚姻状况作为录用或聘用条件，或限制职工结婚，属于就业性别歧视，主要损害女性。',
      en: 'Marital status is used as a condition of hiring or employment, or the employee is restricted from marrying. This is sex discrimination in employment and mostly harms women.',
    },
    suggestion: {
      zh: '删除婚姻状况要求及限制结婚的条款；录用只考察与岗位相关的能力和条件。',
      en: 'Remove the marital-status requirement and any clause restricting marriage; assess only what the job requires.',
    },
    basis: EC02,
    requirement: ['EC-02'],
    profiles: ['*'],
    examples: {
      flag: [
        'Requirements: female, must be single, aged 22-28, good communication skills.',
        'Unmarried applicants preferred for this overseas posting.',
        'Job requirements: marital status: single; height 160 cm or above.',
        'The employee agrees not to marry during the first two years of the contract.',
        'Preference will be given to married candidates with stable family circumstances.',
        'Her employment contract will be terminated upon her marriage.',
      ],
      pass: [
        'We do not ask about marital status at any stage of the recruitment process.',
        'Applicants will be considered regardless of marital status.',
        'Employers must not make marital status a condition of employment.',
        'Applications must be single-sided and no longer than two pages.',
        'Staff who are married may add their spouse to the health insurance plan.',
      ],
    },
  },
  {
    id: 'en.employment.pregnancy-condition',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'en',
    title: { zh: '（英文）以怀孕或生育计划为录用或聘用条件', en: 'Pregnancy or plans for children used as a condition' },
    check: {
      type: 'pattern',
      triggers: ['pregnan', 'child', 'baby', 'babies', 'family'],
      patterns: [
        // pregnancy test / pregnancy screening as part of the pre-employment medical
        String.raw`\bpregnancy\s+(?:tests?|testing|screening|checks?|examinations?)\b`,
        // must not be pregnant / not pregnant / not currently pregnant
        String.raw`\b(?:must|should|shall)\s+not\s+be\s+(?:currently\s+)?pregnant\b|\bnot\s+(?:currently\s+)?pregnant\b`,
        // no plans to have children / no intention of starting a family
        String.raw`\bno\s+(?:plans?|intentions?)\s+(?:to|of|for)\s+(?:have|having|start(?:ing)?\s+a\s+family|get(?:ting)?\s+pregnant|becom(?:e|ing)\s+pregnant|children|a\s+baby)`,
        // state your plans to have children / family plans
        String.raw`\b(?:whether|if|when)\s+(?:you|they|she|the\s+(?:candidate|applicant))\s+(?:(?:are|is)\s+)?(?:plan(?:s|ning)?|intend(?:s|ing)?|expect(?:s|ing)?|hope|want)\s+(?:to\s+|on\s+)?(?:start(?:ing)?\s+a\s+family|hav(?:e|ing)\s+(?:a\s+|more\s+|any\s+)?(?:child|children|baby|babies|kids)|get(?:ting)?\s+(?:married|pregnant)|becom(?:e|ing)\s+pregnant|marry)\b`,
        String.raw`\b(?:your|their|her|any)\s+(?:plans?|intentions?)\s+(?:to|for|of)\s+(?:have|having)\s+(?:a\s+|more\s+)?(?:child|children|baby|babies|family)|\bfamily[- ]planning\s+(?:status|plans?|intentions?)\b`,
        // agree not to become pregnant during the contract / must not have a baby within three years
        String.raw`\bnot\s+(?:to\s+)?(?:plan\s+(?:to\s+|on\s+)?)?(?:become|get|fall|becoming|getting)\s+pregnant\b|\bnot\s+(?:to\s+)?(?:plan\s+(?:to\s+|on\s+)?)?(?:have|having)\s+(?:a\s+|any\s+)?(?:child|children|baby|babies)\s+(?:during|within|for|before|in|until)\b`,
        // pregnant women will not be considered / pregnant applicants are not eligible
        String.raw`\bpregnant\s+(?:women|applicants?|candidates?|mothers?|workers?|persons?)\s+(?:(?:will|shall|need|may)\s+not\s+(?:be\s+(?:considered|hired|employed|accepted)|apply)|are\s+not\s+(?:eligible|accepted|considered))\b`,
        // childless candidates preferred / applicants without young children only
        String.raw`\b(?:childless|without\s+(?:young\s+)?children|with\s+no\s+(?:young\s+)?children)\s*(?:${WHO}|${SEX_PL})?\s*(?:only|preferred)\b`,
      ],
      when: [{ any: HIRING, scope: 'document' }],
      unless: [{ any: [String.raw`\b(?:maternity\s+(?:care|services?|clinic)|antenatal|prenatal|obstetric|x-ray|radiation\s+exposure|patients?)\b`], scope: 'sentence' }],
    },
    message: {
      zh: '以怀孕、生育计划作为录用或聘用条件（含妊娠检测、承诺不生育），属于就业性别歧视。',
      en: 'Pregnancy or plans to have children are used as a condition of hiring or employment (pregnancy tests, promises not to have children). This is sex discrimination in employment.',
    },
    suggestion: {
      zh: '删除妊娠检测、生育计划询问和不得生育的约定；入职体检不得包括妊娠检测。',
      en: 'Remove pregnancy tests, questions about plans for children and any promise not to have children; a pre-employment medical must not include a pregnancy test.',
    },
    basis: EC02,
    requirement: ['EC-02'],
    profiles: ['*'],
    examples: {
      flag: [
        'The pre-employment medical examination includes a pregnancy test for all female applicants.',
        'Requirements: female, 25-30 years old, not pregnant, no plans to have children in the next three years.',
        'Please state on the application form your plans to have children.',
        'The employee agrees not to become pregnant during the first two years of employment.',
        'Pregnant applicants will not be considered for this position.',
        'Childless candidates preferred, as the job involves long hours.',
        'In your application, please tell us whether you intend to have children in the near future.',
      ],
      pass: [
        'We do not require a pregnancy test as part of the pre-employment medical examination.',
        'Employers shall not ask applicants about pregnancy or plans to have children.',
        'Staff who are pregnant may request adjusted duties without loss of pay.',
        'The clinic offers antenatal care and pregnancy tests to patients free of charge.',
        'We will never ask whether you plan to start a family.',
      ],
    },
  },
  {
    id: 'en.employment.pregnancy-adverse-treatment',
    domain: 'employment',
    kind: 'violation',
    severity: 'high',
    lang: 'en',
    title: { zh: '（英文）因怀孕、生育、哺乳降低待遇或解除合同', en: 'Pay cut, transfer or dismissal because of pregnancy, childbirth or breastfeeding' },
    check: {
      type: 'pattern',
      triggers: ['pregnan', 'maternity', 'breastfe', 'nursing', 'childbirth', 'birth'],
      patterns: [
        // who becomes pregnant during probation will be dismissed
        String.raw`\b(?:becomes?|become|found\s+to\s+be|(?:is|are)|be)\s+pregnant\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,80}?\b(?:dismiss(?:ed|al)?|terminat(?:e|ed|ion)|fired|let\s+go|deemed\s+to\s+have\s+resigned|considered\s+to\s+have\s+resigned|released|returned\s+to\s+the\s+(?:agency|dispatch\w*))\b`,
        // may be dismissed if she becomes pregnant
        String.raw`\b(?:dismiss(?:ed)?|terminat(?:e|ed)|fire[ds]?)\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,40}?\b(?:if|when|who|because|upon|on)\b[^.;]{0,30}?\b(?:pregnan\w*|maternity\s+leave|gives?\s+birth|breastfe\w*)`,
        // bonuses will be forfeited during maternity leave
        String.raw`\b(?:maternity\s+leave|pregnancy|breastfeeding|nursing\s+(?:period|mothers?))\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,60}?\b(?:bonus(?:es)?|salary|pay|wages?|allowances?|performance\s+pay|seniority)\s+(?:will|shall|is|are)\s+(?:be\s+)?(?:forfeited|withheld|suspended|stopped|deducted|reduced|cancel(?:l)?ed|halved)\b`,
        String.raw`\b(?:bonus(?:es)?|salary|pay|wages?|allowances?|performance\s+pay)\s+(?:will|shall)\s+(?:be\s+)?(?:forfeited|withheld|suspended|stopped|deducted|reduced|cancel(?:l)?ed|halved)\s+(?:during|for|while\s+on)\s+(?:maternity\s+leave|pregnancy|the\s+breastfeeding\s+period)`,
        // not eligible for promotion during maternity leave / cannot be rated excellent in the year of childbirth
        String.raw`\b(?:(?:is|are|will\s+be|shall\s+be)\s+(?:not\s+eligible|ineligible)|cannot\s+be\s+(?:rated|considered|promoted)|will\s+not\s+be\s+(?:rated|considered|promoted))\b[^.;]{0,40}?\b(?:promot\w+|bonus|excellent|outstanding|training|appraisal)\b[^.;]{0,40}?\b(?:maternity\s+leave|pregnan\w*|childbirth|breastfe\w*)`,
        String.raw`\b(?:maternity\s+leave|pregnan\w+|childbirth|breastfe\w*)\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,40}?\b(?:(?:are|is|will\s+be|shall\s+be)\s+(?:not\s+eligible|ineligible)|not\s+(?:be\s+)?eligible|will\s+not\s+be\s+considered)\s+for\s+(?:promotion|a\s+bonus|bonuses|an?\s+(?:excellent|outstanding)\s+rating|training)`,
        // "Employees who become pregnant within their first 12 months … will not be eligible for the annual bonus"
        String.raw`\b(?:become|becomes|became|get|gets|are|is|fall)\s+pregnant\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,80}?\b(?:(?:are|is|will\s+be|shall\s+be)\s+(?:not\s+eligible|ineligible|excluded)|not\s+(?:be\s+)?eligible|(?:will|shall)\s+(?:lose|forfeit))\b\s*(?:for|from|to|their|her)?\s+(?:the\s+|an?\s+|any\s+|their\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:promotion|bonus(?:es)?|pay\s+rises?|salary\s+increases?|rating|training|awards?|incentives?|commission)`,
        // "Employees returning from maternity leave will restart a three-month probation review"
        String.raw`\b${AFTER_BIRTH}\b(?:(?!\b(?:not|no|never|without)\b)[^.;]){0,80}?\b(?:restart|re-?start|repeat|re-?serve|serve|undergo|complete|be\s+placed\s+(?:on|under)|be\s+subject\s+to|go\s+through)\s+(?:a\s+|an\s+|another\s+|new\s+|the\s+|a\s+new\s+|a\s+further\s+)?(?:[\w-]+\s+){0,2}?(?:probation\w*|trial\s+period|re-?assessment|competency\s+(?:review|assessment)|re-?qualification)`,
        // employees whose maternity leave exceeds 128 days will be treated as having resigned
        String.raw`\b(?:maternity\s+leave|pregnan\w*|childbirth|breastfe\w*)\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,60}?\b(?:(?:treated|deemed|considered|regarded)\s+(?:as\s+(?:having\s+)?|to\s+have\s+)resign\w*|(?:treated|regarded)\s+as\s+(?:a\s+)?(?:voluntary\s+)?resignation|(?:will|shall)\s+be\s+(?:dismissed|terminated))`,
        // on return from maternity leave → moved to another post (not back to the same or an equivalent one)
        String.raw`\b${AFTER_BIRTH}\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,80}?\b(?:will|shall|may|must|are\s+to|is\s+to|(?:are|is)\s+(?:normally|usually|automatically))\s+(?:then\s+)?(?:be\s+)?(?:automatically\s+|temporarily\s+)?(?:reassigned|transferred|moved|redeployed|demoted|downgraded|relocated|rotated|re-?graded)\b(?!\s+(?:back\s+)?to\s+(?:(?:their|her|the)\s+)?(?:same|original|previous|former|own|equivalent|an\s+equivalent|a\s+comparable)\b)`,
        // … and will not be considered for promotion / lose the annual bonus / be excluded from training
        String.raw`\b${AFTER_BIRTH}\b(?:(?!\b(?:not|no|never|without)\b)[^.;]){0,120}?\b(?:(?:will|shall|may)\s+not\s+be\s+(?:considered|eligible|nominated|rated|shortlisted|selected)|(?:are|is|will\s+be)\s+(?:not\s+eligible|ineligible|excluded|disqualified)|cannot\s+be\s+(?:considered|promoted|rated|selected)|(?:will|shall)\s+(?:lose|forfeit))\b[^.;]{0,30}?\b(?:promot\w+|bonus(?:es)?|pay\s+rises?|salary\s+(?:increases?|reviews?)|training|appraisal|ratings?|excellent|outstanding|seniority)`,
        // pregnant employees will be transferred to a lower-paid post
        String.raw`\bpregnant\s+(?:employees?|workers?|staff|women)\s+(?:will|shall)\s+be\s+(?:transferred|moved|reassigned|demoted|placed\s+on\s+unpaid\s+leave)\b`,
      ],
      when: [{ any: HIRING, scope: 'document' }],
      unless: [
        {
          any: [String.raw`\b(?:same|without\s+(?:any\s+)?(?:loss|reduction)|no\s+(?:loss|reduction)|unchanged|protected|full\s+pay|lighter\s+duties|at\s+her\s+request|remain(?:s)?\s+the\s+same)\b`],
          scope: 'sentence',
        },
      ],
    },
    message: {
      zh: '因怀孕、生育、哺乳降低工资待遇、调岗、取消评优晋升资格或解除劳动（聘用）合同，违反女职工劳动保护规定。',
      en: 'Pay, bonus, post, appraisal or the contract itself is made worse because of pregnancy, childbirth or breastfeeding. This breaches the labour protection of women workers.',
    },
    suggestion: {
      zh: '删除该条款，写明“不得因怀孕、生育、哺乳降低工资、予以辞退或解除劳动（聘用）合同”。',
      en: 'Delete the clause and state that pay, post and contract are not affected by pregnancy, childbirth or breastfeeding.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '禁止用人单位因女职工怀孕、生育、哺乳而降低工资、恶意调岗、予以辞退、解除劳动(聘用)合同',
        law: '《女职工劳动保护特别规定》第五条；《中华人民共和国劳动合同法》第四十二条第（四）项',
      },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(三)妇女与经济 › 策略措施 › (10)',
        quote: '禁止用人单位因女职工怀孕、生育、哺乳而降低工资、予以辞退、解除劳动（聘用）合同',
        law: '《女职工劳动保护特别规定》第五条',
      },
    ],
    requirement: ['EC-03'],
    profiles: ['*'],
    examples: {
      flag: [
        'Any employee who becomes pregnant during the probation period will be dismissed.',
        'Annual bonuses will be forfeited during maternity leave.',
        'Staff on maternity leave are not eligible for promotion in that year.',
        'Pregnant employees will be transferred to the logistics department at the corresponding pay grade.',
        'The company may terminate the contract if the employee becomes pregnant within the first year.',
        'Agency workers who are pregnant will be returned to the agency.',
        'Staff who become pregnant during their first year of service will lose their annual incentive payment.',
        'Employees returning from maternity leave will serve a new six-month probation period before their grade is restored.',
      ],
      pass: [
        'Employees returning from maternity leave will not be required to serve a new probation period.',
        'Employees who become pregnant remain eligible for the annual bonus on the same terms as other staff.',
        'No employee shall be dismissed because she is pregnant, on maternity leave or breastfeeding.',
        'Pregnant employees will be transferred to lighter duties at her request without loss of pay.',
        'Staff on maternity leave remain eligible for promotion and annual bonuses.',
        'It is unlawful to dismiss a worker because of pregnancy or childbirth.',
      ],
    },
  },
  {
    id: 'en.employment.care-leave-mothers-only',
    domain: 'family',
    kind: 'violation',
    severity: 'medium',
    lang: 'en',
    title: { zh: '（英文）育儿、护理假或弹性工作只给母亲', en: 'Childcare leave or flexible work for mothers only' },
    check: {
      type: 'pattern',
      triggers: ['mother', 'female', 'women', 'father', 'male', 'men'],
      patterns: [
        // parental leave … is available to mothers only / granted only to female employees
        String.raw`\b${CARE_LEAVE}\b(?:(?!\b(?:not|no|never)\b)[^.;]){0,80}?\b(?:(?:is|are|will\s+be|shall\s+be)\s+)?(?:only\s+)?(?:available|granted|open|limited|restricted|confined|given|offered|reserved|applicable|applies|apply)\s+(?:only\s+)?(?:to|for)\s+(?:only\s+)?(?:(?:the|our|new)\s+)?${MOTHERS}(?:\s+only\b|(?![^.;]{0,40}\b(?:fathers?|men|male|both\s+parents|either\s+parent|all\s+parents|partners?|co-parents?)\b))`,
        // only mothers may take childcare leave / only female employees are entitled to flexible hours
        String.raw`\bonly\s+${MOTHERS}\s+(?:may|can|will|shall|are\s+(?:entitled|eligible|allowed|permitted))\s+(?:to\s+)?(?:take|apply\s+for|request|claim|use|have|receive|work)?\s*(?:[^.;]{0,30}?)\b${CARE_LEAVE}`,
        // fathers are not entitled to parental leave / male staff who take childcare leave will be treated as on unpaid leave
        String.raw`\b${FATHERS}\s+(?:are|is|will\s+be|shall\s+be)\s+(?:not\s+(?:entitled|eligible)|ineligible|excluded)\s+(?:to|for|from)\s+(?:take\s+|taking\s+)?${CARE_LEAVE}`,
        String.raw`\b${FATHERS}\s+(?:who|that)\s+(?:take|takes|request|requests|apply\s+for|use)\s+${CARE_LEAVE}[^.;]{0,40}?\b(?:(?:treated|recorded|counted|deducted|processed)\s+as\s+(?:unpaid|personal|casual|annual)\s+leave|unpaid|(?:not\s+be\s+|in)eligible\s+for\s+(?:promotion|bonus\w*))`,
      ],
      when: [{ any: HIRING, scope: 'document' }],
      unless: [{ any: [String.raw`\b(?:maternity\s+leave\s+(?:is|are)\s+(?:available|granted)|breastfeeding|nursing\s+(?:time|breaks?|room)|antenatal|prenatal)\b`], scope: 'clause' }],
    },
    message: {
      zh: '把育儿假、子女护理假或弹性工作只给母亲（或让父亲只能休无薪假），固化“女性照料”分工，也增加了女性的就业成本；规划要求支持男女职工共同履行家庭责任。',
      en: 'Childcare or carer\'s leave, or flexible work, is given to mothers only (or fathers get only unpaid leave). This entrenches women as carers and raises the cost of employing women; the plans call for women and men workers sharing family responsibilities.',
    },
    suggestion: {
      zh: '改为父母双方均可享受育儿假、护理假和弹性工作安排，待遇相同。',
      en: 'Give both parents the same childcare and carer\'s leave and flexible-work arrangements, on the same terms.',
    },
    basis: [
      { plan: '000_d67eb8df20e31904.txt', section: '(七)妇女与家庭建设 › 策略措施 › (8)', quote: '支持男女职工共同履行家庭责任' },
      { plan: '002_f51d82e60e0c5b30.txt', section: '(六)妇女与家庭建设 › 策略措施 › (2)', quote: '完善产假制度，探索实施父母育儿假' },
    ],
    requirement: ['F-03'],
    profiles: ['*'],
    examples: {
      flag: [
        'Childcare leave of ten days a year is granted to female employees with children under six; male employees may take personal leave instead.',
        'Only mothers may apply for leave to care for a sick child.',
        'Flexible working hours are available to women staff with pre-school children.',
        'Fathers are not entitled to parental leave under this policy.',
        'Male staff who take childcare leave will be treated as on unpaid leave.',
        'Staff benefits: flexi-time is offered only to mothers of primary-school children.',
      ],
      pass: [
        'Parental leave is available to mothers and fathers on the same terms.',
        'Childcare leave is available to both parents; fathers and mothers may share it.',
        'Maternity leave is available to female employees for 98 days.',
        'Breastfeeding employees are given one hour of nursing time per day; this is available to mothers only.',
        'Parental leave must not be restricted to mothers.',
        'Flexible start and finish times are available to all parents of children under 12, mothers and fathers alike.',
      ],
    },
  },
  {
    id: 'en.employment.appearance-requirement',
    domain: 'language',
    kind: 'violation',
    severity: 'medium',
    lang: 'en',
    title: { zh: '（英文）对一个性别的妆容、着装要求或与岗位无关的外貌要求', en: 'Make-up, dress or looks required of one sex or for jobs that do not need them' },
    check: {
      type: 'pattern',
      triggers: ['appearance', 'looking', 'attractive', 'pretty', 'slim', 'height', 'make-up', 'makeup', 'lipstick', 'cosmetics', 'skirt', 'dress', 'heels', 'stocking', 'tights', 'nail', 'hair', 'trouser', 'pants', 'flat', 'trainers'],
      patterns: [
        // female staff (in customer-facing roles) must wear make-up and skirts / women are required to wear high heels
        String.raw`\b(?:female|women|woman|ladies|lady|girls?)(?:\s+(?:${WHO}|employees?|staff\s+members?|workers?|receptionists?|servers?|sales\s+(?:staff|assistants?)|cashiers?|hosts?|members\s+of\s+staff))?(?:(?!\b(?:not|no|never|or|and)\b)[^.;]){0,50}?\b(?:must|should|shall|are\s+(?:required|expected|obliged)\s+to|is\s+(?:required|expected)\s+to|need\s+to|have\s+to|will)\s+(?:always\s+)?(?:wear|put\s+on|apply|use|keep|have|maintain|tie|dye|paint|be\s+in|dress\s+in)\s+(?:(?:a|an|the|light|full|natural|visible|appropriate|proper|neat|their|her)\s+)*(?:make-?up|cosmetics|lipstick|foundation|skirts?|dresses|high[- ]heels?|heels|heeled\s+shoes|stockings|tights|pantyhose|nail\s+polish|painted\s+nails|long\s+hair|hair\s+(?:up|in\s+a\s+bun|tied)|a\s+bun)\b`,
        // women may not wear trousers / female staff are not allowed flat shoes
        String.raw`\b(?:female|women|ladies)(?:\s+[\w-]+){0,5}?\s+(?:may|must|shall|are)\s+not\s+(?:(?:be\s+)?(?:allowed|permitted)\s+to\s+)?wear\s+(?:trousers|pants|flat\s+shoes|flats|trainers)\b`,
        // looks required in a job ad: pleasant appearance / good-looking / attractive figure / height 163 cm or above
        String.raw`\b(?:(?:pleasant|good|attractive|nice|beautiful|decent|sweet|elegant|presentable|appealing)\s+(?:appearance|looks|figure|image|face|features)|good-looking|beautiful|pretty|slim(?:\s+(?:figure|build))?|slender|well-proportioned\s+figure|(?:height|tall(?:er)?)\s*(?::|of|at\s+least|above|over|minimum)?\s*1[5-8]\d\s*cm(?:\s+or\s+(?:above|more|taller))?|1[5-8]\d\s*cm\s+(?:or\s+(?:above|more|taller)|and\s+above|minimum)|weight\s*(?::|under|below|not\s+(?:over|exceeding)|no\s+more\s+than)\s*\d{2}\s*kg)\b`,
      ],
      when: [{ any: [...HIRING, String.raw`\b(?:dress\s+codes?|uniforms?|on\s+duty|at\s+work|shop\s+floor|counters?|cashiers?|grooming)\b`], scope: 'document' }],
      unless: [
        {
          any: [
            String.raw`\b(?:models?|modelling|modeling|actors?|actresses|performers?|dancers?|athletes?|sports?|cabin\s+crew|flight\s+attendants?|pilots?|police|military|armed\s+forces|army|firefighters?|medical\s+(?:standard|examination|check)|health\s+check|bmi|uniform\s+siz\w+|clothing\s+siz\w+|safety|protective|hygiene|hair\s*nets?|children|pupils|students|patients?)\b`,
          ],
          scope: 'sentence',
        },
      ],
    },
    message: {
      zh: '要求（往往只对女性）化妆、穿裙装高跟鞋，或以相貌、身材、身高筛选与外貌无关岗位的应聘者，物化女性并构成变相的性别歧视。',
      en: 'Make-up, skirts or heels are required (usually of women only), or applicants are screened by looks, figure or height for a job that does not need them. This objectifies women and is disguised sex discrimination.',
    },
    suggestion: {
      zh: '删除相貌、身材、身高和妆容要求；着装规范男女一致、以整洁得体为准（如“统一工装，男女均可选择裤装或裙装”）。',
      en: 'Remove looks, figure, height and make-up requirements; make the dress code the same for everyone and about neatness (e.g. "uniforms are provided; staff may choose trousers or skirts").',
    },
    basis: [
      EC01[0],
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(八)妇女与环境 › 策略措施 › (4)',
        quote: '消除网络媒体、影视产品、公共出版物等中出现的歧视贬抑妇女、侮辱妇女人格尊严、物化妇女形象等不良现象',
      },
    ],
    requirement: ['EC-01', 'ENV-05'],
    profiles: ['*'],
    examples: {
      flag: [
        'Dress code: female employees must wear light make-up and high heels at the counter; men wear a jacket.',
        'Hostesses are required to keep their hair in a bun and wear tights at all times. Women staff must wear skirts.',
        'Female cashiers may not wear trousers on the shop floor.',
        'Office administrator wanted. Requirements: good-looking, height 160 cm or above, fluent Mandarin.',
        'Personal assistant to the CEO: attractive appearance and slim figure essential.',
      ],
      pass: [
        'Uniforms are provided for all staff; employees may choose trousers or skirts.',
        'All staff must wear the company uniform and closed-toe shoes in the warehouse.',
        'Employees must not be required to wear make-up or high heels.',
        'Female staff in the laboratory must wear safety goggles and keep long hair tied back.',
        'Cabin crew applicants must meet the height requirement of 160 cm set by the civil aviation medical standard.',
      ],
    },
  },
  {
    id: 'en.language.generic-he',
    domain: 'language',
    kind: 'violation',
    severity: 'low',
    lang: 'en',
    title: { zh: '（英文）用“he/his/him”泛指任职者', en: 'Generic "he/his/him" for an office holder' },
    check: {
      type: 'pattern',
      triggers: ['he', 'his', 'him'],
      patterns: [
        String.raw`(?<!\(s\)|\bs\/|\b(?:she|her|hers|herself)\s*(?:\/|\bor\b|\band\b)\s*)\b(?:he|him|his|himself)\b(?!\s*(?:\/|\bor\b|\band\b|\(\s*or\b)\s*(?:she|her|hers|herself)\b)`,
      ],
      antecedent: [ROLE],
      when: [{ any: [ROLE], scope: 'paragraph' }],
      negation: false,
    },
    message: {
      zh: '“{match}”泛指任职者或当事人（如 applicant、employee、chairperson），默认其为男性。政策文本应使用性别中立的表述。',
      en: '"{match}" refers to any holder of a role (applicant, employee, chairperson …) as if it were a man. Policy wording should be gender-neutral.',
    },
    suggestion: {
      zh: '改用 they/their，重复名词（“the applicant’s”），或改写句子避免代词（如 “the applicant shall submit a CV”）。',
      en: 'Use "they/their", repeat the noun ("the applicant\'s"), or rephrase to avoid the pronoun ("the applicant shall submit a CV").',
    },
    basis: [
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '四、组织实施 › (二)落实规划实施责任',
        quote: '在出台法规、制定政策、编制规划、配置资源、部署工作时贯彻落实男女平等基本国策',
      },
      {
        plan: '004_573b780cbee6880a.txt',
        section: '第一章 指导思想和基本原则 › (二)基本原则 › (2)',
        quote: '在制定地方法规政策、编制规划纲要、安排部署工作中充分考虑两性的现实差异和妇女的特殊利益',
      },
    ],
    requirement: ['L-01'],
    profiles: ['*'],
    examples: {
      flag: [
        'The applicant shall submit his CV together with a copy of his degree certificate.',
        'The Chairman shall preside over all meetings of the Board. He shall have a casting vote.',
        'Each employee must notify his line manager at least three days before taking annual leave.',
        'A candidate who fails the written examination may not resubmit his application within one year.',
        'Where an officer has a conflict of interest, he shall declare it before the matter is discussed.',
      ],
      pass: [
        'The applicant shall submit their CV together with a copy of their degree certificate.',
        'Each employee must notify his or her line manager before taking annual leave.',
        'Mr. Zhang Wei, the chairman of the board, said he would step down next year.',
        'The father of the applicant stated that he would attend the interview.',
        'The Chair shall preside over all meetings; the Chair has a casting vote.',
      ],
    },
  },
  {
    id: 'en.language.gendered-term',
    domain: 'language',
    kind: 'violation',
    severity: 'low',
    lang: 'en',
    title: { zh: '（英文）以男性为默认的用语', en: 'Male-default term' },
    check: {
      type: 'pattern',
      triggers: ['man', 'men'],
      patterns: [
        String.raw`\b(?:chair|sales|fore|police|fire|spokes|business|camera|work|lay|congress|council|committee|post|mail|repair|handy|door|watch|fresh|crafts|news|weather|middle|ombuds|alder|countr(?:y|ies))(?:man|men)\b`,
        String.raw`\bman(?:power|kind)\b`,
        String.raw`\bworkmanlike\b`,
        String.raw`\bman[- ]?(?:hours?|days?|months?|years?)\b`,
        String.raw`\bman-made\b`,
        String.raw`\b(?:the\s+)?common\s+man\b|\bman\s+in\s+the\s+street\b`,
      ],
      negation: false,
    },
    message: {
      zh: '“{match}”以男性为默认，把职位或人群描述成男性，强化职业性别标签。',
      en: '"{match}" makes the male the default: it describes a post or people in general as men and reinforces gender labels on occupations.',
    },
    suggestion: {
      zh: '改用中性词：chairman→chair / chairperson；manpower→workforce / staff；workmanlike→skilful / professional；man-hours→working hours / person-hours；salesman→salesperson；foreman→supervisor；policeman→police officer；fireman→firefighter；spokesman→spokesperson；businessman→businessperson；mankind→humanity；man-made→artificial。',
      en: 'Use a neutral term: chairman → chair or chairperson; manpower → workforce, staff; workmanlike → skilful, professional; man-hours → working hours, person-hours; salesman → salesperson; foreman → supervisor; policeman → police officer; fireman → firefighter; spokesman → spokesperson; businessman → businessperson; cameraman → camera operator; layman → layperson; mankind → humanity; man-made → artificial.',
    },
    basis: [
      {
        plan: '004_573b780cbee6880a.txt',
        section: '(七)妇女与环境 › 策略措施 › (2)',
        quote: '在玩具、服饰、日用品、游戏设计和职业规划等领域消除性别标签',
      },
      {
        plan: '000_d67eb8df20e31904.txt',
        section: '(八)妇女与环境 › 策略措施 › (4)',
        quote: '消除网络媒体、影视产品、公共出版物等中出现的歧视贬抑妇女、侮辱妇女人格尊严、物化妇女形象等不良现象',
      },
    ],
    requirement: ['E-02', 'ENV-05'],
    profiles: ['*'],
    examples: {
      flag: [
        'The committee shall elect a chairman from among its members.',
        'The project will require an estimated 1,200 man-hours of work.',
        'Shortage of skilled manpower is the main obstacle to expansion.',
        'Applicants should have three years of experience as a salesman or foreman.',
        'Each district will recruit ten additional policemen and firemen.',
        'All repairs must be carried out in a workmanlike manner.',
        'The spokesman for the ministry declined to comment.',
      ],
      pass: [
        'The committee shall elect a chair from among its members.',
        'The project will require an estimated 1,200 person-hours of work.',
        "The style guide replaces 'chairman' with 'chair' in all board documents.",
        'She was promoted to sales manager after two years.',
        'Women and men shall have equal access to training.',
      ],
    },
  },
];
