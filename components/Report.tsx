/**
 * The 评估意见 draft for one document: header, summary, clause table (条款原文 · 问题 · 依据 · 修改建议 · 处理情况)
 * from confirmed findings and notes, the missing-elements checklist, and the reviewer's conclusion (saved as typed).
 * Prints to PDF from the browser (print CSS) and exports Markdown and .docx (lib/report).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getProfile } from '../rules/index.ts';
import { matchVerdicts, type Note } from '../lib/annotations/index.ts';
import type { ReviewResult } from '../lib/ext/messages.ts';
import { buildAssessment, COLUMN_LABELS, headerFields, summaryLines, toDocx, toMarkdown, type Assessment } from '../lib/report/index.ts';
import type { DocumentRecord, VerdictRecord } from '../lib/store/db.ts';
import { updateSettings, type Settings } from '../lib/store/settings.ts';
import { planTitlesZh } from './i18n.ts';
import { download, fileStem, store, today } from './notes-client.ts';
import { useLive } from './useLive.ts';

type Load = { state: 'loading' } | { state: 'missing' } | { state: 'error'; message: string } | { state: 'ready'; result: ReviewResult; text: string };

export function Report({ docKey, settings }: { docKey: string; settings: Settings }) {
  const doc = useLive<DocumentRecord | null | undefined>(async () => (docKey ? (await store().document(docKey)) ?? null : null), [docKey], undefined);
  const notes = useLive<Note[]>(() => store().notesFor(docKey), [docKey], []);
  const verdicts = useLive<VerdictRecord[]>(() => store().verdictsFor(docKey), [docKey], []);
  const docs = useLive<DocumentRecord[]>(() => store().documents(), [], []);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [conclusion, setConclusion] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<'' | 'saving' | 'saved' | 'error'>('');
  const [msg, setMsg] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reviewerTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [reviewer, setReviewer] = useState(settings.reviewer);
  const [organisation, setOrganisation] = useState(settings.organisation);
  const date = useMemo(() => today(), []);

  // Findings: the engine run again (in the background) on the stored text, in Chinese, with the user's decisions.
  useEffect(() => {
    if (doc === undefined) return;
    if (doc === null) {
      setLoad({ state: 'missing' });
      return;
    }
    let live = true;
    (async () => {
      const text = await store().documentText(docKey);
      if (text === undefined) return setLoad({ state: 'missing' });
      const r = (await browser.runtime.sendMessage({ type: 'report-findings', docKey })) as ReviewResult | { error: string };
      if (!live) return;
      if (!r || 'error' in r) setLoad(r && (r as { error: string }).error === 'no-text' ? { state: 'missing' } : { state: 'error', message: String((r as { error?: string })?.error ?? 'no answer') });
      else setLoad({ state: 'ready', result: r, text });
    })().catch((e) => live && setLoad({ state: 'error', message: String(e?.message ?? e) }));
    return () => {
      live = false;
    };
  }, [doc?.textHash, doc === null, settings.profileId]);

  // The conclusion box starts from what was saved, once; after that the reviewer's typing wins.
  useEffect(() => {
    if (doc && conclusion === null) setConclusion(doc.conclusion ?? '');
  }, [doc]);

  const saveConclusion = async (text: string) => {
    setSaveState('saving');
    try {
      await store().setConclusion(docKey, text);
      setSaveState('saved');
    } catch {
      setSaveState('error');
    }
  };
  const onConclusion = (text: string) => {
    setConclusion(text);
    setSaveState('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveConclusion(text), 500);
  };
  // Nothing lost: save pending text when the page is closed.
  useEffect(() => {
    const flush = () => {
      if (timer.current && conclusion !== null) {
        clearTimeout(timer.current);
        void store().setConclusion(docKey, conclusion);
      }
    };
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, [conclusion, docKey]);

  const onPerson = (field: 'reviewer' | 'organisation', v: string) => {
    if (field === 'reviewer') setReviewer(v);
    else setOrganisation(v);
    if (reviewerTimer.current) clearTimeout(reviewerTimer.current);
    reviewerTimer.current = setTimeout(() => void updateSettings({ [field]: v }), 400);
  };

  const assessment: Assessment | null = useMemo(() => {
    if (!doc || load.state !== 'ready') return null;
    const profile = getProfile(settings.profileId);
    const page = load.result.findings.filter((f) => f.source === 'page');
    // verdicts follow findings whose key changed with an edit just before them (see matchVerdicts)
    const matched = matchVerdicts(
      verdicts,
      page.filter((f) => f.kind !== 'missing').map((f) => ({ key: f.key, ruleId: f.ruleId, quote: f.quote })),
    );
    const carried = [...matched].map(([key, v]) => (v.findingKey === key ? v : { ...v, findingKey: key }));
    const kept = verdicts.filter((v) => ![...matched.values()].includes(v));
    return buildAssessment({
      doc: {
        title: doc.title || doc.file || doc.key,
        ...(doc.kind === 'file' ? { file: doc.file ?? doc.url } : { url: doc.url }),
        profile: profile ? `${profile.name.zh}（${profile.id}）` : settings.profileId,
        reviewer: reviewer || '（未填写）',
        date,
        ...(organisation ? { organisation } : {}),
      },
      text: load.text,
      findings: page,
      missing: [],
      verdicts: [...carried, ...kept],
      notes,
      conclusion: conclusion ?? doc.conclusion ?? '',
      planTitles: planTitlesZh(),
    });
  }, [doc, load, verdicts, notes, conclusion, reviewer, organisation, settings.profileId]);

  const exportMd = () => {
    if (!assessment) return;
    download(`${fileStem(assessment.title)}-${date}.md`, toMarkdown(assessment), 'text/markdown;charset=utf-8');
    setMsg('已导出 Markdown。');
  };
  const exportDocx = async () => {
    if (!assessment) return;
    try {
      const bytes = await toDocx(assessment);
      download(`${fileStem(assessment.title)}-${date}.docx`, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      setMsg('已导出 Word 文档（.docx）。');
    } catch (e) {
      setMsg(`导出失败：${String((e as Error)?.message ?? e)}`);
    }
  };

  if (!docKey || doc === null || load.state === 'missing') {
    return (
      <main class="report-page">
        <h1>性别平等评估意见</h1>
        <p class="notice" role="status">
          {docKey ? '未找到该文档的文本：请先在浏览器中打开并扫描它，再生成评估意见。' : '请选择要生成评估意见的文档：'}
          <span class="en">{docKey ? ' The document text was not found: open and scan it first.' : ' Choose a document:'}</span>
        </p>
        <ul data-testid="doc-list">
          {docs.map((d) => (
            <li>
              <a href={`?doc=${encodeURIComponent(d.key)}`}>{d.title || d.key}</a> <span class="muted">{d.url}</span>
            </li>
          ))}
        </ul>
      </main>
    );
  }
  if (load.state === 'error') {
    return (
      <main class="report-page">
        <p class="notice" role="alert">
          生成评估意见时出错 / Could not build the report: {load.message}
        </p>
      </main>
    );
  }
  if (!assessment || !doc) return <main class="report-page" aria-busy="true">正在生成… / Building…</main>;

  const a = assessment;
  return (
    <>
      <div class="toolbar" role="toolbar" aria-label="评估意见操作 / Report actions">
        <button type="button" class="primary" onClick={() => print()} data-testid="print">
          打印 / 存为 PDF
        </button>
        <button type="button" onClick={exportMd} data-testid="export-md">
          导出 Markdown
        </button>
        <button type="button" onClick={exportDocx} data-testid="export-docx">
          导出 Word（.docx）
        </button>
        <label>
          评估人{' '}
          <input type="text" value={reviewer} onInput={(e) => onPerson('reviewer', (e.target as HTMLInputElement).value)} data-testid="reviewer" placeholder="姓名 / Name" />
        </label>
        <label>
          评估单位{' '}
          <input type="text" value={organisation} onInput={(e) => onPerson('organisation', (e.target as HTMLInputElement).value)} placeholder="（可选）" />
        </label>
        <span role="status" class="muted">
          {msg}
        </span>
      </div>
      <main class="report" data-testid="report">
        <h1>{a.title}</h1>
        <table class="info">
          <tbody>
            {headerFields(a).map(([k, v]) => (
              <tr>
                <th scope="row">{k}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>一、总体情况</h2>
        <div data-testid="summary">
          {summaryLines(a).map((l) => (
            <p>{l}</p>
          ))}
        </div>
        <h2>二、逐条意见</h2>
        {a.clauses.length === 0 ? (
          <p class="muted">（尚无确认的问题条款：在问题卡片中点“确认问题”或“已修改”，或添加状态为“确认问题”的批注。）</p>
        ) : (
          <table class="clauses" data-testid="clauses">
            <colgroup>
              <col class="no" />
              <col class="quote" />
              <col class="problem" />
              <col class="basis" />
              <col class="suggestion" />
              <col class="status" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">序号</th>
                {COLUMN_LABELS.map((c) => (
                  <th scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.clauses.map((c) => (
                <tr data-key={c.findingKey ?? c.noteIds.join(' ')} data-source={c.source}>
                  <td class="no">{c.no}</td>
                  <td>{c.quote}</td>
                  <td class="pre">{c.problem}</td>
                  <td>{c.basis}</td>
                  <td>{c.suggestion}</td>
                  <td class="status">{c.statusLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>三、缺失要素核对</h2>
        {a.checklist.length === 0 ? (
          <p>（未发现缺失要素）</p>
        ) : (
          <ul class="checklist" data-testid="checklist">
            {a.checklist.map((c) => (
              <li>
                <span aria-hidden="true">{c.done ? '☑' : '☐'}</span> {c.item}（{c.statusLabel}）
                {(c.basis || c.suggestion || c.reason) && (
                  <div class="muted">
                    {[c.basis ? `依据：${c.basis}` : '', c.suggestion ? `建议：${c.suggestion}` : '', c.reason ? `理由：${c.reason}` : ''].filter(Boolean).join('；')}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <h2>
          <label for="conclusion">四、评估结论</label>
        </h2>
        <textarea
          id="conclusion"
          class="conclusion-input"
          rows={8}
          value={conclusion ?? ''}
          placeholder="由评估人填写：总体评价、是否建议修改后发布、需重点修改的条款等。/ Written by the reviewer."
          onInput={(e) => onConclusion((e.target as HTMLTextAreaElement).value)}
          onBlur={() => {
            if (timer.current) {
              clearTimeout(timer.current);
              timer.current = undefined;
              void saveConclusion(conclusion ?? '');
            }
          }}
          data-testid="conclusion"
        />
        <div class={`conclusion-print ${conclusion?.trim() ? '' : 'blank'}`}>{conclusion}</div>
        <p class="save-state muted" role="status" data-testid="save-state">
          {saveState === 'saving' ? '正在保存…' : saveState === 'saved' ? '结论已保存 / Saved' : saveState === 'error' ? '保存失败 / Not saved' : ''}
        </p>
        <p class="signature">
          评估人：{a.doc.reviewer}
          <br />
          {a.doc.date}
        </p>
      </main>
    </>
  );
}
