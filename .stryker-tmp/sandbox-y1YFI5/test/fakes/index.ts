// @ts-nocheck
// In-memory fakes of every driven port (house style §3 item 23); each is held to its contract in test/contracts.
export * from './in-memory-database.js';
export * from './in-memory-session-repository.js';
export * from './in-memory-token-ledger.js';
export * from './in-memory-history-repository.js';
export * from './in-memory-riasec-repository.js';
export * from './in-memory-fit-check-repository.js';
export * from './in-memory-career-profile-repository.js';
export * from './in-memory-ikigai-repository.js';
export * from './in-memory-recommendation-repository.js';
export * from './in-memory-profession-catalogue.js';
export * from './in-memory-idempotency-store.js';
export * from './in-memory-unit-of-work.js';
export * from './fixed-clock.js';
export * from './sequential-id-generator.js';
export * from './scripted-ai.js';
