/**
 * A synthetic, simple (non-crossing) closed ring of any size: a circle whose radius wobbles, so
 * the outline has concave stretches like a surveyed boundary. For the outline-size bench and
 * tests, which need a 40,000-vertex grid without shipping one.
 */
export function wavyRing(
  vertices: number,
  centre: [number, number],
  radiusDeg: number,
): Array<[number, number]> {
  const ring: Array<[number, number]> = [];
  for (let i = 0; i < vertices; i++) {
    const a = (2 * Math.PI * i) / vertices;
    const r = radiusDeg * (1 + 0.3 * Math.sin(a * 40) + 0.05 * Math.sin(a * 997));
    ring.push([centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)]);
  }
  ring.push([ring[0]![0], ring[0]![1]]);
  return ring;
}
