/**
 * Says over the map that the basemap cannot be drawn (a tile server that does not answer, a
 * PMTiles file gone or damaged) — the map itself keeps working on the background without it.
 * The text comes from the app (the map hard-codes no UI text); the detail is maplibre's.
 */
export function BasemapFailure({ text, detail }: { text: string; detail: string }) {
  return (
    <div
      role="alert"
      data-testid="basemap-failure"
      title={detail}
      style={{
        position: 'absolute',
        left: '50%',
        bottom: 12,
        transform: 'translateX(-50%)',
        zIndex: 2,
        maxWidth: '80%',
        padding: '4px 12px',
        borderRadius: 4,
        background: 'rgba(120, 30, 30, 0.9)',
        color: '#fff',
        fontSize: 13,
        pointerEvents: 'none',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      }}
    >
      {text}
    </div>
  );
}
