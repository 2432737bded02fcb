/**
 * Engine contract. Pure data types: no DOM, no browser API.
 *
 * A rule is plain JSON-serialisable data: one of a small set of check types with parameters.
 * Offices will import their own rule packs in this same schema (validated by lib/engine/schema.ts).
 */

export type Severity = 'high' | 'medium' | 'low';
export type Kind = 'violation' | 'threshold' | 'missing';
export type Lang = 'zh' | 'en';

/** Domains follow the chapters of the women's development plans. */
export type Domain =
  | 'employment' // 妇女与经济 (就业、劳动)
  | 'decision' // 妇女参与决策和管理
  | 'rural' // 农村集体经济组织成员权益 (妇女与经济)
  | 'environment' // 妇女与环境 (公共设施、媒体、应急)
  | 'health' // 妇女与健康
  | 'education' // 妇女与教育
  | 'social-security' // 妇女与社会保障
  | 'family' // 妇女与家庭
  | 'law' // 妇女与法律
  | 'children' // 儿童
  | 'language'; // 刻板印象与用语

export interface Text2 {
  zh: string;
  en: string;
}

/** Where a requirement comes from: a seed plan clause quoted exactly, and the law where verified. */
export interface Basis {
  /** Seed file name, e.g. "004_573b780cbee6880a.txt"; empty only for rules resting on national law alone. */
  plan: string;
  /** Heading path in the plan, e.g. "(三)妇女与经济 › 策略措施 › (2)". */
  section: string;
  /** Exact substring of the plan file (line breaks removed). */
  quote: string;
  /** Law article or national standard, only where verified. */
  law?: string;
}

/** A regular expression source (JS syntax, `u` flag implied). Kept as a string so rules stay JSON. */
export type Pattern = string;

/**
 * Text unit a condition looks at, relative to the match: its clause (between ，；), sentence, paragraph, the
 * whole document, the document's first line (title), "near": 60 characters before to 30 after the match, or
 * "list": the lead-in line ending in a colon and the list items down to the match (下列人员不予…：(一)…(三)…).
 */
export type Scope = 'clause' | 'sentence' | 'paragraph' | 'document' | 'title' | 'near' | 'list';

export interface Condition {
  /** Any of these patterns must (or, in `unless`, must not) occur in the scope (in any of the scopes, if several). */
  any: Pattern[];
  scope: Scope | Scope[];
}

/** Shared by all checks. */
interface CheckBase {
  /**
   * Literal strings, at least one of which must occur in a sentence for the check to be tried there.
   * The engine finds all triggers of all rules in one pass over the text.
   */
  triggers: string[];
  /** Further conditions that must all hold (context words, document type …). */
  when?: Condition[];
  /** Exemptions: if any holds, the match is not reported (e.g. 禁忌劳动范围 for protective rules). */
  unless?: Condition[];
  /**
   * Apply the engine's negation and exemption detection (不得 / 禁止 / 不限性别 …). Default true for pattern and
   * column checks, false for numeric ones (a floor written 不得低于1:1 is still a 1:1 floor).
   */
  negation?: boolean;
}

/** Pattern with context and negation: the match span is the finding span. */
export interface PatternCheck extends CheckBase {
  type: 'pattern';
  patterns: Pattern[];
  /**
   * English pronoun rules only: the matched pronoun (he/his/him) must refer back to a noun matching one of these
   * (applicant, chairperson …), not to a particular person. Resolved with the English NLP back end when one is
   * registered (lib/engine/english-nlp.ts), else heuristically from the current and previous sentence.
   */
  antecedent?: Pattern[];
}

/** A post table: a header cell matching `header`, a data cell below it matching `value`. */
export interface ColumnCheck extends CheckBase {
  type: 'column';
  header: Pattern;
  value: Pattern;
}

