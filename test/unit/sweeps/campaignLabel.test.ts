/** The sweeps picker names a campaign once: its kind follows only when the name does not say it. */
import { describe, expect, it } from 'vitest';
import { campaignLabel } from '#renderer/features/sweeps/campaignLabel';
import { makeTranslate } from '#renderer/i18n/translate';

const zh = makeTranslate('zh-CN');
const en = makeTranslate('en');

describe('campaignLabel', () => {
  it('prints a campaign named after its kind once (was "敲门行动（敲门行动）")', () => {
    expect(campaignLabel({ name: '敲门行动', kind: 'knock' }, zh)).toBe('敲门行动');
  });

  it('keeps a name that already contains the kind, spaces aside', () => {
    expect(campaignLabel({ name: '十一月 敲门 行动', kind: 'knock' }, zh)).toBe('十一月 敲门 行动');
  });

  it('adds the kind when the name does not say it', () => {
    expect(campaignLabel({ name: '冬季清查', kind: 'floating' }, zh)).toBe('冬季清查（流动人口专项排查）');
  });

  it('adds the English kind to a Chinese name in English', () => {
    expect(campaignLabel({ name: '敲门行动', kind: 'knock' }, en)).toBe('敲门行动 (Knock on every door)');
  });

  it('falls back to the kind for a blank name', () => {
    expect(campaignLabel({ name: '  ', kind: 'one-standard-three-real' }, zh)).toBe('一标三实');
  });
});
