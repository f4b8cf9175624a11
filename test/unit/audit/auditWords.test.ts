/**
 * The audit log speaks the user's words: every field of every synced entity has a label in
 * both languages, every stored enum value has a message, and values read as a duty officer
 * reads them (处置中 not in-progress, names not ids, Shanghai time) — never as nothing.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entitySchemas } from '#common/schemas/entities';
import { changedFields, recordFields } from '#renderer/features/audit/auditDiff';
import { referencedIds } from '#renderer/features/audit/auditNames';
import { recordLabel } from '#renderer/features/audit/auditRecord';
import {
  fieldLabel,
  nameKey,
  showValue,
  timelineAdded,
  type ValueContext,
} from '#renderer/features/audit/auditValue';
import { fieldKey, valueKind } from '#renderer/features/audit/auditVocabulary';
import { en } from '#renderer/i18n/en';
import { makeTranslate } from '#renderer/i18n/translate';
import type { AuditEntry } from '#common/schemas';

const bookkeeping = new Set(['id', 'stationId', 'version', 'updatedAt', 'updatedBy']);
const zhCtx = (names: Map<string, string> = new Map()): ValueContext => ({
  t: makeTranslate('zh-CN'),
  language: 'zh-CN',
  names,
});

/** The stored values of an enum field (or of an array of enums), read from its schema. */
function enumValues(schema: z.ZodType): readonly string[] | null {
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodArray && schema.element instanceof z.ZodEnum)
    return schema.element.options.map(String);
  return null;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function entry(over: Partial<AuditEntry>): AuditEntry {
  return {
    id: uuid(1),
    stationId: uuid(2),
    at: 0,
    who: '值班台-1',
    workstation: '值班台-1',
    action: 'update',
    entity: 'incidents',
    entityId: uuid(3),
    before: null,
    after: null,
    ...over,
  };
}

describe('audit vocabulary', () => {
  it('labels every field of every synced entity in Chinese and English', () => {
    for (const [entity, schema] of Object.entries(entitySchemas)) {
      for (const field of Object.keys(schema.shape)) {
        if (bookkeeping.has(field)) continue;
        const key = fieldKey(entity, field);
        expect(key, `${entity}.${field}`).not.toBeNull();
        if (key) expect(en[key], `en ${key}`).toBeTruthy();
      }
    }
  });

  it('has a message for every stored enum value, so no raw value reaches the screen', () => {
    const ctx = zhCtx();
    let checked = 0;
    for (const [entity, schema] of Object.entries(entitySchemas)) {
      for (const [field, fieldSchema] of Object.entries(schema.shape)) {
        const values = enumValues(fieldSchema as z.ZodType);
        if (!values) continue;
        const kind = valueKind(entity, field);
        expect(['enum', 'enumList'], `${entity}.${field} is shown as an enum`).toContain(kind.kind);
        for (const v of values) {
          const shown = showValue(entity, field, kind.kind === 'enumList' ? [v] : v, ctx);
          expect(shown, `${entity}.${field}=${v}`).not.toBe(v);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('audit values', () => {
  it('reads an incident status change as 已指派 → 处置中 with the field called 状态', () => {
    const ctx = zhCtx();
    const [change] = changedFields({ status: 'assigned' }, { status: 'in-progress' }, 'incidents');
    expect(fieldLabel('incidents', change!.field, ctx)).toBe('状态');
    expect(showValue('incidents', 'status', change!.before, ctx)).toBe('已指派');
    expect(showValue('incidents', 'status', change!.after, ctx)).toBe('处置中');
    expect(showValue('testingSites', 'status', 'open', ctx)).toBe('采样中');
  });

  it('names officers, grids and households instead of showing their ids', () => {
    const officer = uuid(10);
    const grid = uuid(11);
    const names = new Map([
      [nameKey('officers', officer), '陈志强'],
      [nameKey('grids', grid), 'HS-001 金尚嘉园'],
    ]);
    const ctx = zhCtx(names);
    expect(showValue('incidents', 'assigneeId', officer, ctx)).toBe('陈志强');
    expect(showValue('incidents', 'assigneeId', null, ctx)).toBe('未指派');
    expect(showValue('controlLevels', 'gridId', grid, ctx)).toBe('HS-001 金尚嘉园');
    expect(showValue('controlLevels', 'to', null, ctx)).toBe('生效中');
    expect(showValue('campaigns', 'targetGridIds', [grid], ctx)).toBe('HS-001 金尚嘉园');
    // an id this cache does not hold says so, briefly, rather than dumping the UUID
    expect(showValue('grids', 'officerId', uuid(99), ctx)).toContain(uuid(99).slice(0, 8));
    expect(showValue('grids', 'officerId', uuid(99), ctx)).not.toContain(uuid(99));
  });

  it('shows instants in Asia/Shanghai, whatever the machine zone', () => {
    const at = Date.UTC(2026, 10, 20, 17, 5, 9); // 01:05:09 the next day in Shanghai (UTC+8)
    expect(showValue('incidents', 'reportedAt', at, zhCtx())).toBe('2026/11/21 01:05:09');
  });

  it('shows booleans, nested staff and timelines in words', () => {
    const ctx = zhCtx();
    expect(showValue('officers', 'onDuty', true, ctx)).toBe('是');
    expect(
      showValue('shifts', 'staff', [{ kind: 'police', name: '王伟', officerId: null, teamId: null }], ctx),
    ).toContain('王伟');
    const timeline = [{ at: 0, by: 'x', kind: 'note', text: '民警已到场' }];
    expect(showValue('incidents', 'timeline', timeline, ctx)).toContain('民警已到场');
    expect(showValue('incidents', 'timeline', timeline, ctx)).toContain('处置记录');
    const grown = [...timeline, { at: 1, by: 'x', kind: 'status', text: '处置中' }];
    expect(timelineAdded(timeline, grown, ctx)).toBe('新增 状态变更：处置中');
    expect(timelineAdded(grown, timeline, ctx)).toBeNull();
  });

  it('lists changed fields in the schema order, deleted after, bookkeeping left out', () => {
    const fields = changedFields(
      { version: 1, status: 'new', type: 'dispute', deleted: false },
      { version: 2, status: 'assigned', type: 'medical', deleted: true },
      'incidents',
    ).map((c) => c.field);
    expect(fields).toEqual(['type', 'status', 'deleted']);
    expect(
      recordFields({ id: 'x', reason: 'r', level: 'sealed' }, 'controlLevels').map((f) => f.field),
    ).toEqual(['level', 'reason']);
  });

  it('names the record of an entry and finds every id an entry mentions', () => {
    const grid = uuid(11);
    const officer = uuid(10);
    const e = entry({
      entity: 'controlLevels',
      who: officer,
      after: { gridId: grid, level: 'sealed', from: 0, to: null, decidedBy: officer, reason: '升级' },
    });
    const names = new Map([[nameKey('grids', grid), 'HS-001 金尚嘉园']]);
    expect(recordLabel(e, zhCtx(names))).toBe('HS-001 金尚嘉园 · 封控区');
    const wanted = referencedIds([e]);
    expect([...(wanted.get('grids') ?? [])]).toEqual([grid]);
    expect([...(wanted.get('officers') ?? [])]).toEqual([officer]);
  });
});
