/** Bench result records and the table printed at the end of a run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  target: string;
  note?: string;
  /** With `--repeat N`: how many runs the median is of, and the values' range. */
  runs?: number;
  spread?: { min: number; max: number };
}

export function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    `${r.baseline} ${r.unit}`,
    r.ratio.toFixed(2),
    r.spread ? `${r.spread.min}–${r.spread.max} (${r.runs ?? 0} runs)` : '—',
    r.target,
    r.note ?? '',
  ]);
  const head = ['result', 'value', 'baseline', 'ratio', 'spread', 'target', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
