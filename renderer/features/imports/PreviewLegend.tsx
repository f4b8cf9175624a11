/** What the preview map's colours mean. */
import { useI18n } from '#renderer/i18n/I18nContext';
import { currentGridColour, statusColours } from './previewStyle';

export function PreviewLegend() {
  const { t } = useI18n();
  const items = [
    ['current', currentGridColour, t('imports.preview.legend.current')],
    ['create', statusColours.create, t('imports.preview.legend.create')],
    ['update', statusColours.update, t('imports.preview.legend.update')],
    ['unchanged', statusColours.unchanged, t('imports.preview.legend.unchanged')],
    ['bad', statusColours.bad, t('imports.preview.legend.bad')],
  ] as const;
  return (
    <div className="import-legend">
      {items.map(([key, colour, label]) => (
        <span key={key}>
          <i className="swatch" style={{ background: colour }} />
          {label}
        </span>
      ))}
    </div>
  );
}
