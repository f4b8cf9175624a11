/** The stale banner's "how long ago" in both languages. */
import { describe, expect, it } from 'vitest';
import { ageText } from '#renderer/features/briefing/ageText';
import { makeTranslate } from '#renderer/i18n/translate';

const MIN = 60_000;

describe('ageText', () => {
  const zh = makeTranslate('zh-CN');
  const en = makeTranslate('en');
  it('minutes under an hour, hours and minutes under two days, then days', () => {
    expect(ageText(0, zh)).toBe('0 分钟');
    expect(ageText(59 * MIN + 59_000, zh)).toBe('59 分钟');
    expect(ageText(125 * MIN, zh)).toBe('2 小时 5 分钟');
    expect(ageText(47 * 60 * MIN, en)).toBe('47 h 0 min');
    expect(ageText(3 * 24 * 60 * MIN, zh)).toBe('3 天');
    expect(ageText(-5 * MIN, en)).toBe('0 min');
  });
});
