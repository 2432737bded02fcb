export * from './types.ts';
export { review } from './review.ts';
