// @ts-nocheck
// RIASEC phase: question bank and order, answer checks, scoring, code, candidate expansion (upstream §3).
export * from './question-bank.js';
export * from './question-order.js';
export * from './hexagon.js';
export * from './riasec-error.js';
export * from './answers.js';
export * from './scores.js';
export * from './validity.js';
export * from './code.js';
export * from './expansion-plan.js';
export * from './expansion.js';
export * from './candidates-data.js';
export * from './submit.js';
