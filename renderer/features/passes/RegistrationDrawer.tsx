/**
 * One registration opened from the reviewed list: the card, its evidence as it stands now, and
 * for an approved pass 注销 (revoke) with a reason from the list — written like every decision
 * (writeLocalChange: row, outbox and audit in one transaction, then synced) and announced.
 */
import { Button, Drawer, Spin } from 'antd';
import { useState } from 'react';
import { mayWrite } from '#common/domain/rolePolicy';
import type { PassReason } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { writeErrorMessage } from '#renderer/shared/roleMessage';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { passReasonKey } from '#renderer/i18n/domainWords';
import { EvidenceList } from './EvidenceList';
import { decide } from './passMutations';
import { decisionProblemKey } from './passWords';
import { ReasonPicker } from './ReasonPicker';
import { RegistrationCard } from './RegistrationCard';
import { useRegistration } from './usePasses';

export function RegistrationDrawer({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const opened = useRegistration(id);
  const [picker, setPicker] = useState(false);
  const [message, setMessage] = useState('');
  const canRevoke = mayWrite(session.role, 'passRegistrations', { status: 'revoked' });

  const revoke = (reason: PassReason, note: string) => {
    setPicker(false);
    if (!opened) return;
    const reg = opened.reg;
    decide(db, session, reg, { kind: 'revoke', reason, note }, false).then(
      (result) =>
        setMessage(
          result.ok
            ? t('epass.announce.revoked', { name: reg.maskedName, reason: t(passReasonKey[reason]) })
            : t(decisionProblemKey[result.problem]),
        ),
      (error: unknown) => setMessage(t('epass.announce.failed', { error: writeErrorMessage(t, error) })),
    );
  };

  return (
    <Drawer open width={720} title={t('epass.detail.title')} onClose={onClose} destroyOnHidden>
      <div className="passes registration-drawer" data-testid="registration-drawer">
        {opened === undefined ? (
          <Spin />
        ) : opened === null ? null : (
          <>
            <RegistrationCard reg={opened.reg} reviewerName={opened.reviewerName} />
            {opened.evidence ? <EvidenceList evidence={opened.evidence} /> : null}
            {opened.reg.status === 'approved' && canRevoke && !picker ? (
              <Button danger onClick={() => setPicker(true)} data-testid="revoke-open">
                {t('epass.action.revoke')}
              </Button>
            ) : null}
            {picker ? (
              <ReasonPicker mode="revoke" onConfirm={revoke} onCancel={() => setPicker(false)} />
            ) : null}
          </>
        )}
        <p role="status" aria-live="polite" data-testid="drawer-announce">
          {message}
        </p>
      </div>
    </Drawer>
  );
}
