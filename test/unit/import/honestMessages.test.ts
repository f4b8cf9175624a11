/**
 * Issue 13's honest messages: a refused file says why in Chinese — the JSON line and column,
 * the unclosed XML tag, DOCTYPE refused — from the parsers' own messages (V8's JSON.parse as
 * Node and Chromium word it, xmldom's as the grid reader passes it on); geometry types are
 * translated; an apply failure shows no English in zh and keeps it in en; a changed plan is
 * worded with its figures and the codes now taken.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { readGridFile } from '#common/import/grids/readGridFile';
import { LocalChangeError } from '#common/sync/localChange';
import { makeTranslate } from '#renderer/i18n/translate';
import { failureReply } from '#renderer/features/imports/applyFailure';
import { applyFailureText, planChangedLines } from '#renderer/features/imports/applyNoticeText';
import { issueReason } from '#renderer/features/imports/issueText';
import type { ImportIssue, ImportReply } from '#renderer/features/imports/importMessages';

const zh = makeTranslate('zh-CN');
const en = makeTranslate('en');
/** An English word in a zh text (format and product names are terms, not English). */
const english = {
  test: (text: string) => /[A-Za-z]{4,}/.test(text.replace(/JSON|XML|KML|DOCTYPE|Polygon|Excel|xlsx/g, '')),
};

const unreadable = (params: Record<string, string | number>): ImportIssue => ({
  scope: 'file',
  at: null,
  column: null,
  code: 'file-unreadable',
  params,
});

/** The issue the grid reader gives for this text (it must refuse it). */
function refusal(text: string): ImportIssue {
  const result = readGridFile(text, new DOMParser({ onError: () => {} }));
  if (result.ok) throw new Error('expected a refusal');
  return { scope: 'file', at: null, column: null, code: result.issue.code, params: result.issue.params };
}

describe('a refused file says why, in Chinese', () => {
  it('names the JSON line and column as Chromium words the error', () => {
    const issue = unreadable({
      reason: "Expected ',' or '}' after property value in JSON at position 40 (line 3 column 7)",
    });
    expect(issueReason(zh, 'grids', issue)).toBe(
      'JSON 格式错误：第 3 行第 7 列附近，缺少逗号“,”或右花括号“}”。',
    );
    expect(issueReason(en, 'grids', issue)).toContain('line 3, column 7');
  });

  it('words what the Node reader passes on: a position, a stray character, a truncated file', () => {
    // the grid reader finds the line and column itself (common/import/jsonErrorAt.ts)
    const position = issueReason(zh, 'grids', refusal('{"type":"FeatureCollection" "features":[]}'));
    expect(position).toBe('不是有效的文件内容：JSON 格式错误，位于第 1 行第 29 列附近。');
    for (const text of ['{"type": x}', '{"type":"FeatureCollection","features":[', '{"a":1,}']) {
      const words = issueReason(zh, 'grids', refusal(text));
      expect(words).toMatch(/JSON/);
      expect(english.test(words)).toBe(false);
    }
  });

  it('names the unclosed XML tag', () => {
    expect(issueReason(zh, 'grids', refusal('<kml><Document><Placemark></Document></kml>'))).toBe(
      '不是有效的文件内容：KML 第 1 行第 16 列的结束标签 </Document> 与开始标签 <Placemark> 不一致。',
    );
    expect(issueReason(zh, 'grids', refusal('<kml><Document>'))).toContain('<Document>');
  });

  it('refuses DOCTYPE for a stated reason', () => {
    const issue = refusal('<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x "y">]><kml/>');
    expect(issueReason(zh, 'grids', issue)).toContain('DOCTYPE/ENTITY 声明，出于安全原因不予读取');
    expect(issueReason(en, 'grids', issue)).toContain('DOCTYPE');
  });

  it('never shows the parser’s English in zh, whatever it says', () => {
    for (const reason of ['Something odd happened in the parser', 'XML', 'Unexpected end of JSON input', ''])
      expect(issueReason(zh, 'grids', unreadable({ reason }))).not.toSatisfy((text: string) =>
        english.test(text),
      );
  });
});

describe('geometry types are translated', () => {
  it('says a feature without geometry has none, in Chinese', () => {
    const issue: ImportIssue = {
      scope: 'feature',
      at: 2,
      column: null,
      code: 'not-polygon',
      params: { type: 'none' },
    };
    expect(issueReason(zh, 'grids', issue)).toBe('几何类型为“无几何”，不是面：网格边界须为面或多面。');
    const line = issueReason(zh, 'grids', { ...issue, params: { type: 'LineString' } });
    expect(line).toContain('线');
    expect(english.test(line)).toBe(false);
  });
});

describe('an apply failure in words', () => {
  const failed = (error: unknown) => {
    const reply = failureReply(error) as Extract<ImportReply, { type: 'failed' }>;
    expect(reply.type).toBe('failed');
    return reply;
  };

  it('shows a refused record’s field in Chinese, and its English only in en', () => {
    const reply = failed(
      new LocalChangeError(
        'households.registeredResidents: Too big: expected number to be <=50',
        'registeredResidents',
      ),
    );
    const inZh = applyFailureText(zh, 'zh-CN', 'households', reply);
    expect(inZh).toBe('有数据未通过校验，导入已撤销，未写入任何数据。（字段“户籍人数”的值不符合要求）');
    expect(inZh).not.toSatisfy((text: string) => english.test(text));
    expect(applyFailureText(en, 'en', 'households', reply)).toContain('Too big');
  });

  it('says a record deleted meanwhile, and a server-owned field, in Chinese', () => {
    expect(
      applyFailureText(zh, 'zh-CN', 'grids', failed(new LocalChangeError('grids 123 is deleted'))),
    ).toContain('已被删除');
    const owned = failed(new LocalChangeError('version is set by the server, not by an edit', 'version'));
    expect(applyFailureText(zh, 'zh-CN', 'grids', owned)).not.toMatch(/set by the server/);
  });

  it('words a storage failure without its English detail', () => {
    const reply = failed(
      Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' }),
    );
    expect(applyFailureText(zh, 'zh-CN', 'grids', reply)).not.toSatisfy((text: string) => english.test(text));
  });
});

describe('a plan that changed under the check', () => {
  it('gives the figures before and after and the codes now taken', () => {
    const lines = planChangedLines(zh, 'grids', {
      before: { creates: 2, updates: 0, unchanged: 0, issues: 0 },
      after: { creates: 1, updates: 1, unchanged: 0, issues: 0 },
      taken: ['G-02'],
      takenTotal: 1,
    });
    expect(lines).toEqual([
      '新增 2 → 1，更新 0 → 1，无变化 0 → 0，问题 0 → 0。',
      '检查后本地已出现 1 个相同编码的网格：G-02',
    ]);
  });
});
