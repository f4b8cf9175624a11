/** The report's fusion line from the worker's summary; none without one. */
import { describe, expect, it } from 'vitest';
import { buildFusionLine } from '#renderer/features/reports/build/fusionPart';
import type { FusionSummary } from '#renderer/station/fusionRead';

describe('buildFusionLine', () => {
  it('carries the four counts and the passes', () => {
    const summary: FusionSummary = {
      at: 1,
      campaignId: 'c',
      campaignName: '敲门行动',
      totals: { 'suspected-unregistered': 4, unswept: 3, 'address-irregular': 2, 'code-in-zone': 1 },
      byGrid: [],
      passes: 9,
      rows: [],
      problems: 0,
    };
    expect(buildFusionLine(summary)).toEqual({
      campaignName: '敲门行动',
      suspectedUnregistered: 4,
      unswept: 3,
      addressIrregular: 2,
      codeInZone: 1,
      passes: 9,
    });
    expect(buildFusionLine(null)).toBeNull();
  });
});
