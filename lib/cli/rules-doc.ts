/**
 * RULES.md generator (`npm run rules:doc`): the rule reference, built from the rule files so it cannot drift
 * (test/unit/rules-doc.test.ts regenerates it in memory and compares).
 *
 * At the top, a table maps each requirement of the seed-plan catalogue (research/seed-rules.md §2.1: H-01 … C-10)
 * to the rules that check it, read from each rule's optional `requirement` field. Then a section per domain with
 * every rule: id, titles, kind/severity, profiles, message, suggestion, examples, basis.
 *
 * New rules are picked up automatically; set `requirement: ['EC-01']` on a rule to list it in the table.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Domain, Profile, Rule } from '../engine/types.ts';

/** A catalogue requirement: id, slug, domain (as in the catalogue), kind a/b/c, high value for reviewers. */
export interface Requirement {
  id: string;
  slug: string;
  domain: string;
  kind: 'a' | 'b' | 'c';
  star: boolean;
}

type Row = [string, string, string, string, boolean?];
/** Embedded copy of the catalogue index (seed-rules.md §2.1), used when the research file is not at hand. */
const CATALOGUE_ROWS: Row[] = [
  ['H-01', 'health-maternal-mortality', '健康', 'b'],
  ['H-02', 'health-maternal-care-management', '健康', 'b'],
  ['H-03', 'health-two-cancers-screening', '健康', 'b', true],
  ['H-04', 'health-employer-women-health-checks', '健康', 'b'],
  ['H-05', 'health-pmtct', '健康', 'b'],
  ['H-06', 'health-nutrition-literacy-fitness-targets', '健康', 'b'],
  ['H-07', 'health-mch-service-capacity', '健康', 'b'],
  ['H-08', 'health-reproductive-autonomy', '健康', 'a'],
  ['H-09', 'health-menstrual-hygiene-products', '健康', 'c'],
  ['E-01', 'edu-admissions-gender-restriction', '教育', 'a', true],
  ['E-02', 'edu-gender-stereotyped-guidance-and-labels', '教育', 'a'],
  ['E-03', 'edu-gender-mainstreaming-curriculum', '教育', 'c'],
  ['E-04', 'edu-enrolment-targets', '教育', 'b'],
  ['E-05', 'edu-school-sexual-harassment-prevention', '教育', 'c', true],
  ['E-06', 'edu-women-in-stem', '教育', 'c'],
  ['E-07', 'edu-lifelong-learning-after-childbirth', '教育', 'c'],
  ['E-08', 'edu-gender-research-funding', '教育', 'c'],
  ['EC-01', 'econ-hiring-gender-restriction', '经济', 'a', true],
  ['EC-02', 'econ-marriage-fertility-conditions', '经济', 'a', true],
  ['EC-03', 'econ-pregnancy-wage-dismissal', '经济', 'a', true],
  ['EC-04', 'econ-maternity-protection-and-leave', '经济', 'a', true],
  ['EC-05', 'econ-prohibited-work-scope', '经济', 'a'],
  ['EC-06', 'econ-equal-pay', '经济', 'a', true],
  ['EC-07', 'econ-promotion-title-training', '经济', 'a'],
  ['EC-08', 'econ-rural-collective-rights-married-out-women', '经济', 'a', true],
  ['EC-09', 'econ-rural-land-registration', '经济', 'c'],
  ['EC-10', 'econ-special-collective-contract', '经济', 'c'],
  ['EC-11', 'econ-workplace-mother-infant-and-childcare', '经济', 'c', true],
  ['EC-12', 'econ-women-researchers-support', '经济', 'c'],
  ['EC-13', 'econ-employment-talent-share-targets', '经济', 'b'],
  ['D-01', 'dec-village-committee-female-share', '决策', 'b', true],
  ['D-02', 'dec-village-representatives-one-third', '决策', 'b', true],
  ['D-03', 'dec-community-committee-female-share', '决策', 'b', true],
  ['D-04', 'dec-village-election-female-seat', '决策', 'c', true],
  ['D-05', 'dec-leadership-female-cadres', '决策', 'b', true],
  ['D-06', 'dec-party-npc-cppcc-female-share', '决策', 'b'],
  ['D-07', 'dec-workers-congress-and-boards', '决策', 'b'],
  ['D-08', 'dec-enterprise-rules-consult-women-committee', '决策', 'c', true],
  ['D-09', 'dec-consult-womens-federation', '决策', 'c', true],
  ['D-10', 'dec-women-in-village-rules', '决策', 'c', true],
  ['D-11', 'dec-cadre-nondiscrimination', '决策', 'a', true],
  ['S-01', 'ss-spouse-maternity-medical-50pct', '社会保障', 'b', true],
  ['S-02', 'ss-maternity-and-insurance-exclusions', '社会保障', 'a'],
  ['S-03', 'ss-insurance-participation-targets', '社会保障', 'b'],
  ['S-04', 'ss-employer-contributions-for-women', '社会保障', 'a'],
  ['S-05', 'ss-policy-women-special-needs', '社会保障', 'c'],
  ['S-06', 'cross-sex-disaggregated-statistics', '社会保障', 'c', true],
  ['S-07', 'ss-elderly-care-capacity', '社会保障', 'b'],
  ['S-08', 'ss-left-behind-women-ledger', '社会保障', 'c'],
  ['F-01', 'fam-bride-price-early-marriage', '家庭', 'a'],
  ['F-02', 'fam-son-preference', '家庭', 'a'],
  ['F-03', 'fam-gendered-care-leave', '家庭', 'a'],
  ['F-04', 'fam-widow-remarriage-elderly-property', '家庭', 'a'],
  ['F-05', 'fam-family-impact-and-services', '家庭', 'c'],
  ['ENV-01', 'env-toilet-ratio', '环境', 'b', true],
  ['ENV-02', 'env-third-toilet-and-mother-infant-rooms', '环境', 'c', true],
  ['ENV-03', 'env-urban-planning-women-needs', '环境', 'c'],
  ['ENV-04', 'env-emergency-plans-women-needs', '环境', 'c', true],
  ['ENV-05', 'env-media-degrading-portrayal', '环境', 'a', true],
  ['ENV-06', 'env-media-gender-review-mechanism', '环境', 'c'],
  ['ENV-07', 'env-water-sanitation-targets', '环境', 'b'],
  ['L-01', 'law-gender-mainstreaming-and-assessment', '法律', 'c', true],
  ['L-02', 'law-sexual-harassment-mechanism', '法律', 'c', true],
  ['L-03', 'law-domestic-violence-response', '法律', 'c', true],
  ['L-04', 'law-domestic-violence-privatisation', '法律', 'a', true],
  ['L-05', 'law-sexual-violence-victim-protection', '法律', 'c'],
  ['L-06', 'law-sex-offender-employment-check', '法律', 'c', true],
  ['L-07', 'law-daughters-inheritance', '法律', 'a', true],
  ['L-08', 'law-marital-property-divorce', '法律', 'a'],
  ['L-09', 'law-legal-aid-women', '法律', 'c'],
  ['C-01', 'child-priority-and-participation', '儿童', 'c'],
  ['C-02', 'child-nondiscrimination-girls-disabled', '儿童', 'a', true],
  ['C-03', 'child-advertising-restrictions', '儿童', 'a'],
  ['C-04', 'child-labour-and-commercial-performance', '儿童', 'a'],
  ['C-05', 'child-online-protection', '儿童', 'b'],
  ['C-06', 'child-ticket-age-standard', '儿童', 'a'],
  ['C-07', 'child-public-safety-design', '儿童', 'c'],
  ['C-08', 'child-mandatory-reporting-and-child-directors', '儿童', 'c'],
  ['C-09', 'child-health-education-care-targets', '儿童', 'b'],
  ['C-10', 'child-sex-and-gender-equality-education', '儿童', 'c'],
];

