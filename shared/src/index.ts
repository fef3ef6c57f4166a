/** The public face of shared/: the domain, the protocol catalogs, the decider, projections and the planner. */
export * from './decider/index.js';
export * from './domain/index.js';
export * from './planning/index.js';
export * from './projection/index.js';
export * from './protocol/index.js';
export { parseCommand } from './protocol/parse.js';
export { assertNever } from './util/assert-never.js';
