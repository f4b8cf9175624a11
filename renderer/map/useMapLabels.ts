/** The map's strings, from the app's i18n (the map component hard-codes no text). */
import { useMemo } from 'react';
import { checkpointModes, controlLevels, severities, siteStatuses } from '#common/schemas';
import type { MapLabels } from '.';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { MessageKey } from '#renderer/i18n/zh';

function names<K extends string>(
  keys: readonly K[],
  prefix: string,
  t: (k: MessageKey) => string,
): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}` as MessageKey)])) as Record<K, string>;
}

export function useMapLabels(): MapLabels {
  const { t } = useI18n();
  return useMemo(
    () => ({
      legendTitle: t('board.legend'),
      levelNames: names(controlLevels, 'level', t),
      coverage: t('board.coverage'),
      coverageLow: '0%',
      coverageHigh: '100%',
      severityNames: names(severities, 'severity', t),
      checkpointModeNames: names(checkpointModes, 'checkpointMode', t),
      siteStatusNames: names(siteStatuses, 'siteStatus', t),
      layerNames: {
        checkpoints: t('board.layers.checkpoints'),
        incidents: t('board.layers.incidents'),
        testingSites: t('board.layers.sites'),
        labels: t('board.layers.labels'),
      },
    }),
    [t],
  );
}
