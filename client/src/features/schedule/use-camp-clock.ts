import { campClock } from '../../i18n/index.js';
import { useNow } from '../../ui/hooks.js';
import type { CampClock } from './schedule-model.js';

/** The camp's wall clock, renewed every `intervalMs`; null for a zone Intl does not know. */
export function useCampClock(timeZone: string | undefined, intervalMs: number): CampClock | null {
  const now = useNow(intervalMs);
  if (timeZone === undefined) return null;
  try {
    return campClock(now, timeZone);
  } catch {
    return null;
  }
}
