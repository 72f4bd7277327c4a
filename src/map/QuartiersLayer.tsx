import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Layer } from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import { textElement } from './safe-tooltip';

const ATTRIBUTION = 'QPV : ANCT (data.gouv.fr, mise à jour 15/01/2026)';

function bindName(feature: Feature, layer: Layer) {
  const props = (feature.properties ?? {}) as { nom?: unknown; code?: unknown };
  const nom = typeof props.nom === 'string' ? props.nom : '';
  if (nom) {
    layer.bindTooltip(textElement(nom), {
      permanent: true,
      direction: 'top',
      className: 'quartier-label',
      offset: [0, -6],
    });
  }
}

/** The three neighbourhoods named by the 2014 laureates, always drawn with their names. */
export function QuartiersLayer({ data }: { data: FeatureCollection<Geometry> }) {
  return (
    <GeoJSON
      data={data}
      interactive={false}
      attribution={ATTRIBUTION}
      onEachFeature={bindName}
      style={{ color: '#B3400B', weight: 2.5, fillColor: '#E69F00', fillOpacity: 0.25 }}
    />
  );
}
