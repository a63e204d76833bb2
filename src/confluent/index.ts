export * from './client.js';
export * from './errors.js';
export * from './labels.js';
export * from './rate-limit.js';
export * from './status.js';
export type * from './types.js';
