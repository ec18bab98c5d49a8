import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../api/types.ts';
import { GraphNodeShape } from './GraphNodeShape.tsx';
import { COLOURS } from './graphColours.ts';
import { organisationKindLabel } from './labels.ts';

const swatch = { width: 30, height: 30, viewBox: '-15 -15 30 30' } as const;

/** What the shapes, rings, colours and lines of the picture mean. */
export function GraphLegend() {
  const { t } = useTranslation();
  const n = 'relations.graph' as const;
  const line = (colour: string, width: number, dash?: string) => (
    <svg width={30} height={12} viewBox="0 0 30 12" aria-hidden="true">
      <line
        x1={1}
        y1={6}
        x2={29}
        y2={6}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </svg>
  );
  return (
    <ul className="akniet-graph-legend" aria-label={t(`${n}.legend`)} data-graph-legend>
      <li>
        <svg {...swatch} aria-hidden="true">
          <GraphNodeShape node={{ type: 'person', size: 8, onPath: false }} />
        </svg>
        {t(`${n}.person`)}
      </li>
      <li>
        <svg {...swatch} aria-hidden="true">
          <GraphNodeShape node={{ type: 'person', official: true, size: 8, onPath: false }} />
        </svg>
        {t(`${n}.official`)}
      </li>
      {ORGANISATION_KINDS.map((kind) => (
        <li key={kind}>
          <svg {...swatch} aria-hidden="true">
            <GraphNodeShape node={{ type: 'organisation', kind, size: 8, onPath: false }} />
          </svg>
          {organisationKindLabel(t, kind)}
        </li>
      ))}
      <li>
        {line(COLOURS.edge, 1.5)}
        {t(`${n}.relationLine`)}
      </li>
      <li>
        {line(COLOURS.edge, 1.5, '5 3')}
        {t(`${n}.dealingLine`)}
      </li>
      <li>
        {line(COLOURS.path, 4)}
        {t(`${n}.pathLine`)}
      </li>
    </ul>
  );
}
