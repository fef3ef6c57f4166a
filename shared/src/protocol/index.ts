export * from './commands.js';
export * from './errors.js';
export * from './events.js';
export * from './http.js';
export * from './messages.js';
export type * from './socket-types.js';
export * from './tally.js';
