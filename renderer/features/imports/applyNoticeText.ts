/**
 * What an apply that did not import says, in words: a failure's reason with its facts in
 * Chinese (a LocalChangeError's English text reaches only the en interface), and for a plan
 * that changed under the check, the figures before → after and the codes or addresses that
 * now exist. Pure, so a unit test can read every wording.
 */
import type { Language, Translate } from '#renderer/i18n/translate';
import type { MessageKey } from '#renderer/i18n/zh';
import type { ApplyFailure, ApplyFailureDetail, PlanChanges } from './importMessages';
import type { ImportKind } from './importKinds';
import { fieldLabel } from './issueText';

const failureKeys: Record<ApplyFailure, MessageKey> = {
  role: 'imports.failed.role',
  quota: 'imports.failed.quota',
  invalid: 'imports.failed.invalid',
  'not-checked': 'imports.failed.other',
  duplicate: 'imports.failed.duplicate',
  other: 'imports.failed.other',
};

const stepKeys: Record<Extract<ApplyFailureDetail, { kind: 'step' }>['step'], MessageKey> = {
  'not-read': 'imports.failed.detail.step.not-read',
  'not-checked': 'imports.failed.detail.step.not-checked',
  'has-issues': 'imports.failed.detail.step.has-issues',
  'nothing-to-do': 'imports.failed.detail.step.nothing-to-do',
};

function detailText(t: Translate, kind: ImportKind, detail: ApplyFailureDetail | undefined, message: string) {
  const params = { message: message.slice(0, 200) };
  if (!detail) return t('imports.failed.detail.storage', params);
  switch (detail.kind) {
    case 'deleted':
      return t('imports.failed.detail.deleted', params);
    case 'server-field':
      return t('imports.failed.detail.serverField', { ...params, field: fieldLabel(t, kind, detail.field) });
    case 'schema':
      return t('imports.failed.detail.schema', { ...params, field: fieldLabel(t, kind, detail.field) });
    case 'step':
      return t(stepKeys[detail.step], params);
    case 'storage':
      return t('imports.failed.detail.storage', params);
  }
}

export function applyFailureText(
  t: Translate,
  language: Language,
  kind: ImportKind,
  failure: { reason: ApplyFailure; message: string; detail?: ApplyFailureDetail },
): string {
  // the raw English text is a fact for the en interface only
  const detail =
    language === 'en' ? failure.message.slice(0, 200) : detailText(t, kind, failure.detail, failure.message);
  return t(failureKeys[failure.reason], { detail });
}

export function planChangedLines(t: Translate, kind: ImportKind, changes: PlanChanges): string[] {
  const { before, after } = changes;
  const lines = [
    t('imports.planChanged.counts', {
      createsBefore: before.creates,
      createsAfter: after.creates,
      updatesBefore: before.updates,
      updatesAfter: after.updates,
      unchangedBefore: before.unchanged,
      unchangedAfter: after.unchanged,
      issuesBefore: before.issues,
      issuesAfter: after.issues,
    }),
  ];
  if (changes.takenTotal > 0) {
    const list =
      changes.taken.join(t('imports.export.listSeparator')) +
      (changes.takenTotal > changes.taken.length ? ` ${t('imports.planChanged.more')}` : '');
    lines.push(
      t(kind === 'grids' ? 'imports.planChanged.taken.grids' : 'imports.planChanged.taken.households', {
        total: changes.takenTotal,
        list,
      }),
    );
  }
  return lines;
}
