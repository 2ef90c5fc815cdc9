// @ts-nocheck
export * from './result-session.js';
export * from './result-header.js';
export * from './recommendation-result.js';
export * from './get-recommendation-result.js';
export * from './fit-check-result.js';
export * from './get-fit-check-result.js';
export * from './personality-about.js';
export * from './personality-result.js';
export * from './get-personality-result.js';
export * from './active-profile.js';
export * from './get-active-profile.js';
export * from './set-active-profile.js';