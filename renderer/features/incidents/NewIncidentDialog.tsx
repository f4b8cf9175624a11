/**
 * 新建警情 from the incident list: the same form as on the board, beside a small station map.
 * A click on the map (crosshair) sets the point, or a grid chosen in the form places it inside
 * that grid; either way the grid is derived from the point by point-in-polygon.
 */
import { Modal } from 'antd';
import { useState } from 'react';
import type { LngLat } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { SituationMap, type MapLayerVisibility } from '#renderer/map';
import { useDistricts } from '#renderer/map/useDistricts';
import { useMapLabels } from '#renderer/map/useMapLabels';
import { useMapBasemap } from '#renderer/features/basemap';
import { NewIncidentForm } from './NewIncidentForm';
import { roundPoint } from './newIncident';
import { usePickerMap } from './usePickerMap';

const layers: MapLayerVisibility = { checkpoints: false, incidents: true, testingSites: false, labels: true };
const noSelection = (): void => undefined;

export function NewIncidentDialog(props: {
  onClose(): void;
  onSaved(saved: { id: string; gridId: string }): void;
}) {
  const { t } = useI18n();
  const [point, setPoint] = useState<LngLat | null>(null);
  const map = usePickerMap();
  const labels = useMapLabels();
  const districts = useDistricts();
  const basemap = useMapBasemap();

  return (
    <Modal
      open
      title={t('newIncident.title')}
      footer={null}
      width={1100}
      onCancel={props.onClose}
      className="new-incident-modal"
      destroyOnHidden
    >
      <div className="ni-layout" data-testid="new-incident-dialog">
        <div className="ni-map">
          <SituationMap
            grids={map?.grids ?? []}
            checkpoints={[]}
            incidents={map?.incidents ?? []}
            testingSites={[]}
            districts={districts}
            colourBy="level"
            layers={layers}
            selectedGridId={null}
            onSelectGrid={noSelection}
            basemap={basemap}
            fitRequest={0}
            labels={labels}
            pickPoint
            onMapClick={(p) => setPoint(roundPoint(p))}
            draftPoint={point}
          />
        </div>
        <NewIncidentForm
          point={point}
          gridPicker
          onPoint={setPoint}
          onSaved={props.onSaved}
          onCancel={props.onClose}
        />
      </div>
    </Modal>
  );
}
