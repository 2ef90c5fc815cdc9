// @ts-nocheck
export * from './start-session.js';
export * from './submit-riasec.js';
export * from './get-riasec-result.js';
export * from './riasec-response.js';
export * from './record-completion.js';
export * from './ikigai/index.js';
export * from './results/index.js';
export * from './rescore/index.js';