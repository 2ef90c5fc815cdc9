// @ts-nocheck
// Offline rescoring (issue 7): pure planning and diffing plus the RescoreSession use case.
export * from './json-equal.js';
export * from './rescore-diff.js';
export * from './rescore-input.js';
export * from './rescore-plan.js';
export * from './recommendation-refresh.js';
export * from './rescore-types.js';
export * from './reask.js';
export * from './narrative-regeneration.js';
export * from './rescore-write.js';
export * from './finalize-stuck.js';
export * from './rescore-session.js';
