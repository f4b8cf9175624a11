/**
 * The grid import's mapping and words: code and name may share one column (a KML placemark's
 * <name>), the community may be one value for the whole file, and every geometry type, CRS and
 * notice reaches the officer in words — `none` included, no raw English value in zh-CN.
 */
import { describe, expect, it } from 'vitest';
import { gridImportNoticeCodes } from '#common/import/grids/gridImportIssues';
import { makeTranslate } from '#renderer/i18n/translate';
import { importKindSpecs } from '#renderer/features/imports/importKinds';
import { mappingProblems } from '#renderer/features/imports/mappingForm';
import { issueReason } from '#renderer/features/imports/issueText';
import { noticeText } from '#renderer/features/imports/gridIssueText';
import type { ImportIssue } from '#renderer/features/imports/importMessages';

const grids = importKindSpecs.grids;

describe('grid mapping', () => {
  it('lets code and name share a column, but not community', () => {
    expect(mappingProblems(grids, { code: 0, name: 0, community: 1 })).toEqual({});
    expect(mappingProblems(grids, { code: 0, name: 0, community: 0 })).toEqual({
      community: { code: 'same-column', other: 'code' },
    });
  });

  it('takes a community typed once for the whole file instead of a column', () => {
    expect(mappingProblems(grids, { code: 0, name: 0, community: null }, { community: '金山社区' })).toEqual(
      {},
    );
    expect(mappingProblems(grids, { code: 0, name: 0, community: null }, { community: ' ' })).toEqual({
      community: { code: 'constant-empty' },
    });
    expect(mappingProblems(grids, { code: 0, name: 0, community: null })).toEqual({
      community: { code: 'required' },
    });
  });

  it('offers a constant only where the kind allows one', () => {
    const households = importKindSpecs.households;
    expect(mappingProblems(households, { address: null, gridCode: 1 }, { address: '某路' })).toEqual({
      address: { code: 'required' },
    });
  });
});

describe('grid words', () => {
  const zh = makeTranslate('zh-CN');
  const en = makeTranslate('en');
  const feature = (code: string, params: ImportIssue['params']): ImportIssue => ({
    scope: 'feature',
    at: 1,
    column: null,
    code,
    params,
  });

  it.each([
    ['none', '无几何'],
    ['GeometryCollection', '几何集合'],
    ['LineString', '线'],
    ['Point', '点'],
    ['Weird', '未知类型'],
  ])('words the geometry type %s', (type, word) => {
    const text = issueReason(zh, 'grids', feature('not-polygon', { type }));
    expect(text).toContain(word);
    expect(text).not.toContain(type);
  });

  it('names the coordinate system of a shifted file in words', () => {
    const params = { crs: 'bd09', inside: 100, insideAs: 0, insideAsIs: 10 };
    expect(issueReason(zh, 'grids', { ...feature('looks-shifted', params), at: null })).toContain('BD-09');
    expect(issueReason(en, 'grids', { ...feature('looks-shifted', params), at: null })).toContain('BD-09');
  });

  it('words every read notice in both languages with its figures', () => {
    for (const code of gridImportNoticeCodes)
      for (const t of [zh, en]) {
        const text = noticeText(t, { ...feature(code, { features: 3, positions: 42 }), at: null });
        expect(text, code).toMatch(/\d/);
        expect(text, code).not.toMatch(/importsGeo\./);
      }
  });

  it('says the vertex limit with the count', () => {
    expect(issueReason(zh, 'grids', feature('too-many-vertices', { count: 60000, limit: 50000 }))).toContain(
      '60,000',
    );
  });
});
