// @ts-nocheck
// Object Mothers (house style §3 item 24), seeded so a failing run reproduces.
export * from './random.js';
export * from './session-mother.js';
export * from './catalogue-mother.js';
export * from './riasec-mother.js';
export * from './ikigai-mother.js';
