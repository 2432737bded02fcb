/** Word (.docx) rendering of the assessment with the `docx` package. Works in Node and in extension pages. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { COLUMN_LABELS, headerFields, summaryLines, type Assessment } from './model.ts';

const SERIF = '宋体';
const SANS = '黑体';
const LATIN = 'Times New Roman';

// A4 in twips (1/20 pt) and margins of about 2.5 cm / 2 cm.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1247, left: 1134, right: 1134 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Paragraphs for multi-line text (docx has no line breaks inside a run's text). */
function lines(text: string, opts: { size?: number; bold?: boolean; font?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph[] {
  const ls = text.split(/\r?\n/);
  return ls.map(
    (l) =>
      new Paragraph({
        alignment: opts.align,
        spacing: { after: 0, line: 300 },
        children: [
          new TextRun({
            text: l,
            bold: opts.bold,
            size: opts.size,
            font: opts.font ? { eastAsia: opts.font, ascii: LATIN, hAnsi: LATIN } : undefined,
          }),
        ],
      }),
  );
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, width: number, opts: { header?: boolean; center?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' } : undefined,
    children: lines(text, {
      size: 21, // 10.5 pt (五号)
      bold: opts.header,
      font: opts.header ? SANS : SERIF,
      align: opts.center || opts.header ? AlignmentType.CENTER : AlignmentType.LEFT,
    }),
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: 28, color: '000000', font: { eastAsia: SANS, ascii: LATIN, hAnsi: LATIN } })],
  });
}

function body(text: string): Paragraph[] {
  return lines(text, { size: 24, font: SERIF });
}

/** Render the assessment as a .docx file. */
export async function toDocx(a: Assessment): Promise<Uint8Array> {
  const infoWidths = [2000, CONTENT_WIDTH - 2000];
  const info = new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: infoWidths,
    layout: TableLayoutType.FIXED,
    rows: headerFields(a).map(
      ([k, v]) => new TableRow({ cantSplit: true, children: [cell(k, infoWidths[0], { header: true }), cell(v, infoWidths[1])] }),
    ),
  });

  // 序号 + the five columns.
  const w = [560, 2080, 1900, 1860, 1700];
  const clauseWidths = [...w, CONTENT_WIDTH - w.reduce((s, x) => s + x, 0)];
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: a.title, bold: true, size: 36, color: '000000', font: { eastAsia: SANS, ascii: LATIN, hAnsi: LATIN } })],
    }),
    info,
    heading('一、总体情况'),
    ...summaryLines(a).flatMap(body),
    heading('二、逐条意见'),
  ];
  if (a.clauses.length === 0) children.push(...body('（无确认的问题条款）'));
  else {
    children.push(
      new Table({
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: clauseWidths,
        layout: TableLayoutType.FIXED,
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: ['序号', ...COLUMN_LABELS].map((h, i) => cell(h, clauseWidths[i], { header: true })),
          }),
          ...a.clauses.map(
            (c) =>
              new TableRow({
                cantSplit: true,
                children: [
                  cell(String(c.no), clauseWidths[0], { center: true }),
                  cell(c.quote, clauseWidths[1]),
                  cell(c.problem, clauseWidths[2]),
                  cell(c.basis, clauseWidths[3]),
                  cell(c.suggestion, clauseWidths[4]),
                  cell(c.statusLabel, clauseWidths[5], { center: true }),
                ],
              }),
          ),
        ],
      }),
    );
  }
  children.push(heading('三、缺失要素核对'));
  if (a.checklist.length === 0) children.push(...body('（未发现缺失要素）'));
  for (const c of a.checklist) {
    const extra = [c.basis ? `依据：${c.basis}` : '', c.suggestion ? `建议：${c.suggestion}` : '', c.reason ? `理由：${c.reason}` : '']
      .filter(Boolean)
      .join('；');
    children.push(...body(`${c.done ? '☑' : '☐'} ${c.item}（${c.statusLabel}）${extra ? `\n${extra}` : ''}`));
  }
  children.push(heading('四、评估结论'));
  const concl = a.conclusion.trim();
  children.push(...body(concl || '（待评估人填写）'));
  children.push(
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    ...lines(`评估人：${a.doc.reviewer}\n${a.doc.date}`, { size: 24, font: SERIF, align: AlignmentType.RIGHT }),
  );

  const doc = new Document({
    title: a.title,
    creator: a.doc.reviewer || '性别平等评估助手',
    description: '性别平等评估意见',
    styles: {
      default: {
        document: { run: { size: 24, font: { ascii: LATIN, hAnsi: LATIN, eastAsia: SERIF } } },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
