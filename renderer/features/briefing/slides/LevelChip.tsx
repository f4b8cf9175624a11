/** A control level as a coloured chip in the map's colours (text dark or light for contrast). */
import type { ControlLevel } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { levelColours } from '#renderer/theme/palette';
import { levelKey } from '#renderer/i18n/domainWords';

// Only the darkest fill needs light text; the other fills are light enough for black.
const lightText: ReadonlySet<ControlLevel> = new Set<ControlLevel>(['sealed']);

export function LevelChip({ level }: { level: ControlLevel }) {
  const { t } = useI18n();
  return (
    <span
      className="briefing-level"
      data-level={level}
      style={{ background: levelColours[level], color: lightText.has(level) ? '#ffffff' : '#03060c' }}
    >
      {t(levelKey[level])}
    </span>
  );
}
