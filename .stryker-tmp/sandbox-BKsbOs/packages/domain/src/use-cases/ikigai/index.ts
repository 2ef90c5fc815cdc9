// @ts-nocheck
export * from './ikigai-content.js';
export * from './start-ikigai.js';
export * from './submit-dimension.js';
export * from './finalize-ikigai.js';
export * from './get-ikigai-result.js';
export * from './recommendations-data.js';
export * from './submit-assessment.js';