import { COLUMN_LABELS, headerFields, summaryLines, type Assessment } from './model.ts';

/** Escape Markdown inline syntax (and raw HTML) in text. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}

/** A table cell: escaped, line breaks as <br>, never empty. */
function cell(s: string): string {
  const t = mdEscape(s.trim()).replace(/\r?\n/g, '<br>');
  return t || ' ';
}

function paragraph(s: string): string {
  return s
    .split(/\r?\n/)
    .map((l) => mdEscape(l).replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3'))
    .join('  \n');
}

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

export function toMarkdown(a: Assessment): string {
  const out: string[] = [];
  out.push(`# ${mdEscape(a.title)}`, '');
  out.push(row(['项目', '内容']), row(['---', '---']));
  for (const [k, v] of headerFields(a)) out.push(row([cell(k), cell(v)]));
  out.push('', '## 一、总体情况', '');
  for (const l of summaryLines(a)) out.push(`- ${mdEscape(l)}`);
  out.push('', '## 二、逐条意见', '');
  if (a.clauses.length === 0) out.push('（无确认的问题条款）');
  else {
    out.push(row(['序号', ...COLUMN_LABELS]), row(['---:', '---', '---', '---', '---', '---']));
    for (const c of a.clauses) {
      out.push(row([String(c.no), cell(c.quote), cell(c.problem), cell(c.basis), cell(c.suggestion), cell(c.statusLabel)]));
    }
  }
  out.push('', '## 三、缺失要素核对', '');
  if (a.checklist.length === 0) out.push('（未发现缺失要素）');
  for (const c of a.checklist) {
    const extra = [
      c.basis ? `依据：${c.basis}` : '',
      c.suggestion ? `建议：${c.suggestion}` : '',
      c.reason ? `理由：${c.reason}` : '',
    ].filter(Boolean);
    out.push(`- [${c.done ? 'x' : ' '}] ${mdEscape(c.item)}（${mdEscape(c.statusLabel)}）${extra.length ? `<br>${extra.map(mdEscape).join('；')}` : ''}`);
  }
  out.push('', '## 四、评估结论', '');
  out.push(a.conclusion.trim() ? paragraph(a.conclusion.trim()) : '（待评估人填写）');
  out.push('');
  return out.join('\n');
}
