import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PathStep } from '../../../api/types.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { edgeLongLabel, nodePath, sourceText } from './labels.ts';
import { pathChain } from './pathChain.ts';

/**
 * "Official → spouse (declaration 2024) → Company LLC → director (registry SYN-…) → …": the path
 * of a finding with the source of every edge; each person and organisation links to its page.
 */
export function PathChain({ path }: { path: readonly PathStep[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const parts = pathChain(path);
  return (
    <p className="akniet-path-chain" data-path-chain>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the chain is rebuilt whole; a node may repeat
        <Fragment key={i}>
          {i > 0 && (
            <span className="akniet-path-arrow" aria-hidden="true">
              {part.kind === 'gap' ? ' … ' : ' → '}
            </span>
          )}
          {part.kind === 'node' && (
            <Anchor
              component={Link}
              to={nodePath(part)}
              fw={600}
              size="sm"
              data-path-node={part.id}
            >
              {part.name}
            </Anchor>
          )}
          {part.kind === 'link' && (
            <span className="akniet-path-link" data-path-step={part.step.kind}>
              {edgeLongLabel(t, part.step, language)}{' '}
              <span className="akniet-path-source">
                ({sourceText(t, part.step.source, part.step.sourceRef)})
              </span>
            </span>
          )}
          {part.kind === 'gap' && (
            <span className="akniet-visually-hidden">{t('relations.findings.gap')}</span>
          )}
        </Fragment>
      ))}
    </p>
  );
}
