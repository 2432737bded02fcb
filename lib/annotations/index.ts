export * from './types.ts';
export * from './note.ts';
export * from './schema.ts';
export * from './webannotation.ts';
export * from './csv.ts';
export * from './merge.ts';
export * from './query.ts';
