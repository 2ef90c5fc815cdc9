// @ts-nocheck
// Fit check: rule-based comparison of the user's code with one target profession (upstream §3.9, §5.4).
export * from './classify.js';
export * from './labels.js';
export * from './explanation.js';
