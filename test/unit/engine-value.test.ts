/**
 * Value checks: which number after an indicator is its value (lists with 分别, "由A下降到B"), and numbers of other
 * indicators in the same sentence.
 */
import { describe, expect, it } from 'vitest';
import { review } from '../../lib/engine/index.ts';
import type { Rule } from '../../lib/engine/types.ts';

const rule = (id: string, subject: string, unit: 'percent' | 'per100k', bound: { min?: number; max?: number }): Rule => ({
  id,
  domain: 'health',
  kind: 'threshold',
  severity: 'medium',
  lang: 'zh',
  title: { zh: id, en: id },
  check: { type: 'value', triggers: [subject], subject: [subject], unit, ...bound },
  message: { zh: '{value}', en: '{value}' },
  basis: [],
  profiles: ['*'],
  examples: { flag: [], pass: [] },
});

const mmr = rule('t.mmr', '孕产妇死亡率', 'per100k', { max: 12 });
const care = rule('t.care', '孕产妇系统管理率', 'percent', { min: 0.9 });
const rules = [mmr, care];
const hits = (text: string, id: string) => review(text, { rules }).filter((f) => f.ruleId === id).map((f) => f.message);

describe('value check: the indicator’s own number', () => {
  it('reads the first number after the indicator', () => {
    expect(hits('孕产妇死亡率控制在15/10万以下。', 't.mmr')).toEqual(['15/10万']);
    expect(hits('孕产妇系统管理率达到85%以上。', 't.care')).toEqual(['85%']);
  });

  it('pairs a 分别 list by position', () => {
    // The first number belongs to the first indicator.
    expect(hits('3岁以下儿童系统管理率和孕产妇系统管理率分别达到85%和92%以上。', 't.care')).toEqual([]);
    expect(hits('3岁以下儿童系统管理率和孕产妇系统管理率分别达到95%和80%以上。', 't.care')).toEqual(['80%']);
    expect(hits('孕产妇系统管理率、3岁以下儿童系统管理率分别达到80%、95%以上。', 't.care')).toEqual(['80%']);
    expect(hits('孕产妇死亡率、婴儿死亡率分别控制在10/10万、4‰以下。', 't.mmr')).toEqual([]);
    // Only one per-100 000 figure: it is the maternal mortality one whatever the position.
    expect(hits('婴儿死亡率和孕产妇死亡率分别控制在4.5‰和15/10万以下。', 't.mmr')).toEqual(['15/10万']);
    // Too few numbers of the unit for the position: ambiguous, no finding.
    expect(hits('婴儿死亡率和孕产妇系统管理率分别达到4‰和80%。', 't.care')).toEqual([]);
  });

  it('takes the value reached in "由A下降到B"', () => {
    expect(hits('孕产妇死亡率由18.2/10万下降到11.4/10万。', 't.mmr')).toEqual([]);
    expect(hits('孕产妇死亡率由11.4/10万上升到13/10万。', 't.mmr')).toEqual(['13/10万']);
    expect(hits('孕产妇系统管理率从80%提高到92%。', 't.care')).toEqual([]);
  });

  it('does not take another indicator’s number', () => {
    expect(hits('孕产妇死亡率和婴儿死亡率分别控制在10/10万和5‰以下。', 't.mmr')).toEqual([]);
    expect(hits('孕产妇系统管理率保持较高水平，住院分娩率达到80%。', 't.care')).toEqual([]);
  });
});
