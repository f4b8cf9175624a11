/**
 * The words for a campaign in the sweeps screen's picker: its name, followed by its kind only
 * when the name does not already say it. A demo or imported campaign is often named after its
 * kind (敲门行动 of kind knock), and the picker showed "敲门行动（敲门行动）".
 */
import type { CampaignKind } from '#common/schemas';
import type { Translate } from '#renderer/i18n/translate';
import { sweepsCampaignKindKey } from '#renderer/i18n/keyTables';

const squeeze = (text: string) => text.replace(/\s+/gu, '').toLowerCase();

export function campaignLabel(campaign: { name: string; kind: CampaignKind }, t: Translate): string {
  const kind = t(sweepsCampaignKindKey[campaign.kind]);
  const name = campaign.name.trim();
  if (name === '') return kind;
  if (squeeze(name).includes(squeeze(kind))) return name;
  return t('sweeps.campaign.option', { name, kind });
}
