/**
 * The "suspected unregistered" shading of the grids (the fusion findings' map layer): a grid's
 * count of households whose sweep found more people than they hold passes, in fixed classes
 * (ColorBrewer OrRd, sequential and readable for colour-blind viewers; a grid with none stays
 * muted). The map's fill expression and the legend both read these classes.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** [lowest count of the class, colour], ascending. */
export const unregisteredClasses: ReadonlyArray<readonly [number, string]> = [
  [0, '#3a4150'],
  [1, '#fdd49e'],
  [5, '#fdbb84'],
  [20, '#fc8d59'],
  [50, '#e34a33'],
  [100, '#b30000'],
];

export function unregisteredFill(): ExpressionSpecification {
  const [first, ...rest] = unregisteredClasses;
  return [
    'step',
    ['to-number', ['get', 'suspected'], 0],
    first?.[1] ?? '#3a4150',
    ...rest.flatMap(([at, colour]) => [at, colour]),
  ] as unknown as ExpressionSpecification;
}

/** The legend's words of each class: "0", "1–4", …, "≥ 100". */
export function unregisteredClassLabels(): string[] {
  return unregisteredClasses.map(([at], i) => {
    const next = unregisteredClasses[i + 1];
    if (!next) return `≥ ${at}`;
    return next[0] - 1 === at ? String(at) : `${at}–${next[0] - 1}`;
  });
}
