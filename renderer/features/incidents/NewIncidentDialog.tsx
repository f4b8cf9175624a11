/**
 * 新建警情 from the incident list: the same form as on the board, beside a small station map.
 * A click on the map (crosshair) sets the point, or a grid chosen in the form places it inside
 * that grid; either way the grid is derived from the point by point-in-polygon.
 */
import { Modal } from 'antd';
import { useState } from 'react';
import type { LngLat } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { StationMap } from '#renderer/features/basemap';
import { NewIncidentForm } from './NewIncidentForm';
import { roundPoint } from './newIncident';
import { usePickerMap } from './usePickerMap';

export function NewIncidentDialog(props: {
  onClose(): void;
  onSaved(saved: { id: string; gridId: string }): void;
}) {
  const { t } = useI18n();
  const [point, setPoint] = useState<LngLat | null>(null);
  // the opening zoom has ended: the map is at its final place and size on screen
  const [opened, setOpened] = useState(false);
  const map = usePickerMap();

  return (
    <Modal
      open
      title={t('newIncident.title')}
      footer={null}
      width={1100}
      onCancel={props.onClose}
      className="new-incident-modal"
      destroyOnHidden
      afterOpenChange={setOpened}
    >
      <div className="ni-layout" data-testid="new-incident-dialog" data-opened={opened ? 'true' : undefined}>
        <div className="ni-map">
          <StationMap
            grids={map?.grids ?? []}
            incidents={map?.incidents}
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
