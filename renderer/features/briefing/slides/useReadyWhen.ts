/** Calls the deck's `onReady` whenever a slide's condition becomes (or stays) true after a render. */
import { useEffect } from 'react';

export function useReadyWhen(ready: boolean, onReady: () => void): void {
  useEffect(() => {
    if (ready) onReady();
  }, [ready, onReady]);
}
