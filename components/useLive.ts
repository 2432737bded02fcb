/** Dexie liveQuery as a Preact hook: re-runs when the tables it read change, in this or any other extension context. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => setValue(v),
      error: (e) => console.warn('[性别平等评估助手] live query failed:', e),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
