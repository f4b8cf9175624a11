/**
 * Small checkbox group for the map's layers. Stateless: the board owns the visibility and
 * passes it in with the labels; this only reports which layer the user flipped.
 */
import { Checkbox, Space } from 'antd';
import type { MapLabels, MapLayerKey, MapLayerVisibility } from './types';

export interface MapLayerTogglesProps {
  layers: MapLayerVisibility;
  labels: Pick<MapLabels, 'layerNames'>;
  onChange(layers: MapLayerVisibility): void;
  className?: string;
}

const order: readonly MapLayerKey[] = ['checkpoints', 'incidents', 'testingSites', 'labels'];

export function MapLayerToggles({ layers, labels, onChange, className }: MapLayerTogglesProps) {
  return (
    <Space className={className} wrap size="small" data-testid="map-layer-toggles">
      {order.map((key) => (
        <Checkbox
          key={key}
          checked={layers[key]}
          data-layer={key}
          onChange={(e) => onChange({ ...layers, [key]: e.target.checked })}
        >
          {labels.layerNames[key]}
        </Checkbox>
      ))}
    </Space>
  );
}
