import { useEffect, useState } from 'preact/hooks';

/** Re-renders every minute, so a reminder comes due or turns overdue while the popup is open. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
