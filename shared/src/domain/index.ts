export * from './actor.js';
export * from './ballots.js';
export * from './camp.js';
export * from './camp-time.js';
export * from './primitives.js';
export * from './template.js';
