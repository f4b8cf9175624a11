/**
 * The board's "new incident on the map" mode: off → armed (crosshair; the next click on the map
 * sets the point) → point chosen (the form is open; further clicks move the point) → off on
 * save or cancel. Escape disarms while no point is chosen yet; once the form is open it has
 * its own Cancel, so Escape can close a dropdown without losing what was typed.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LngLat } from '#common/schemas';
import { roundPoint } from '#renderer/features/incidents';

export interface NewIncidentMode {
  armed: boolean;
  point: LngLat | null;
  arm(): void;
  cancel(): void;
  /** A click on the map while armed. */
  pick(point: LngLat): void;
}

export function useNewIncidentMode(): NewIncidentMode {
  const [armed, setArmed] = useState(false);
  const [point, setPoint] = useState<LngLat | null>(null);
  const cancel = useCallback(() => {
    setArmed(false);
    setPoint(null);
  }, []);
  const arm = useCallback(() => {
    setPoint(null);
    setArmed(true);
  }, []);
  const pick = useCallback((p: LngLat) => setPoint(roundPoint(p)), []);

  const waiting = armed && point === null;
  useEffect(() => {
    if (!waiting) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [waiting, cancel]);

  return { armed, point, arm, cancel, pick };
}
