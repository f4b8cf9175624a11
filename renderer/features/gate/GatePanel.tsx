/**
 * The gate check form 卡口核验: the checkpoint, the direction 进/出, an optional temperature and
 * the code field. A USB barcode/QR scanner is a keyboard: it types the code in a fast burst and
 * ends with Enter. So the field is a plain input that takes every keystroke as it comes, submits
 * on Enter with the value as typed, empties itself at once (the next scan's first character
 * lands in an empty field while this one is still being verified) and keeps focus. Only the
 * latest scan's result is shown. Enter in the temperature field moves to the code field.
 */
import { Alert, Button, Input, Radio, Select, Tag, type InputRef } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { GateDirection } from '#common/schemas';
import { gateDirections } from '#common/schemas';
import { checkpointModeKey, gateDirectionKey } from '#renderer/i18n/domainWords';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { sampleDemoCode } from './demoPass';
import { checkPass, type GateCheckOutcome } from './gateMutations';
import type { GateCheckpoint } from './gateQueries';
import { GateResultCard } from './GateResultCard';
import { useTrustedPassKey } from './useGate';

interface Props {
  checkpoints: readonly GateCheckpoint[];
  checkpointId: string | null;
  onCheckpoint(id: string): void;
}

/** Temperature as typed: null when empty, NaN when not a reading in 30–45 °C. */
function parseTemperature(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 30 && value <= 45 ? Math.round(value * 10) / 10 : Number.NaN;
}

export function GatePanel({ checkpoints, checkpointId, onCheckpoint }: Props) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const trusted = useTrustedPassKey();
  const [direction, setDirection] = useState<GateDirection>('in');
  const [temperatureText, setTemperatureText] = useState('');
  const [code, setCode] = useState('');
  const [shown, setShown] = useState<{
    outcome: GateCheckOutcome;
    temperature: number | null;
    direction: GateDirection;
  } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef(0);
  const [samples, setSamples] = useState(0);
  const [noSample, setNoSample] = useState(false);
  const codeRef = useRef<InputRef>(null);
  const gate = checkpoints.find((c) => c.checkpoint.id === checkpointId) ?? null;
  const temperature = parseTemperature(temperatureText);
  const temperatureBad = Number.isNaN(temperature);
  const readOnly = session.role === 'briefing';

  const submit = async (text: string) => {
    if (!gate || text.trim() === '' || temperatureBad || readOnly) return;
    const ticket = ++latest.current;
    const reading = { temperature, direction };
    setCode('');
    setTemperatureText('');
    try {
      const outcome = await checkPass(db, session, { gate, direction, code: text, temperature });
      if (ticket === latest.current) {
        setShown({ outcome, ...reading });
        setFailure(null);
      }
    } catch (error) {
      if (ticket === latest.current) setFailure(error instanceof Error ? error.message : String(error));
    }
    codeRef.current?.focus();
  };

  const onCodeKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    void submit(e.currentTarget.value);
  };

  return (
    <div className="gate-panel" data-testid="gate-panel">
      <h4>
        {t('gate.panel.title')}{' '}
        {trusted?.kind === 'demo' && (
          <Tag color="orange" data-testid="gate-key" data-kind="demo">
            {t('gate.key.demo')}
          </Tag>
        )}
        {trusted?.kind === 'centre' && (
          <span className="muted" data-testid="gate-key" data-kind="centre">
            {t('gate.key.centre', { keyId: trusted.key.keyId.slice(0, 8) })}
          </span>
        )}
      </h4>
      {trusted?.kind === 'missing' && (
        <Alert type="warning" showIcon message={t('gate.key.missing')} data-testid="gate-key-missing" />
      )}
      {readOnly && <Alert type="info" showIcon message={t('gate.readOnly')} />}
      <div className="gate-fields">
        <div className="gate-field">
          <span className="muted" id="gate-checkpoint-label">
            {t('gate.checkpoint')}
          </span>
          <Select
            data-testid="gate-checkpoint"
            aria-labelledby="gate-checkpoint-label"
            showSearch
            optionFilterProp="label"
            style={{ width: 320 }}
            placeholder={t('gate.checkpoint.placeholder')}
            value={checkpointId ?? undefined}
            onChange={(id: string) => {
              onCheckpoint(id);
              codeRef.current?.focus();
            }}
            options={checkpoints.map((c) => ({
              value: c.checkpoint.id,
              label: `${c.checkpoint.name} · ${c.gridLabel} · ${t(checkpointModeKey[c.checkpoint.mode])}`,
            }))}
          />
        </div>
        <div className="gate-field">
          <span className="muted" id="gate-direction-label">
            {t('gate.direction')}
          </span>
          <Radio.Group
            data-testid="gate-direction"
            aria-labelledby="gate-direction-label"
            optionType="button"
            buttonStyle="solid"
            value={direction}
            onChange={(e) => {
              setDirection(e.target.value as GateDirection);
              codeRef.current?.focus();
            }}
            options={gateDirections.map((d) => ({ value: d, label: t(gateDirectionKey[d]) }))}
          />
        </div>
        <label className="gate-field">
          <span className="muted">{t('gate.temperature')}</span>
          <Input
            data-testid="gate-temperature"
            inputMode="decimal"
            style={{ width: 120 }}
            status={temperatureBad ? 'error' : undefined}
            value={temperatureText}
            onChange={(e) => setTemperatureText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                codeRef.current?.focus();
              }
            }}
          />
          {temperatureBad && (
            <span className="warn" data-testid="gate-temperature-error">
              {t('gate.temperature.invalid')}
            </span>
          )}
        </label>
      </div>
      <label className="gate-code">
        <span className="muted">{t('gate.code')}</span>
        <Input
          ref={codeRef}
          data-testid="gate-code"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          disabled={!gate || readOnly || trusted?.kind === 'missing'}
          placeholder={t('gate.code.placeholder')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={onCodeKey}
        />
        <span className="muted">{t('gate.code.hint')}</span>
      </label>
      {trusted?.kind === 'demo' && gate && (
        <div className="gate-demo">
          <Button
            size="small"
            data-testid="gate-demo-sample"
            onClick={async () => {
              const sample = await sampleDemoCode(db, gate.checkpoint.gridId, samples);
              setSamples((n) => n + 1);
              setNoSample(sample === null);
              if (sample) setCode(sample);
              codeRef.current?.focus();
            }}
          >
            {t('gate.demo.sample')}
          </Button>
          {noSample && <span className="muted"> {t('gate.demo.none')}</span>}
        </div>
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          message={t('gate.failed', { message: failure })}
          data-testid="gate-failed"
        />
      )}
      <GateResultCard
        outcome={shown?.outcome ?? null}
        direction={shown?.direction ?? direction}
        temperature={shown?.temperature ?? null}
      />
    </div>
  );
}
