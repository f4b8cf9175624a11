/**
 * A workstation's update on the chief's device screen (issue 17): the state of its latest
 * update report in words (已是最新, 待重启安装, 已拒绝…), the version offered, and for a refusal
 * the reason in words — a release refused for a bad signature or a wrong hash is visible at the
 * centre, not only on the workstation. The report's detail line and time are in the tooltip.
 * The state is a word, not only a colour.
 */
import { Tag } from 'antd';
import type { DeviceUpdateReport } from '#common/update/deviceUpdateStatus';
import { updateRefusalKey, deviceUpdateStateKey } from '#renderer/i18n/domainWords';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';

const stateColour = (state: DeviceUpdateReport['state']): string =>
  state === 'refused' || state === 'error'
    ? 'red'
    : state === 'checked' || state === 'installed'
      ? 'green'
      : 'blue';

export function DeviceUpdateCell({ update }: { update: DeviceUpdateReport | null }) {
  const { t, language } = useI18n();
  if (!update) return <span>—</span>;
  const reportedAt = t('deviceUpdate.reportedAt', { time: formatDateTime(update.reportedAt, language) });
  return (
    <span
      data-testid="device-update"
      data-state={update.state}
      title={update.detail ? `${update.detail} · ${reportedAt}` : reportedAt}
    >
      <Tag color={stateColour(update.state)}>{t(deviceUpdateStateKey[update.state])}</Tag>
      {update.offeredVersion ? (
        <span className="muted">{t('deviceUpdate.offered', { version: update.offeredVersion })}</span>
      ) : null}
      {update.refusal ? (
        <div className="warn" data-testid="device-update-refusal">
          {t(updateRefusalKey[update.refusal])}
        </div>
      ) : null}
    </span>
  );
}
