// @ts-nocheck
// kenali's own seed content: pure data and small pure builders, no database code.
export * from './types.js';
export * from './questions.js';
export * from './riasec-codes.js';
export * from './categories.js';
export * from './profession-categories.js';
export * from './profession-sub-categories.js';
export {
  defineProfession,
  type CareerStep,
  type PrioritisedNames,
  type ProfessionDraft,
} from './profession-draft.js';
export * from './professions.js';
