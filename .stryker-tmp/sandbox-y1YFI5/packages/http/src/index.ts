// @ts-nocheck
export { createApp } from './create-app.js';
export { createAppFrom } from './app.js';
export type { HttpDependencies } from './dependencies.js';
export { openApiDocument } from './openapi/document.js';
