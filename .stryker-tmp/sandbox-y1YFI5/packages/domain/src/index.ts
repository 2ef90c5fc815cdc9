// @ts-nocheck
// Public API of @kenali/domain. Other packages import only from here.
export * from './model/ids.js';
export * from './model/riasec-letter.js';
export * from './model/test-goal.js';
export * from './model/dimension.js';
export * from './model/dimension-info.js';
export * from './model/candidate.js';
export * from './model/session.js';
export type * from './model/json.js';
export * from './errors/session-error.js';
export * from './errors/port-error.js';
export * from './rules/session-transitions.js';
export * from './riasec/index.js';
export * from './fit-check/index.js';
export * from './scoring/index.js';
export * from './ports/index.js';
export * from './use-cases/index.js';
export * from './rules/dimension-answer.js';
export * from './reads/composed-session-reads.js';