export const EMBEDDED_CATALOGUE: Requirement[] = CATALOGUE_ROWS.map(([id, slug, domain, kind, star]) => ({
  id,
  slug,
  domain,
  kind: kind as Requirement['kind'],
  star: !!star,
}));

const ROW_RE = /^\| ([A-Z]+-\d{2}) \| \[`([^`]+)`\]\(#[^)]+\)( ★)? \| (\S+) \| ([abc]) \|/;

/** Parse the §2.1 index table of the catalogue; null when none is found. */
export function parseCatalogue(markdown: string): Requirement[] | null {
  const out: Requirement[] = [];
  for (const line of markdown.split('\n')) {
    const m = ROW_RE.exec(line);
    if (m) out.push({ id: m[1], slug: m[2], domain: m[4], kind: m[5] as Requirement['kind'], star: !!m[3] });
  }
  return out.length ? out : null;
}

export const CATALOGUE_FILE = '/work/shared/research/seed-rules.md';

/** The catalogue: parsed from the research note when present (and complete), else the embedded copy. */
export function loadCatalogue(file = CATALOGUE_FILE): Requirement[] {
  if (existsSync(file)) {
    const parsed = parseCatalogue(readFileSync(file, 'utf8'));
    if (parsed && parsed.length >= EMBEDDED_CATALOGUE.length) return parsed;
  }
  return EMBEDDED_CATALOGUE;
}

const DOMAINS: Array<[Domain, string, string]> = [
  ['employment', '妇女与经济（就业、劳动）', 'Women and the economy (employment, labour)'],
  ['rural', '农村集体经济组织成员权益', 'Rural collective membership rights'],
  ['decision', '妇女参与决策和管理', 'Women in decision-making and management'],
  ['health', '妇女与健康', 'Women and health'],
  ['education', '妇女与教育', 'Women and education'],
  ['social-security', '妇女与社会保障', 'Women and social security'],
  ['family', '妇女与家庭', 'Women and the family'],
  ['environment', '妇女与环境（公共设施、媒体、应急）', 'Women and the environment (facilities, media, emergencies)'],
  ['law', '妇女与法律', 'Women and the law'],
  ['children', '儿童', 'Children'],
  ['language', '刻板印象与用语', 'Stereotypes and wording'],
];

const PLAN_NAMES: Record<string, string> = {
  '000': '聊城市“十四五”妇女发展规划',
  '001': '葫芦岛市妇女发展规划（2021—2030年）',
  '002': '铁西区妇女发展规划（2021-2030年）（征求意见稿）',
  '003': '东昌府区“十四五”妇女发展规划（含儿童发展规划）',
  '004': '昆区妇女发展规划（2021—2030年）',
};

const KIND_LABEL: Record<string, string> = { a: 'prohibition', b: 'quantitative', c: 'required element' };

/** Text for a table cell: no pipes or line breaks. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** An example as an inline code span (line breaks ⏎ and tabs ⇥ shown). */
function code(s: string): string {
  const t = s.replace(/\r?\n/g, ' ⏎ ').replace(/\t/g, ' ⇥ ');
  const fence = t.includes('`') ? '``' : '`';
  const pad = fence.length > 1 || t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

function planName(file: string): string {
  const code3 = file.slice(0, 3);
  return PLAN_NAMES[code3] ? `《${PLAN_NAMES[code3]}》 (${file})` : file;
}

const anchor = (id: string) => id.replace(/[^a-z0-9-]/gi, '-').toLowerCase();

function renderRule(r: Rule, profileNames: Map<string, string>): string {
  const out: string[] = [];
  out.push(`<a id="${anchor(r.id)}"></a>`, '', `### ${r.id}`, '');
  out.push(`**${r.title.zh}** — ${r.title.en}`, '');
  const profs = r.profiles.includes('*') ? 'all profiles' : r.profiles.map((p) => `${p} (${profileNames.get(p) ?? '?'})`).join(', ');
  out.push(`- **Kind / severity:** ${r.kind} / ${r.severity} · check: \`${r.check.type}\` · language: ${r.lang}`);
  out.push(`- **Profiles:** ${profs}`);
  if (r.requirement?.length) out.push(`- **Catalogue requirement:** ${r.requirement.join(', ')}`);
  out.push(`- **What it catches:** ${r.message.zh}`);
  out.push(`  ${r.message.en}`);
  if (r.suggestion) {
    out.push(`- **Suggestion:** ${r.suggestion.zh}`);
    out.push(`  ${r.suggestion.en}`);
  }
  out.push('- **Examples flagged:**');
  for (const e of r.examples.flag) out.push(`  - ${code(e)}`);
  out.push('- **Examples not flagged:**');
  for (const e of r.examples.pass) out.push(`  - ${code(e)}`);
  out.push('- **Basis:**');
  for (const b of r.basis) {
    const where = b.plan ? `${planName(b.plan)} › ${b.section}` : 'national law';
    const quote = b.quote ? ` — 「${b.quote}」` : '';
    const law = b.law ? ` — ${b.law}` : '';
    out.push(`  - ${where}${quote}${law}`);
  }
  out.push('');
  return out.join('\n');
}

