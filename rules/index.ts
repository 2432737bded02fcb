/**
 * The built-in rule set: one file per domain, validated against the rule-pack schema at load.
 */
import type { Profile, Rule } from '../lib/engine/types.ts';
import { validateProfiles, validateRules } from '../lib/engine/schema.ts';
import { employmentRules } from './employment.ts';
import { ruralRules } from './rural.ts';
import { environmentRules } from './environment.ts';
import { decisionRules } from './decision.ts';
import { healthRules } from './health.ts';
import { socialSecurityRules } from './social-security.ts';
import { lawRules } from './law.ts';
import { englishRules } from './english.ts';
import { educationRules } from './education.ts';
import { familyRules } from './family.ts';
import { languageRules } from './language.ts';
import { childrenRules } from './children.ts';
import { profileList } from './profiles.ts';

export const rules: Rule[] = validateRules([...employmentRules, ...ruralRules, ...environmentRules, ...decisionRules, ...healthRules, ...socialSecurityRules, ...lawRules, ...englishRules, ...educationRules, ...familyRules, ...languageRules, ...childrenRules]);
export const profiles: Profile[] = validateProfiles(profileList, rules);

export const DEFAULT_PROFILE = 'baseline';

export function getProfile(id: string): Profile | undefined {
  return profiles.find((p) => p.id === id);
}

export { docTypeList } from './doctypes.ts';
