import { assertNever } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './form-errors.js';

/** Turns a field problem into the sentence shown under the field. */
export function useProblemText(): (problem: FieldProblem | undefined) => string | undefined {
  const { t } = useTranslation();
  return (problem) => {
    if (problem === undefined) return undefined;
    switch (problem.key) {
      case 'form.required':
      case 'form.invalid':
        return t(problem.key);
      case 'form.tooLong':
      case 'form.tooMany':
        return t(problem.key, { max: problem.max });
      default:
        return assertNever(problem, 'field problem');
    }
  };
}
