/** The suspected-unregistered classes: ascending, labelled without gaps, and the fill steps through them. */
import { describe, expect, it } from 'vitest';
import {
  unregisteredClasses,
  unregisteredClassLabels,
  unregisteredFill,
} from '#renderer/map/unregisteredShading';

describe('unregistered shading', () => {
  it('labels each class by its range', () => {
    expect(unregisteredClassLabels()).toEqual(['0', '1–4', '5–19', '20–49', '50–99', '≥ 100']);
  });

  it('steps on the suspected count with one colour per class', () => {
    const fill = unregisteredFill() as unknown[];
    expect(fill[0]).toBe('step');
    expect(JSON.stringify(fill[1])).toContain('suspected');
    expect(fill.slice(2)).toEqual([
      unregisteredClasses[0]?.[1],
      ...unregisteredClasses.slice(1).flatMap(([at, c]) => [at, c]),
    ]);
  });
});
