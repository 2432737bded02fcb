/**
 * RULES.md is generated from the rule files: it must be up to date (run `npm run rules:doc` after changing rules).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { rules, profiles } from '../../rules/index.ts';
import { CATALOGUE_FILE, EMBEDDED_CATALOGUE, loadCatalogue, parseCatalogue, renderRulesDoc, RULES_MD } from '../../lib/cli/rules-doc.ts';

describe('RULES.md', () => {
  it('is up to date with the rules (run `npm run rules:doc`)', () => {
    const expected = renderRulesDoc(rules, profiles, loadCatalogue());
    const actual = readFileSync(RULES_MD, 'utf8');
    expect(actual === expected, 'RULES.md is stale: run `npm run rules:doc`').toBe(true);
  });

  it('lists every rule and every catalogue requirement', () => {
    const doc = renderRulesDoc(rules, profiles, EMBEDDED_CATALOGUE);
    for (const r of rules) expect(doc).toContain(`### ${r.id}`);
    for (const c of EMBEDDED_CATALOGUE) expect(doc).toMatch(new RegExp(`^\\| ${c.id} \\|`, 'm'));
    expect(EMBEDDED_CATALOGUE.map((c) => c.id)).toContain('C-10');
    expect(EMBEDDED_CATALOGUE).toHaveLength(80);
  });

  it('uses only catalogue ids in rules', () => {
    const ids = new Set(EMBEDDED_CATALOGUE.map((c) => c.id));
    for (const r of rules) for (const id of r.requirement ?? []) expect(ids, `${r.id}: ${id}`).toContain(id);
  });

  it('maps requirements to the rules that name them', () => {
    const doc = renderRulesDoc(rules, profiles, EMBEDDED_CATALOGUE);
    const row = doc.split('\n').find((l) => l.startsWith('| EC-01 |'))!;
    expect(row).toContain('cn.employment.hiring-sex-restriction');
    expect(row).toContain('en.employment.sex-restriction');
    // A requirement row says "not checked" exactly when no rule names it.
    const named = new Set(rules.flatMap((r) => r.requirement ?? []));
    for (const c of EMBEDDED_CATALOGUE) {
      const line = doc.split('\n').find((l) => l.startsWith(`| ${c.id} |`))!;
      expect(line.includes('not checked'), c.id).toBe(!named.has(c.id));
    }
  });

  it('embeds the same catalogue as the research note (when present)', () => {
    if (!existsSync(CATALOGUE_FILE)) return;
    expect(parseCatalogue(readFileSync(CATALOGUE_FILE, 'utf8'))).toEqual(EMBEDDED_CATALOGUE);
  });

  it('parses the catalogue index table', () => {
    const md = [
      '| # | id | Domain | Kind | 000 |',
      '|---|---|---|---|:-:|',
      '| EC-01 | [`econ-hiring-gender-restriction`](#ec-01) ★ | 经济 | a | ✔ |',
      '| H-01 | [`health-maternal-mortality`](#h-01) | 健康 | b | ✔ |',
    ].join('\n');
    expect(parseCatalogue(md)).toEqual([
      { id: 'EC-01', slug: 'econ-hiring-gender-restriction', domain: '经济', kind: 'a', star: true },
      { id: 'H-01', slug: 'health-maternal-mortality', domain: '健康', kind: 'b', star: false },
    ]);
    expect(parseCatalogue('no table here')).toBeNull();
  });
});
