import './conflicts.css';
import { Anchor, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PathStep } from '../../../../api/types.ts';
import { formatDate } from '../../../../format/dates.ts';
import type { Language } from '../../../../i18n/languages.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';
import { formatTyiyn } from '../../../declarations/shared/tyiyn.ts';
import { sourceLabel } from './terms.ts';

type Node = PathStep['from'];

/** Where a party of the graph opens: the relations pages of a person or an organisation. */
const graphPath = (node: Node) =>
  node.type === 'person'
    ? `/work/relations/person/${encodeURIComponent(node.id)}`
    : `/work/relations/entity/${encodeURIComponent(node.id)}`;

/**
 * A finding's path as a chain anyone can read: the official, each party in turn and the link to
 * the next (family degree, company role, contract with its title, amount and date), each link
 * with where it is known from. `linked` makes the parties links to their graph pages.
 */
export function PathChain({ path, linked }: { path: PathStep[]; linked: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (path.length === 0) return null;
  return (
    <ol className="akniet-path" aria-label={t('conflictWork.path.label')} data-path>
      {segments(path).map((segment, i) => {
        const last = segment.at(-1) as PathStep;
        return (
          <Fragment key={`${segment[0]?.edgeId}:${segment[0]?.from.id}`}>
            {segment.map((step, j) => (
              <li
                key={`${step.edgeId}:${step.from.id}`}
                data-node={step.from.type}
                data-restart={i > 0 && j === 0 ? '' : undefined}
              >
                {i > 0 && j === 0 && (
                  <Text size="sm" c="gray.7" component="span">
                    {t('conflictWork.path.also')}{' '}
                  </Text>
                )}
                <NodeName node={step.from} linked={linked} />
                <div className="akniet-path-edge" data-edge={step.edge} data-kind={step.kind}>
                  <span aria-hidden="true">↓ </span>
                  {edgeText(t, step, language)}
                  <div className="akniet-path-source">
                    {t('conflictWork.path.source', { source: sourceLabel(t, step.source) })}
                    {step.sourceRef ? ` · ${step.sourceRef}` : ''}
                  </div>
                </div>
              </li>
            ))}
            <li data-node={last.to.type}>
              <NodeName node={last.to} linked={linked} />
            </li>
          </Fragment>
        );
      })}
    </ol>
  );
}

const sameNode = (a: Node, b: Node) => a.type === b.type && a.id === b.id;

/**
 * The path cut where it does not go on from the party before: a finding may close its loop with
 * a second chain (the official's own post at the agency that gave the contract).
 */
export function segments(path: PathStep[]): PathStep[][] {
  const out: PathStep[][] = [];
  for (const step of path) {
    const current = out.at(-1);
    const previous = current?.at(-1);
    if (current && previous && sameNode(previous.to, step.from)) current.push(step);
    else out.push([step]);
  }
  return out;
}

function NodeName({ node, linked }: { node: Node; linked: boolean }) {
  const { t } = useTranslation();
  const kind = t(`conflictWork.path.nodes.${node.type}`);
  return (
    <Text fw={600} size="sm" component="span">
      <span className="akniet-visually-hidden">{kind}: </span>
      {linked ? (
        <Anchor component={Link} to={graphPath(node)} size="sm" fw={600}>
          {node.name}
        </Anchor>
      ) : (
        node.name
      )}
    </Text>
  );
}

/** What one link says: "spouse", "director, 51%", "contract «Roads», 12 000 000 som, 03.02.2025". */
export function edgeText(t: TFunction, step: PathStep, language: Language): string {
  if (step.edge === 'dealing') {
    const kind = t(
      `conflictTerms.dealingKinds.${step.kind as 'contract' | 'funding' | 'decision'}`,
    );
    const parts = [step.title ? `${kind} «${step.title}»` : kind];
    if (step.amountTyiyn != null) parts.push(formatTyiyn(step.amountTyiyn, language));
    if (step.date) parts.push(formatDate(step.date, language));
    return parts.join(', ');
  }
  const parts: string[] = [];
  if (step.kind === 'family' && step.degree) parts.push(t(`conflictTerms.degrees.${step.degree}`));
  else
    parts.push(
      t(
        `conflictTerms.relationKinds.${step.kind as Exclude<PathStep['kind'], 'contract' | 'funding' | 'decision'>}`,
      ),
    );
  if (step.role) parts.push(step.role);
  if (step.sharePercent != null)
    parts.push(t('conflictWork.path.share', { percent: step.sharePercent }));
  if (step.validFrom && step.validUntil) {
    parts.push(
      t('conflictWork.path.between', {
        from: formatDate(step.validFrom, language),
        until: formatDate(step.validUntil, language),
      }),
    );
  } else if (step.validFrom) {
    parts.push(t('conflictWork.path.since', { from: formatDate(step.validFrom, language) }));
  } else if (step.validUntil) {
    parts.push(t('conflictWork.path.until', { until: formatDate(step.validUntil, language) }));
  }
  return parts.join(', ');
}

/** The path's parties in one line, "Асанов → Асанова → «Курулуш» ЖЧК → Финансы министрлиги". */
export const pathLine = (path: PathStep[]) =>
  segments(path)
    .map((segment) => [segment[0]?.from.name, ...segment.map((s) => s.to.name)].join(' → '))
    .join('; ');
