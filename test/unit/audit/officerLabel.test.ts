/** Who did something reads as a person everywhere: name and badge, the system, or a short unknown — never a UUID. */
import { describe, expect, it } from 'vitest';
import { officerLabel } from '#renderer/db/officerNames';
import { makeTranslate } from '#renderer/i18n/translate';

const id = '5f0c2b1e-9d7a-4c3b-8e21-0a9b8c7d6e5f';
const names = new Map([[id, { name: '蔡洋', badgeNo: '109346' }]]);

describe('officerLabel', () => {
  it('names a known officer with the badge, the system, and an unknown id by its first 8 characters', () => {
    const t = makeTranslate('zh-CN');
    expect(officerLabel(id, names, t)).toBe('蔡洋（109346）');
    expect(officerLabel('system', names, t)).toBe('系统');
    const unknown = officerLabel('0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b99', names, t);
    expect(unknown).toBe('未知民警 0b5e2c1a');
    expect(officerLabel('x', names, makeTranslate('en'))).toBe('Unknown officer x');
  });
});
