/** The map's strings, from the app's i18n (the map component hard-codes no text). */
import { useMemo } from 'react';
import type { MapLabels } from '#renderer/map';
import { useI18n } from '#renderer/i18n/I18nContext';
import {
  checkpointModeKey,
  levelKey,
  severityKey,
  siteStatusKey,
  wordsFor,
} from '#renderer/i18n/domainWords';

export function useMapLabels(): MapLabels {
  const { t } = useI18n();
  return useMemo(
    () => ({
      legendTitle: t('board.legend'),
      levelNames: wordsFor(levelKey, t),
      coverage: t('board.coverage'),
      coverageLow: '0%',
      coverageHigh: '100%',
      unregistered: t('fusion.map.legend'),
      severityNames: wordsFor(severityKey, t),
      checkpointModeNames: wordsFor(checkpointModeKey, t),
      siteStatusNames: wordsFor(siteStatusKey, t),
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
