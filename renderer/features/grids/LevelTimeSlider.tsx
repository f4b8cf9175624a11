/**
 * The board map's time slider: "as of" any whole hour of the last 30 days, with a label
 * 截至 MM-DD HH:00 and a reset to now. Value null = now (the live picture).
 */
import { Button, Slider } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';

const HOUR = 3_600_000;
export const SLIDER_HOURS = 30 * 24;

/** MM-DD HH:00 in the station's zone. */
import { formatHourLabel } from '#renderer/i18n/format';

export { formatHourLabel };

export function LevelTimeSlider(props: {
  now: number;
  asOf: number | null;
  onChange: (asOf: number | null) => void;
}) {
  const { t } = useI18n();
  const hourNow = Math.floor(props.now / HOUR) * HOUR;
  const hoursBack = props.asOf === null ? 0 : Math.round((hourNow - props.asOf) / HOUR);
  return (
    <span className="level-time-slider" data-testid="level-time-slider" data-as-of={props.asOf ?? 'now'}>
      <Slider
        style={{ width: 180, margin: '0 8px', display: 'inline-block', verticalAlign: 'middle' }}
        min={-SLIDER_HOURS}
        max={0}
        step={1}
        value={-hoursBack}
        tooltip={{
          formatter: (v) =>
            v === 0 || v === undefined ? t('slider.now') : formatHourLabel(hourNow + v * HOUR),
        }}
        onChange={(v: number) => props.onChange(v === 0 ? null : hourNow + v * HOUR)}
        ariaLabelForHandle={t('slider.aria')}
      />
      <span data-testid="level-time-label">
        {props.asOf === null ? t('slider.asOfNow') : t('slider.asOf', { time: formatHourLabel(props.asOf) })}
      </span>
      {props.asOf !== null ? (
        <Button size="small" type="link" data-testid="level-time-now" onClick={() => props.onChange(null)}>
          {t('slider.now')}
        </Button>
      ) : null}
    </span>
  );
}
