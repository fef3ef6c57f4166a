import { useTranslation } from 'react-i18next';
import { useNow } from '../../ui/hooks.js';

const TICK_MS = 1_000;

/** "beginnt in 12 Min.": the time until a moment, renewed every second. */
export function Countdown({ until, className }: { until: number; className?: string }) {
  const { t } = useTranslation();
  const now = useNow(TICK_MS);
  const minutes = Math.ceil((until - now) / 60_000);
  let text: string;
  if (minutes <= 0) text = t('schedule.startsNow');
  else if (minutes < 60) {
    text = t('schedule.startsIn', { duration: t('schedule.minutes', { count: minutes }) });
  } else {
    const duration = t('schedule.hoursMinutes', {
      hours: Math.floor(minutes / 60),
      minutes: minutes % 60,
    });
    text = t('schedule.startsIn', { duration });
  }
  return <span className={className ?? 'countdown'}>{text}</span>;
}
