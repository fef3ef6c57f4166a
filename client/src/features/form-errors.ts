import type { z } from 'zod/mini';

/** What is wrong with a field, as a translation key and the limit it broke. */
export type FieldProblem =
  | { key: 'form.required' }
  | { key: 'form.tooLong'; max: number }
  | { key: 'form.tooMany'; max: number }
  | { key: 'form.invalid' };

/**
 * The first problem of each top-level field, read from a failed schema check. The limits come from
 * the shared schemas, so the form and the server can never disagree about them.
 */
export function fieldProblems(error: z.core.$ZodError): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field in problems) continue;
    problems[field] = problemOf(issue);
  }
  return problems;
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'form.required' };
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return issue.origin === 'array' ? { key: 'form.tooMany', max } : { key: 'form.tooLong', max };
  }
  return { key: 'form.invalid' };
}

/** "a, b ,, c" -> ["a", "b", "c"] */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
