/**
 * CSV export of notes (RFC 4180: comma separated, CRLF line ends, fields quoted when they contain a comma, quote,
 * CR or LF, quotes doubled), prefixed with a UTF-8 byte order mark so Excel opens the Chinese text correctly.
 *
 * Cells beginning with = + - @ (or a tab / CR) get a leading apostrophe so spreadsheet programs do not evaluate
 * text from a document as a formula.
 */
import { STATUS_LABELS, type DocRef, type Note } from './types.ts';

export const CSV_COLUMNS = [
  ['id', '编号'],
  ['docKey', '文档'],
  ['source', '来源'],
  ['exact', '原文'],
  ['prefix', '前文'],
  ['suffix', '后文'],
  ['start', '起始位置'],
  ['end', '结束位置'],
  ['body', '批注'],
  ['tags', '标签'],
  ['status', '状态'],
  ['statusCode', '状态代码'],
  ['reason', '理由'],
  ['reviewer', '评估人'],
  ['ruleId', '规则'],
  ['findingKey', '发现项'],
  ['created', '创建时间'],
  ['updated', '更新时间'],
] as const;

const BOM = '\uFEFF';

/** Quote one field per RFC 4180 (with the formula guard). */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
  notes: readonly Note[],
  docs: Record<string, DocRef> | Map<string, DocRef> = {},
  opts: { bom?: boolean } = {},
): string {
  const get = (k: string): DocRef | undefined => (docs instanceof Map ? docs.get(k) : Object.hasOwn(docs, k) ? docs[k] : undefined);
  const lines = [CSV_COLUMNS.map(([, zh]) => csvField(zh)).join(',')];
  for (const n of notes) {
    const row: Record<(typeof CSV_COLUMNS)[number][0], string | number | undefined> = {
      id: n.id,
      docKey: n.docKey,
      source: get(n.docKey)?.source ?? n.docKey,
      exact: n.quote.exact,
      prefix: n.quote.prefix,
      suffix: n.quote.suffix,
      start: n.position?.start,
      end: n.position?.end,
      body: n.body,
      tags: n.tags.join('；'),
      status: STATUS_LABELS[n.status].zh,
      statusCode: n.status,
      reason: n.reason,
      reviewer: n.reviewer,
      ruleId: n.ruleId,
      findingKey: n.findingKey,
      created: n.created,
      updated: n.updated,
    };
    lines.push(CSV_COLUMNS.map(([k]) => csvField(row[k])).join(','));
  }
  return (opts.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
