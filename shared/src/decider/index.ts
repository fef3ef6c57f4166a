export { decide } from './decide.js';
export type { Decision } from './decision.js';
export { applyEntry, evolve, evolveAll } from './evolve.js';
export { newSession } from './pitch.js';
export * from './queries.js';
