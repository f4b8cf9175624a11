/**
 * The 变更 column of the centre's audit trail in words: a change's fields with their labels and
 * values as the workstation's own audit log shows them (auditValue.ts), a refused change's
 * reason, and for the other actions the facts a chief reads (session end, workstation, code
 * kind and uses, who handed over) — never raw JSON or session ids. Pure.
 */
import type { ServerAuditEntry, SignInRefusal } from '#common/auth/protocol';
import type { MessageKey } from '#renderer/i18n/zh';
import { fieldLabel, formatInstant, nameKey, showValue, type ValueContext } from './auditValue';
import { mutationRefusalKey } from '#renderer/i18n/domainWords';

const mutationRefusalText = mutationRefusalKey;

const signInRefusalText: Record<SignInRefusal, MessageKey> = {
  'wrong-pin': 'signin.error.wrong-pin',
  'unknown-badge': 'signin.error.unknown-badge',
  locked: 'audit.centre.detail.locked',
  inactive: 'signin.error.inactive',
  'display-device': 'signin.error.display-device',
};

const known = <K extends string>(table: Record<K, MessageKey>, code: unknown): MessageKey | null =>
  typeof code === 'string' && Object.hasOwn(table, code) ? table[code as K] : null;

/** The centre writes free text as `中文 / English`: the side in the reader's language. */
function inLanguage(text: string, language: ValueContext['language']): string {
  const [zh, en] = text.split(' / ', 2);
  return (language === 'zh-CN' ? zh : en) ?? text;
}

const DETAIL_MAX = 200;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function cut(text: string): string {
  return text.length > DETAIL_MAX ? `${text.slice(0, DETAIL_MAX)}…` : text;
}

export function centreDetailText(entry: ServerAuditEntry, ctx: ValueContext): string {
  const { t, language } = ctx;
  if (entry.changes && entry.entity) {
    const entity = entry.entity;
    return cut(
      Object.entries(entry.changes)
        .map(
          ([field, c]) =>
            `${fieldLabel(entity, field, ctx)}: ${showValue(entity, field, c.before, ctx)} → ${showValue(entity, field, c.after, ctx)}`,
        )
        .join('；'),
    );
  }
  const d = entry.detail;
  const at = (v: unknown) => {
    const ms = num(v);
    return ms === null ? '—' : formatInstant(ms, language);
  };
  switch (entry.action) {
    case 'refused-change':
    case 'forbidden': {
      const key = known(mutationRefusalText, d.refusal);
      return cut(key ? t(key) : inLanguage(str(d.reason) ?? str(d.message) ?? '', language));
    }
    case 'signin':
      return t('audit.centre.detail.session', { until: at(d.expiresAt) });
    case 'handover': {
      const from = str(d.fromOfficerId);
      const name = from ? (ctx.names.get(nameKey('officers', from)) ?? from) : '—';
      return t('audit.centre.detail.handover', { from: name });
    }
    case 'signin-refused': {
      const key = known(signInRefusalText, d.refusal);
      return t('audit.centre.detail.refusal', { refusal: key ? t(key) : (str(d.refusal) ?? '—') });
    }
    case 'enrol':
    case 'enrol-refused':
      return t('audit.centre.detail.enrol', { workstation: str(d.workstation) ?? '—', ip: str(d.ip) ?? '—' });
    case 'code-create':
      return t('audit.centre.detail.code', {
        kind:
          d.kind === 'display'
            ? t('audit.centre.detail.kind.display')
            : t('audit.centre.detail.kind.workstation'),
        uses: num(d.maxUses) ?? 0,
        until: at(d.expiresAt),
      });
    case 'intake':
    case 'intake-refused':
      return t('audit.centre.detail.intake', {
        label: str(d.label) ?? '—',
        rows: num(d.rows) ?? 0,
        queued: num(d.queued) ?? 0,
        replayed: num(d.replayed) ?? 0,
        refused: num(d.refused) ?? 0,
      });
    default:
      return '';
  }
}
