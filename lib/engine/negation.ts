/**
 * Negation and exemption scope. A discriminatory phrase is not a finding when the text forbids, removes or
 * criticises it (不得限定男性, 消除…男性优先, “限男性”的做法属于就业歧视), when the clause says the sex does not
 * matter (性别不限, 男女不限), or when the sentence carries a statutory exception (除国家另有规定外).
 *
 * Only words *outside* the match count: in 合同期内不得怀孕 the 不得 is part of the violation.
 */

/** Negators that govern what follows them in the same clause. */
const PRE_NEGATORS =
  /(?:不得|不准|不应当?|不能|不可以?|不允许|不许|禁止|严禁|杜绝|消除|反对|抵制|破除|防止|避免|纠正|查处|惩处|整治|打击|不因|不以|不将|不把|不作为|不存在|摒弃|废除|废止|清理|清除|坚决制止|制止|依法处理|不予认可|不再将|删除|删去|去除|撤销|撤下|取消|不安排|不得安排|不会安排)/u;

/**
 * Negators right before the match ("不限男性" would be caught as 不+限男性) or shortly after it
 * ("…男性优先的做法予以纠正", "…属于就业性别歧视").
 */
const POST_NEGATION =
  /^.{0,12}?(?:的?(?:做法|行为|现象|规定|条款|情形|要求|内容|表述|字样|信息))?.{0,6}?(?:应当?予以|予以|一律|必须|要)?(?:纠正|禁止|查处|清理|废止|删除|取消|整改|制止|约谈|处罚|不予)|^.{0,16}?(?:属于|构成|涉嫌|视为|认定为|是)(?:就业)?(?:性别)?歧视|^.{0,10}?(?:等)?(?:就业)?性别歧视(?:行为|现象|问题)/u;

/** The clause states that sex does not matter. */
const SEX_NEUTRAL = /(?:不限性别|性别不限|男女不限|不限男女|男女均可|男女皆可|不分男女|男女兼收|性别无要求|对性别无要求|不设性别|性别:不限|性别:男女|男女均?可报|男女同等)/u;

/** Sentence-level statutory exception. */
const EXCEPTION =
  /(?:除国家(?:另有)?规定(?:的[^，,。；;]{0,30})?(?:外|以外)|国家规定的?(?:不适合妇女|女职工禁忌)|按(?:照)?国家(?:有关)?规定执行)/u;

/** Reported speech: a quoted phrase in a sentence about enforcement or criticism. */
const REPORTING = /(?:约谈|查处|处罚|曝光|通报|举报|投诉|整改|违法|歧视|案例|责令|罚款|典型案|警示|叫停|纠正|核实|经查|查实|获悉|被.{0,6}(?:修改|撤下|废止))/u;
const OPEN_QUOTES = '“‘「『"\'《';
const CLOSE_QUOTES = '”’」』"\'》';

export interface NegationContext {
  /** Compact text of the clause, and the match's start/end inside it. */
  clause: string;
  mStart: number;
  mEnd: number;
  /** Compact text of the sentence, and the match's start/end inside it. */
  sentence: string;
  sStart: number;
  sEnd: number;
}

function insideQuotes(s: string, start: number, end: number): boolean {
  // The nearest opening quote before start is not closed before start, and a closing quote follows end.
  for (let i = start - 1; i >= 0 && i >= start - 40; i--) {
    const ch = s[i];
    const ci = CLOSE_QUOTES.indexOf(ch);
    const oi = OPEN_QUOTES.indexOf(ch);
    if (oi >= 0 && (ch !== '"' && ch !== "'" ? true : countBefore(s, i, ch) % 2 === 0)) {
      const close = CLOSE_QUOTES[oi];
      const j = s.indexOf(close, end);
      return j >= 0 && j - end <= 40;
    }
    if (ci >= 0 && ch !== '"' && ch !== "'") return false;
  }
  return false;
}

function countBefore(s: string, i: number, ch: string): number {
  let n = 0;
  for (let k = 0; k < i; k++) if (s[k] === ch) n++;
  return n;
}

/** True when the match is negated, exempted or reported rather than asserted. */
export function isNegated(x: NegationContext): boolean {
  const before = x.clause.slice(0, x.mStart);
  if (PRE_NEGATORS.test(before)) return true;
  // 不 directly before the match: 不限男性, 不要求男性
  if (/不(?:要求|限定?|规定|设置?|需要?|必须)?$/u.test(before) && before.length > 0 && before.endsWith('不')) return true;
  if (/不(?:要求|限定?|规定|设置?|需要?|必须)$/u.test(before)) return true;
  const after = x.clause.slice(x.mEnd);
  if (POST_NEGATION.test(after)) return true;
  if (SEX_NEUTRAL.test(x.clause)) return true;
  if (EXCEPTION.test(x.sentence)) return true;
  if (insideQuotes(x.sentence, x.sStart, x.sEnd) && REPORTING.test(x.sentence)) return true;
  return false;
}

/** A lead-in that forbids what the following list says: 用人单位…不得实施下列行为：(一)… */
const LIST_LEAD = /(?:不得|不准|不应当?|不能|禁止|严禁|杜绝|不允许|不许)[^。]{0,40}(?:下列|以下|如下)[^。]{0,12}:$/u;
const INLINE_LEAD = /(?:不得|不准|不应当?|不能|禁止|严禁|杜绝|不允许|不许)[^。]{0,40}(?:下列|以下|如下)[^。]{0,12}:[^。]*$/u;
const LIST_ITEM = /^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、]|[①-⑳])/u;

/** Paragraph indices (in order) that are items of a list introduced by a forbidding lead-in. */
export function forbiddenListParagraphs(paras: string[]): Set<number> {
  const out = new Set<number>();
  let inList = false;
  for (let i = 0; i < paras.length; i++) {
    const t = paras[i];
    if (inList && LIST_ITEM.test(t)) {
      out.add(i);
      if (LIST_LEAD.test(t)) continue;
      continue;
    }
    inList = LIST_LEAD.test(t);
  }
  return out;
}

/** The paragraph text before the match forbids an inline list the match belongs to. */
export function inForbiddenInlineList(paraPrefix: string): boolean {
  return INLINE_LEAD.test(paraPrefix);
}

/** A news report (本报讯, 记者 …): quoted or reported wording in it describes violations, it does not commit them. */
const NEWS = /本报讯|本报记者|[(（]记者|记者[^,;。]{0,8}(?:报道|获悉|了解到|采访|摄)|通讯员|新华社|日电|中新网|据报道|报道称|来源:/u;
export function looksLikeNews(head: string): boolean {
  return NEWS.test(head);
}
