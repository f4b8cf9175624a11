/** The centre's audit trail reads in words: labelled fields and values, reasons, sessions and codes — no raw JSON or session ids. */
import { describe, expect, it } from 'vitest';
import type { ServerAuditEntry } from '#common/auth/protocol';
import { nameKey, type ValueContext } from '#renderer/features/audit/auditValue';
import { centreDetailText } from '#renderer/features/audit/centreDetail';
import { makeTranslate } from '#renderer/i18n/translate';

const AT = Date.UTC(2022, 8, 30, 2, 0);
const chief = '00000000-0000-4000-8000-000000000001';
const ctx: ValueContext = {
  t: makeTranslate('zh-CN'),
  language: 'zh-CN',
  names: new Map([[nameKey('officers', chief), '林玲俊']]),
};

const entry = (over: Partial<ServerAuditEntry>): ServerAuditEntry => ({
  id: 1,
  at: AT,
  action: 'change',
  officerId: chief,
  officerName: '林玲俊',
  deviceId: null,
  workstation: '值班台-1',
  entity: null,
  entityId: null,
  changes: null,
  detail: {},
  ...over,
});

describe('centreDetailText', () => {
  it('shows a change with field labels and values in words', () => {
    const text = centreDetailText(
      entry({ entity: 'incidents', changes: { status: { before: 'assigned', after: 'in-progress' } } }),
      ctx,
    );
    expect(text).toContain('处置中');
    expect(text).not.toContain('in-progress');
    expect(text).not.toContain('status');
  });

  it('shows a refusal by its reason, a sign-in by its end, a handover by name, a code by kind and uses', () => {
    expect(
      centreDetailText(
        entry({ action: 'refused-change', detail: { reason: '修改人的账号在修改前已被停用' } }),
        ctx,
      ),
    ).toBe('修改人的账号在修改前已被停用');
    const signin = centreDetailText(
      entry({ action: 'signin', detail: { sessionId: 'secret-id', expiresAt: AT + 12 * 3_600_000 } }),
      ctx,
    );
    expect(signin).toMatch(/^会话有效至 /);
    expect(signin).not.toContain('secret-id');
    expect(
      centreDetailText(entry({ action: 'handover', detail: { fromOfficerId: chief, sessionId: 's' } }), ctx),
    ).toBe('接替 林玲俊');
    expect(
      centreDetailText(
        entry({ action: 'code-create', detail: { kind: 'display', maxUses: 1, expiresAt: AT } }),
        ctx,
      ),
    ).toMatch(/^简报屏注册码，可用 1 次，有效至 /);
    expect(centreDetailText(entry({ action: 'device-revoke', detail: { anything: 'x' } }), ctx)).toBe('');
  });
});

describe('centreDetailText in the reader’s language', () => {
  it('translates refusal codes and never shows the English half of a centre message in zh', () => {
    const refused = entry({
      action: 'refused-change',
      detail: {
        refusal: 'officer-inactive',
        reason: '操作人当时已停用 / The officer was no longer active when the change was made.',
      },
    });
    expect(centreDetailText(refused, ctx)).toBe('修改人的账号在修改前已被停用');
    const forbidden = entry({
      action: 'forbidden',
      detail: { message: '越权：该记录属于其他派出所 / Forbidden: another station' },
    });
    expect(centreDetailText(forbidden, ctx)).toBe('越权：该记录属于其他派出所');
    expect(centreDetailText(forbidden, { ...ctx, t: makeTranslate('en'), language: 'en' })).toBe(
      'Forbidden: another station',
    );
    expect(centreDetailText(entry({ action: 'signin-refused', detail: { refusal: 'wrong-pin' } }), ctx)).toBe(
      '原因：PIN 不正确',
    );
    expect(centreDetailText(entry({ action: 'signin-refused', detail: { refusal: 'toString' } }), ctx)).toBe(
      '原因：toString',
    );
  });
});
