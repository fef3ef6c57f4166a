import { useEffect, useState } from 'react';
import { checkHealth } from '../net/index.js';
import { useCampStore } from '../store/index.js';

/** The tab's title; screen readers announce it when a client-side navigation lands. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** For pages without a camp connection: the indicator shows whether the server answers. */
export function useServerHealth(): void {
  const setStatus = useCampStore((store) => store.setConnectionStatus);
  useEffect(() => {
    let current = true;
    const check = () => {
      void checkHealth().then((healthy) => {
        if (current) setStatus(healthy ? 'online' : 'offline');
      });
    };
    setStatus('connecting');
    check();
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
    return () => {
      current = false;
      window.removeEventListener('online', check);
      window.removeEventListener('offline', check);
    };
  }, [setStatus]);
}

/** The current time, renewed every `intervalMs`, for what is running now. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