/** The whole RULES.md. Deterministic: same rules and catalogue, same text. */
export function renderRulesDoc(rules: Rule[], profiles: Profile[], catalogue: Requirement[]): string {
  const profileNames = new Map(profiles.map((p) => [p.id, p.name.zh]));
  const byReq = new Map<string, string[]>();
  for (const r of rules) for (const id of r.requirement ?? []) byReq.set(id, [...(byReq.get(id) ?? []), r.id]);
  const known = new Set(catalogue.map((c) => c.id));
  const out: string[] = [];
  out.push('# Rules reference / 规则说明', '');
  out.push('<!-- Generated by `npm run rules:doc` (lib/cli/rules-doc.ts) from rules/*.ts. Do not edit by hand. -->', '');
  const counts = DOMAINS.map(([d]) => [d, rules.filter((r) => r.domain === d).length] as const).filter(([, n]) => n > 0);
  out.push(
    `${rules.length} rules (${rules.filter((r) => r.lang === 'zh').length} Chinese, ${rules.filter((r) => r.lang === 'en').length} English): ` +
      counts.map(([d, n]) => `${d} ${n}`).join(', ') +
      '.',
    '',
  );

  out.push('## Plan requirement → rule', '');
  const checked = catalogue.filter((c) => byReq.has(c.id)).length;
  out.push(
    `Requirements of the seed-plan catalogue (research/seed-rules.md §2.1) and the rules that check them: ${checked} of ${catalogue.length} checked. ` +
      'A rule names what it checks in its `requirement` field.',
    '',
  );
  // Why a requirement has no rule yet: what a draft would have to say for a check to be possible.
  const WHY_NOT: Record<string, string> = {
    'H-07': 'Service-capacity targets (beds, staff per population) vary by facility; no plan gives a number a draft would restate.',
    'E-04': 'Enrolment rates are sector targets of education plans, not of the drafts reviewed; the plans set no sex-specific figure.',
    'EC-09': 'Land registration naming women is an administrative practice; no document type reliably has to mention it.',
    'EC-13': 'Shares of women among the employed and in talent programmes are statistics, not targets a draft sets.',
    'D-06': 'Shares of women in party congresses, 人大 and 政协 are set by those bodies, not by drafts under review.',
    'D-07': '"In proportion to women staff" needs the staff figures, which a draft does not give.',
    'S-05': 'Too general ("consider women\'s special needs") to check without reading the whole policy.',
    'S-08': 'A ledger of left-behind women is an administrative task; no draft type must contain it.',
    'ENV-03': 'Urban planning "considering women\'s needs" has no checkable wording or number.',
    'L-05': 'Victim-protection measures belong to judicial procedure, not to the drafts reviewed.',
    'C-05': 'Online-protection targets are for the children\'s plan\'s own monitoring.',
    'C-09': 'Child health and care targets are for the children\'s plan\'s own monitoring.',
  };
  out.push('| Requirement | Catalogue entry | Domain | Kind | Rules | Note |');
  out.push('|---|---|---|---|---|---|');
  for (const c of catalogue) {
    const ids = byReq.get(c.id);
    const rulesCell = ids ? ids.map((id) => `[\`${id}\`](#${anchor(id)})`).join('<br>') : 'not checked';
    out.push(`| ${c.id} | \`${c.slug}\`${c.star ? ' ★' : ''} | ${c.domain} | ${c.kind} (${KIND_LABEL[c.kind]}) | ${rulesCell} | ${ids ? '' : (WHY_NOT[c.id] ?? '—')} |`);
  }
  out.push('');
  const unknown = [...byReq.keys()].filter((id) => !known.has(id)).sort();
  if (unknown.length) out.push(`Requirement ids not in the catalogue: ${unknown.map((id) => `${id} (${byReq.get(id)!.join(', ')})`).join('; ')}.`, '');
  const untagged = rules.filter((r) => !r.requirement?.length).map((r) => `\`${r.id}\``);
  if (untagged.length) out.push(`Rules without a catalogue requirement: ${untagged.join(', ')}.`, '');

  for (const [d, zh, en] of DOMAINS) {
    const list = rules.filter((r) => r.domain === d);
    if (!list.length) continue;
    out.push(`## ${zh} / ${en} (\`${d}\`)`, '');
    for (const r of list) out.push(renderRule(r, profileNames));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export const RULES_MD = fileURLToPath(new URL('../../RULES.md', import.meta.url));

async function main(): Promise<void> {
  const { rules, profiles } = await import('../../rules/index.ts');
  const text = renderRulesDoc(rules, profiles, loadCatalogue());
  writeFileSync(RULES_MD, text);
  console.log(`wrote ${RULES_MD} (${rules.length} rules)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
