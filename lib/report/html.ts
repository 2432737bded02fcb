import { COLUMN_LABELS, headerFields, summaryLines, type Assessment } from './model.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const SERIF =
  '"FangSong", "仿宋", "STFangsong", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif';
const SANS =
  '"SimHei", "黑体", "Heiti SC", "PingFang SC", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", sans-serif';

const CSS = `
@page { size: A4 portrait; margin: 25mm 20mm 22mm 20mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${SERIF}; font-size: 12pt; line-height: 1.6; color: #000; background: #fff; margin: 0; }
main { max-width: 170mm; margin: 0 auto; }
h1 { font-family: ${SANS}; font-size: 18pt; font-weight: bold; text-align: center; margin: 0 0 1em; }
h2 { font-family: ${SANS}; font-size: 14pt; font-weight: bold; margin: 1.2em 0 0.5em; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
th, td { border: 0.75pt solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; font-size: 10.5pt; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere; }
th { font-family: ${SANS}; font-weight: bold; background: #f0f0f0; text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.info th { width: 9em; text-align: left; }
table.clauses td.no, table.clauses td.status { text-align: center; white-space: nowrap; }
col.no { width: 2.5em; } col.quote { width: 24%; } col.problem { width: 22%; } col.basis { width: 22%; } col.suggestion { width: 19%; } col.status { width: 5em; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { margin: 0.3em 0; padding-left: 1.6em; text-indent: -1.6em; }
.muted { color: #444; font-size: 10.5pt; }
.conclusion { white-space: pre-wrap; min-height: 6em; }
.conclusion.blank { border-bottom: 0.75pt solid #000; min-height: 10em; }
.signature { margin-top: 2.5em; text-align: right; }
@media screen { body { padding: 2em 1em; background: #eee; } main { background: #fff; padding: 20mm; box-shadow: 0 0 4px #999; } }
`;

/** A standalone, printable HTML page (A4). All document and reviewer text is escaped. */
export function toHtml(a: Assessment): string {
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(a.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${e(a.title)}</h1>`,
    '<table class="info"><tbody>',
  );
  for (const [k, v] of headerFields(a)) parts.push(`<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`);
  parts.push('</tbody></table>', '<h2>一、总体情况</h2>');
  for (const l of summaryLines(a)) parts.push(`<p>${e(l)}</p>`);
  parts.push('<h2>二、逐条意见</h2>');
  if (a.clauses.length === 0) parts.push('<p>（无确认的问题条款）</p>');
  else {
    parts.push(
      '<table class="clauses">',
      '<colgroup><col class="no"><col class="quote"><col class="problem"><col class="basis"><col class="suggestion"><col class="status"></colgroup>',
      `<thead><tr><th>序号</th>${COLUMN_LABELS.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
    );
    for (const c of a.clauses) {
      parts.push(
        `<tr><td class="no">${c.no}</td><td>${e(c.quote)}</td><td>${e(c.problem)}</td><td>${e(c.basis)}</td><td>${e(c.suggestion)}</td><td class="status">${e(c.statusLabel)}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('<h2>三、缺失要素核对</h2>');
  if (a.checklist.length === 0) parts.push('<p>（未发现缺失要素）</p>');
  else {
    parts.push('<ul class="checklist">');
    for (const c of a.checklist) {
      const extra = [
        c.basis ? `依据：${c.basis}` : '',
        c.suggestion ? `建议：${c.suggestion}` : '',
        c.reason ? `理由：${c.reason}` : '',
      ].filter(Boolean);
      parts.push(
        `<li>${c.done ? '☑' : '☐'} ${e(c.item)}（${e(c.statusLabel)}）${extra.length ? `<br><span class="muted">${e(extra.join('；'))}</span>` : ''}</li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push('<h2>四、评估结论</h2>');
  const concl = a.conclusion.trim();
  parts.push(concl ? `<div class="conclusion">${e(concl)}</div>` : '<div class="conclusion blank"></div>');
  parts.push(
    `<p class="signature">评估人：${e(a.doc.reviewer)}<br>${e(a.doc.date)}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  );
  return parts.join('\n');
}
