// @ts-nocheck
// Ikigai scoring pipeline (upstream §4.8–§4.11, §5.2; decisions §4 (27–29)).
export * from './weights.js';
export * from './round-half-even.js';
export * from './scoring-input.js';
export * from './scoring-input.codec.js';
export * from './scoring-error.js';
export * from './scores-data.js';
export { scoreIkigai } from './pipeline.js';
export * from './completion-response.js';
export * from './presentation.js';