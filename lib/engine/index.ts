export * from './types.ts';
export { review, analyze, ruleApplies, compile, type Analysis, type DocTypeHit } from './review.ts';
