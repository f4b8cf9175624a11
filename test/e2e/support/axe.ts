/**
 * Runs axe-core on the page as it stands and reports what a screen-reader or keyboard user
 * would trip over: the serious and critical violations (every rule axe has, not a subset),
 * plus the number of `h1` headings (axe rates a missing one "moderate", the house wants
 * exactly one per screen). `formatViolations` prints them readably in a failing test.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface Finding {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors (and axe's one-line summary) of the first offending nodes. */
  nodes: string[];
  count: number;
}

export interface Audit {
  findings: Finding[];
  h1: number;
}

const shown = 6;

export async function audit(page: Page): Promise<Audit> {
  const result = await new AxeBuilder({ page }).analyze();
  const findings = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      count: v.nodes.length,
      nodes: v.nodes.slice(0, shown).map((n) => {
        const summary = (n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim();
        return `${n.target.join(' ')}${summary ? ` — ${summary}` : ''}`;
      }),
    }));
  const h1 = await page.locator('h1').count();
  return { findings, h1 };
}

/** Total offending nodes over all findings (the figure reported before/after per screen). */
export function violationCount(a: Audit): number {
  return a.findings.reduce((n, f) => n + f.count, 0);
}

export function formatViolations(screen: string, a: Audit): string {
  const lines = [`${screen}: ${violationCount(a)} serious/critical node(s), ${a.h1} h1`];
  for (const f of a.findings) {
    lines.push(`  [${f.impact}] ${f.rule} ×${f.count}: ${f.help}`);
    for (const n of f.nodes) lines.push(`      ${n}`);
    if (f.count > f.nodes.length) lines.push(`      … and ${f.count - f.nodes.length} more`);
  }
  return lines.join('\n');
}
