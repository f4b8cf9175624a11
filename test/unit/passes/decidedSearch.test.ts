/** The 已审核 list's search: masked name, registration no. or claimed address, white space ignored. */
import { describe, expect, it } from 'vitest';
import { matchesDecidedSearch } from '#renderer/features/passes/passQueries';

const row = {
  maskedName: '王*明',
  externalRef: 'CITY-0042',
  claimedAddress: { address: '吕岭路63号', building: '2栋', unit: '2单元', room: '701' },
};

describe('decided search', () => {
  it('finds by masked name, registration no. and address, with or without spaces', () => {
    for (const needle of ['王*明', 'CITY-0042', '吕岭路63号', '吕岭路63号2栋2单元701', '63号2栋'])
      expect(matchesDecidedSearch(row, needle)).toBe(true);
    expect(matchesDecidedSearch(row, '')).toBe(true);
  });

  it('does not find what is not there', () => {
    for (const needle of ['李*华', 'CITY-0043', '禾山路', '702'])
      expect(matchesDecidedSearch(row, needle)).toBe(false);
  });
});
