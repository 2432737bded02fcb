/**
 * Side panel, notes tab: this document's (or all) notes, live from IndexedDB; search and filters; edit; delete with
 * undo; orphans listed with their quote; progress of verdicts; export / import; the 评估意见 report.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { rules } from '../rules/index.ts';
import {
  filterNotes,
  NOTE_STATUSES,
  progressOf,
  rulesOf,
  sortNotes,
  tagsOf,
  updateNote,
  type Note,
  type NoteStatus,
} from '../lib/annotations/index.ts';
import type { PageState } from '../lib/ext/messages.ts';
import type { DocumentRecord, VerdictRecord } from '../lib/store/db.ts';
import type { Settings } from '../lib/store/settings.ts';
import { statusLabel, t, type Locale } from './i18n.ts';
import { deleteNotes, download, exportCsv, exportJson, fileStem, importAnnotations, restoreNotes, saveNote, store, today } from './notes-client.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { useLive } from './useLive.ts';
import { sendToTab } from './useTabState.ts';

export interface NotesTabProps {
  tabId: number | undefined;
  state: PageState | null;
  settings: Settings;
}

interface Toast {
  text: string;
  undo?: Note[];
}

const ruleTitle = (id: string, L: Locale) => rules.find((r) => r.id === id)?.title[L] ?? id;

export function openReport(docKey: string): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}?doc=${encodeURIComponent(docKey)}` });
}

export function NotesTab({ tabId, state, settings }: NotesTabProps) {
  const L = settings.locale;
  const docKey = state?.docKey ?? '';
  // null: follow the page (this document when the page is reachable, else all documents)
  const [scope, setScope] = useState<'doc' | 'all' | null>(null);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<NoteStatus | ''>('');
  const [tag, setTag] = useState('');
  const [rule, setRule] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const fileRef = useRef<HTMLInputElement>(null);
  const effScope = docKey ? (scope ?? 'doc') : 'all';

  const notes = useLive<Note[]>(
    () => (effScope === 'doc' ? store().notesFor(docKey) : store().allNotes()),
    [effScope, docKey],
    [],
  );
  const docs = useLive<DocumentRecord[]>(() => store().documents(), [], []);
  const verdicts = useLive<VerdictRecord[]>(() => store().allVerdicts(), [], []);

  const placed = useMemo(() => new Map((state?.placedNotes ?? []).map((p, i) => [p.id, i] as const)), [state]);
  const method = useMemo(() => new Map((state?.placedNotes ?? []).map((p) => [p.id, p.method] as const)), [state]);
  const orphanIds = useMemo(() => new Set(state?.orphanNotes ?? []), [state]);
  const shown = sortNotes(filterNotes(notes, { q, status, tag, ruleId: rule }), placed);
  const orphans = shown.filter((n) => n.docKey === docKey && orphanIds.has(n.id));
  const main = shown.filter((n) => !(n.docKey === docKey && orphanIds.has(n.id)));
  const tags = tagsOf(notes);
  const ruleIds = rulesOf(notes);
  const docByKey = new Map(docs.map((d) => [d.key, d]));

  // Progress of this document: the findings on the page now (their verdicts live in the page state).
  const located = (state?.findings ?? []).filter((f) => f.kind !== 'missing' && f.source === 'page');
  const pageProgress = progressOf(
    located.map((f) => f.key),
    located.flatMap((f) => (f.verdict ? [{ findingKey: f.key, status: f.verdict.status }] : [])),
  );

  const say = (text: string, undo?: Note[]) => setToast({ text, undo });

  const remove = async (ids: string[]) => {
    try {
      const gone = await deleteNotes(ids);
      if (editing && ids.includes(editing)) setEditing(null);
      say(t(L, 'deletedN', { n: gone.length }), gone);
    } catch (e) {
      say(t(L, 'actionFailed') + String((e as Error)?.message ?? e));
    }
  };

  const undo = async () => {
    if (!toast?.undo) return;
    await restoreNotes(toast.undo);
    setToast(null);
  };

  const exportAs = (kind: 'json' | 'csv') => {
    const list = sortNotes(notes);
    const stem = effScope === 'doc' ? fileStem(docByKey.get(docKey)?.title || docKey) : 'all';
    const name = `性别平等评估批注-${stem}-${today()}.${kind}`;
    if (kind === 'json') download(name, exportJson(list, docs), 'application/json');
    else download(name, exportCsv(list, docs), 'text/csv;charset=utf-8');
  };

  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setErrors([]);
    try {
      const r = await importAnnotations(await file.text());
      if (!r.ok) setErrors(r.errors);
      else say(t(L, 'importOk', { a: r.added, u: r.updated, s: r.unchanged }));
    } catch (err) {
      setErrors([String((err as Error)?.message ?? err)]);
    }
  };

  const goto = (n: Note) => {
    if (tabId !== undefined) sendToTab(tabId, { type: 'open-note', id: n.id }).catch(() => {});
  };

  const item = (n: Note, orphan: boolean) => {
    const isHere = n.docKey === docKey;
    const d = docByKey.get(n.docKey);
    return (
      <li class={`note-item st-${n.status} ${orphan ? 'orphan' : ''}`} data-id={n.id} data-state={orphan ? 'orphan' : isHere && placed.has(n.id) ? 'placed' : 'other'}>
        <div class="head">
          <span class={`stat st-${n.status}`}>{statusLabel(n.status, L)}</span>
          {orphan && <span class="stat orphan-badge">{t(L, 'orphanBadge')}</span>}
          {method.get(n.id) === 'fuzzy' && <span class="muted small">{t(L, 'fuzzyBadge')}</span>}
          {n.ruleId && <span class="muted small">{ruleTitle(n.ruleId, L)}</span>}
        </div>
        <blockquote class="q">
          {orphan && n.quote.prefix && <span class="ctx">…{n.quote.prefix.slice(-16)}</span>}
          <mark>{n.quote.exact}</mark>
          {orphan && n.quote.suffix && <span class="ctx">{n.quote.suffix.slice(0, 16)}…</span>}
        </blockquote>
        {n.body && <p class="body">{n.body}</p>}
        {n.reason && (
          <p class="small">
            {t(L, 'reason')}：{n.reason}
          </p>
        )}
        {(n.tags.length > 0 || effScope === 'all') && (
          <p class="small muted">
            {n.tags.map((x) => (
              <span class="tag">#{x} </span>
            ))}
            {effScope === 'all' && <span title={n.docKey}>{d?.title || n.docKey}</span>}
          </p>
        )}
        <div class="row-buttons">
          {isHere && !orphan && placed.has(n.id) && (
            <button type="button" data-act="goto" onClick={() => goto(n)}>
              {t(L, 'goto')}
            </button>
          )}
          <button type="button" data-act="edit" aria-expanded={editing === n.id} onClick={() => setEditing(editing === n.id ? null : n.id)}>
            {t(L, 'edit')}
          </button>
          <button type="button" data-act="delete" onClick={() => remove([n.id])}>
            {t(L, 'delete')}
          </button>
        </div>
        {editing === n.id && (
          <NoteEditor
            idPrefix={`ed-${n.id}`}
            locale={L}
            autoFocus
            initial={{ body: n.body, tags: n.tags, status: n.status, reason: n.reason }}
            onSave={async (dft) => {
              const cur = (await store().note(n.id)) ?? n;
              await saveNote(updateNote(cur, { body: dft.body, tags: dft.tags, status: dft.status, reason: dft.reason }));
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </li>
    );
  };

  return (
    <div class="notes-tab">
      <div class="chips" role="group" aria-label={t(L, 'tabNotes')}>
        <button type="button" aria-pressed={effScope === 'doc'} disabled={!docKey} onClick={() => setScope('doc')} data-testid="scope-doc">
          {t(L, 'notesThisDoc')}
        </button>
        <button type="button" aria-pressed={effScope === 'all'} onClick={() => setScope('all')} data-testid="scope-all">
          {t(L, 'notesAll')}
        </button>
      </div>

      {effScope === 'doc' && state && (
        <div class="progress" data-testid="progress">
          <label>
            {t(L, 'progress', { d: pageProgress.decided, n: pageProgress.total })}
            <progress max={pageProgress.total || 1} value={pageProgress.decided} />
          </label>
          <span class="small muted">
            {(['confirmed', 'false-positive', 'fixed'] as const).map((s) => `${statusLabel(s, L)} ${pageProgress.byStatus[s]}`).join(' · ')}
          </span>
        </div>
      )}
      {effScope === 'all' && docs.length > 0 && (
        <details class="docs">
          <summary>
            {t(L, 'documents')} {docs.length}
          </summary>
          <ul>
            {docs.map((d) => {
              const p = progressOf(d.findingKeys, verdicts.filter((v) => v.docKey === d.key));
              return (
                <li>
                  <span title={d.url}>{d.title || d.key}</span>{' '}
                  <span class="small muted">
                    {t(L, 'progress', { d: p.decided, n: p.total })} · {t(L, 'lastSeen')} {new Date(d.lastSeen).toLocaleDateString()}
                  </span>{' '}
                  <button type="button" class="small" onClick={() => openReport(d.key)}>
                    {t(L, 'report')}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}

      <div class="filters">
        <input type="search" placeholder={t(L, 'search')} aria-label={t(L, 'search')} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} data-testid="note-search" />
        <select aria-label={t(L, 'status')} value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as NoteStatus | '')} data-testid="note-status">
          <option value="">{t(L, 'allStatuses')}</option>
          {NOTE_STATUSES.map((s) => (
            <option value={s}>{statusLabel(s, L)}</option>
          ))}
        </select>
        <select aria-label={t(L, 'allTags')} value={tag} onChange={(e) => setTag((e.target as HTMLSelectElement).value)} data-testid="note-tag">
          <option value="">{t(L, 'allTags')}</option>
          {tags.map(([x, c]) => (
            <option value={x}>
              {x} ({c})
            </option>
          ))}
        </select>
        <select aria-label={t(L, 'allRules')} value={rule} onChange={(e) => setRule((e.target as HTMLSelectElement).value)} data-testid="note-rule">
          <option value="">{t(L, 'allRules')}</option>
          {ruleIds.map(([x, c]) => (
            <option value={x}>
              {ruleTitle(x, L)} ({c})
            </option>
          ))}
        </select>
      </div>

      <div class="buttons">
        <button type="button" onClick={() => exportAs('json')} disabled={!notes.length} data-testid="export-json">
          {t(L, 'exportJson')}
        </button>
        <button type="button" onClick={() => exportAs('csv')} disabled={!notes.length} data-testid="export-csv">
          {t(L, 'exportCsv')}
        </button>
        <button type="button" onClick={() => fileRef.current?.click()} data-testid="import">
          {t(L, 'importNotes')}
        </button>
        <input ref={fileRef} type="file" accept=".json,.jsonld,application/json,application/ld+json" hidden onChange={onImport} data-testid="import-file" />
        {docKey && (
          <button type="button" onClick={() => openReport(docKey)} data-testid="open-report">
            {t(L, 'report')}
          </button>
        )}
        {effScope === 'doc' && notes.length > 0 && (
          <button type="button" onClick={() => remove(notes.map((n) => n.id))} data-testid="clear-doc">
            {t(L, 'clearDoc')}
          </button>
        )}
      </div>

      {errors.length > 0 && (
        <div class="errors" role="alert" data-testid="import-errors">
          <p>
            <strong>{t(L, 'importBad')}</strong>
          </p>
          <ul>
            {errors.slice(0, 20).map((e) => (
              <li>{e}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setErrors([])}>
            {t(L, 'close')}
          </button>
        </div>
      )}
      {toast && (
        <p class="toast-line" role="status" data-testid="notes-status">
          {toast.text}{' '}
          {toast.undo && (
            <button type="button" onClick={undo} data-testid="undo">
              {t(L, 'undo')}
            </button>
          )}
        </p>
      )}

      {notes.length === 0 && <p class="muted">{t(L, 'noNotes')}</p>}
      {notes.length > 0 && shown.length === 0 && <p class="muted">{t(L, 'noMatch')}</p>}
      <ol class="notes" data-testid="notes">
        {main.map((n) => item(n, false))}
      </ol>
      {orphans.length > 0 && (
        <section class="orphans" aria-labelledby="orph-h" data-testid="orphans">
          <h3 id="orph-h">{t(L, 'orphans', { n: orphans.length })}</h3>
          <p class="small muted">{t(L, 'orphanHelp')}</p>
          <ol class="notes">{orphans.map((n) => item(n, true))}</ol>
        </section>
      )}
    </div>
  );
}