/** A female:male ratio about a subject (厕位 …) compared with a minimum; profiles may change the thresholds. */
export interface RatioCheck extends CheckBase {
  type: 'ratio';
  /** What the ratio must be about, in the same sentence (厕位|蹲位|便器 …). */
  subject: Pattern[];
  /** Minimum female/male ratio. */
  min: number;
  /** A higher minimum where the text is about one of these (人流量较大, 交通枢纽 …), looked for in `elevatedScope`. */
  elevated?: { any: Pattern[]; scope: Scope; min: number };
}

/** Women's share of a body (村委会 …): a percentage, fraction or counts compared with a floor or target. */
export interface ShareCheck extends CheckBase {
  type: 'share';
  /** The body the share is about, in the same sentence. */
  subject: Pattern[];
  /** Minimum share of women (0..1). */
  min: number;
  /** When the plan says "左右" (about), the tolerance below `min` that still passes. */
  tolerance?: number;
}

/**
 * A quantitative target the plans fix (孕产妇死亡率 ≤ 8.2/10万, 筛查率 ≥ 80% …): the first number after the
 * indicator, in the same clause, is compared with a floor (`min`) or a ceiling (`max`).
 */
export interface ValueCheck extends CheckBase {
  type: 'value';
  /** The indicator, in the same clause as the number. */
  subject: Pattern[];
  /** percent: 0..1 (90% → 0.9); per100k: "8.2/10万" → 8.2; number: a plain count or amount. */
  unit: 'percent' | 'per100k' | 'number';
  min?: number;
  max?: number;
}

/** A required element: when the document is of `docType`, one of `present` must occur somewhere. */
export interface RequiredCheck {
  type: 'required';
  /** Document type detection: all conditions must hold at document scope. */
  docType: { id: string; any: Pattern[]; minHits?: number };
  /** Any of these present in the document satisfies the requirement. */
  present: Pattern[];
  triggers?: string[];
}

export type Check = PatternCheck | ColumnCheck | RatioCheck | ShareCheck | ValueCheck | RequiredCheck;

export interface Rule {
  id: string;
  domain: Domain;
  kind: Kind;
  severity: Severity;
  /** Language of the texts the rule reads. */
  lang: Lang;
  title: Text2;
  check: Check;
  message: Text2;
  suggestion?: Text2;
  basis: Basis[];
  /** Catalogue requirement ids the rule checks (e.g. "EC-01"; research/seed-rules.md §2.1), for RULES.md. */
  requirement?: string[];
  /** Region profiles the rule applies to: "*" for all, or profile ids ("baseline", "000" …). */
  profiles: string[];
  examples: { flag: string[]; pass: string[] };
}

/** Per-rule parameter overrides a profile may set (thresholds only). */
export interface RuleParams {
  min?: number;
  max?: number;
  tolerance?: number;
  elevatedMin?: number;
}

export interface Profile {
  id: string;
  name: Text2;
  /** Seed plan file the profile follows; its basis entries are preferred in findings. */
  plan?: string;
  description: Text2;
  /** Rules switched off in this profile (in addition to rules whose `profiles` exclude it). */
  disable?: string[];
  params?: Record<string, RuleParams>;
}

export interface Finding {
  ruleId: string;
  kind: Kind;
  severity: Severity;
  /** JS string indices into the input text; text.slice(start, end) === quote. 0/0 and '' for missing elements. */
  start: number;
  end: number;
  quote: string;
  message: string;
  suggestion?: string;
  basis: Basis;
}

/** A document type detector: `minHits` distinct patterns must match the compact document. */
export interface DocTypeDef {
  id: string;
  name?: Text2;
  any: Pattern[];
  minHits?: number;
}

export interface ReviewOptions {
  rules: Rule[];
  profile?: Profile;
  /** Message language; default zh. */
  locale?: Lang;
  /** Rule ids turned off by the user. */
  disabled?: string[];
  /** Document types to detect and report (besides those required-element rules name). */
  docTypes?: DocTypeDef[];
}
