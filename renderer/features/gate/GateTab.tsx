/**
 * The gate check tab of the checkpoints screen (卡口核验): the check form and its result beside
 * the checkpoint's latest checks, and today's counts per checkpoint per hour below.
 */
import { Spin } from 'antd';
import { useState } from 'react';
import { GateHourlyCounts } from './GateHourlyCounts';
import { GatePanel } from './GatePanel';
import { RecentChecks } from './RecentChecks';
import { useGateCheckpoints } from './useGate';
import './gate.css';

export function GateTab({ now }: { now: number }) {
  const checkpoints = useGateCheckpoints(now);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!checkpoints) return <Spin />;
  const checkpointId = chosen ?? checkpoints[0]?.checkpoint.id ?? null;
  return (
    <div className="gate-tab" data-testid="gate-tab">
      <div className="gate-top">
        <GatePanel checkpoints={checkpoints} checkpointId={checkpointId} onCheckpoint={setChosen} />
        <RecentChecks checkpointId={checkpointId} />
      </div>
      <GateHourlyCounts checkpoints={checkpoints} now={now} />
    </div>
  );
}
