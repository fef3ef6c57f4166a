import type { TFunction } from 'i18next';
import type { ApiFailure } from '../../../net/index.js';

/** A refused or failed request as one sentence, with the reason the error table gives. */
export function failureText(t: TFunction, failure: ApiFailure): string {
  return t('access.failed', { reason: t(`errors.${failure.code}`) });
}
