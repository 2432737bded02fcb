/**
 * Background side of a review: runs the engine off the page's main thread (so a 1 MB regulation never
 * freezes the page), applies the user's decisions from the store, and adds rule metadata for the UI.
 */
import { analyze } from '../engine/review.ts';
import '../engine/english-nlp.ts'; // compromise-backed pronoun resolution for English rules (background only)
import type { Finding, Rule } from '../engine/types.ts';
import { docTypeList, getProfile, profiles, rules as allRules } from '../../rules/index.ts';
import { pageKey, Store } from '../store/db.ts';
import type { Settings } from '../store/settings.ts';
import type { DocTypeInfo, ReviewResult, UIFinding } from './messages.ts';
import { docTypeLabel } from '../../components/i18n.ts';
import { findingKey } from '../report/model.ts';

const byId = new Map<string, Rule>();
function ruleOf(id: string): Rule | undefined {
  if (byId.size !== allRules.length) {
    byId.clear();
    for (const r of allRules) byId.set(r.id, r);
  }
  return byId.get(id);
}

export function enrich(f: Finding, locale: 'zh' | 'en', i: number, source: 'page' | 'field' = 'page', key = ''): UIFinding {
  const rule = ruleOf(f.ruleId);
  return {
    key,
    id: `${source}:${f.ruleId}:${f.start}:${f.end}:${i}`,
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    domain: rule?.domain ?? '',
    title: rule ? rule.title[locale] : f.ruleId,
    start: f.start,
    end: f.end,
    quote: f.quote,
    message: f.message,
    suggestion: f.suggestion,
    basis: f.basis,
    source,
  };
}

/** Key for what a review covers: the page itself, or one of its text fields. */
export function storeKey(url: string, scope: string): string {
  const p = pageKey(url);
  return scope === 'page' ? p : `${p}#${scope}`;
}

export async function runReview(
  store: Store,
  settings: Settings,
  text: string,
  url: string,
  scope: string,
  opts: { locale?: 'zh' | 'en'; title?: string; record?: boolean } = {},
): Promise<ReviewResult> {
  const t0 = Date.now();
  const profile = getProfile(settings.profileId) ?? getProfile('baseline') ?? profiles[0];
  const disabled = await store.disabledRules();
  const locale = opts.locale ?? settings.locale;
  const { findings, docTypes } = analyze(text, { rules: allRules, profile, locale, disabled, docTypes: docTypeList });
  const kept = await store.filterIgnored(storeKey(url, scope), text, findings);
  const source = scope === 'page' ? 'page' : 'field';
  const ui = kept.map((f, i) => enrich(f, locale, i, source, findingKey(f, text)));
  if (scope === 'page' && opts.record !== false) {
    // Remember the document (identity, fingerprint, text, finding keys) for notes, progress and the report.
    await store.seeDocument({
      key: pageKey(url),
      url,
      title: opts.title ?? '',
      text,
      findingKeys: ui.filter((f) => f.kind !== 'missing').map((f) => f.key),
    });
  }
  const missing = new Map(findings.filter((f) => f.kind === 'missing').map((f) => [f.ruleId, f]));
  const types: DocTypeInfo[] = docTypes.map((d) => ({
    id: d.id,
    label: d.name?.[locale] ?? docTypeLabel(d.id, locale),
    items: d.ruleIds.map((rid) => {
      const rule = ruleOf(rid);
      const miss = missing.get(rid);
      return {
        ruleId: rid,
        title: rule ? rule.title[locale] : rid,
        ok: !miss,
        severity: rule?.severity ?? 'medium',
        message: miss?.message,
      };
    }),
  }));
  return { findings: ui, docTypes: scope === 'page' ? types : [], ms: Date.now() - t0 };
}
