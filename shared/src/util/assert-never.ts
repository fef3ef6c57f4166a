/** Ends every exhaustive switch: the compiler proves it unreachable, the runtime names what slipped through. */
export function assertNever(value: never, context = 'value'): never {
  throw new Error(`Unexpected ${context}: ${JSON.stringify(value)}`);
}
