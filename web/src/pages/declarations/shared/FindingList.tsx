import './findings.css';
import { Anchor, Group, Paper, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeclarationFinding, SubmittedContent } from '../../../api/types.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { describeItem } from './describeItem.ts';
import { findingLabel } from './findingLabel.ts';
import { findItem, itemAnchor, parseRecord } from './findingRecords.ts';
import { SeverityTag } from './SeverityTag.tsx';
import { formatTyiyn } from './tyiyn.ts';

const RANK = { high: 3, medium: 2, low: 1, info: 0 } as const;

/** Most severe first, then the largest sum: what a verifier should read first. */
const bySeverity = (a: DeclarationFinding, b: DeclarationFinding) =>
  RANK[b.severity] - RANK[a.severity] || (b.amountTyiyn ?? 0) - (a.amountTyiyn ?? 0);

export type FindingLinks = {
  /**
   * Where the declaration's items are shown: '' for this page (the rows carry anchors), a path
   * to the declaration page, or null where there is nothing to link to.
   */
  itemsAt: string | null;
  /** Whether the reader may open other declarations (last year's): verifiers may. */
  previousDeclarations: boolean;
};

/**
 * What the checks found: each finding with its severity, what it is in words, the sum at stake
 * in som, the explanation in the reader's language and the records behind it, named the way the
 * declaration names them ("Real estate: apartment, 134 m², Бишкек...") and linked to them.
 */
export function FindingList({
  findings,
  content,
  links = { itemsAt: null, previousDeclarations: false },
  headingOrder = 3,
}: {
  findings: readonly DeclarationFinding[];
  /** The submitted content, to name the items behind each finding. */
  content?: SubmittedContent | null;
  links?: FindingLinks;
  headingOrder?: TitleOrder;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (findings.length === 0) {
    return (
      <Text c="dimmed" data-empty>
        {t('declarationChecks.findings.none')}
      </Text>
    );
  }
  return (
    <ul className="akniet-finding-list" aria-label={t('declarationChecks.findings.listLabel')}>
      {[...findings].sort(bySeverity).map((finding) => (
        <li
          // The same code may come twice (two purchases): its records tell them apart.
          key={`${finding.code}|${finding.severity}|${finding.amountTyiyn}|${finding.records.join(' ')}`}
          data-finding-code={finding.code}
          data-severity={finding.severity}
        >
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Group gap="xs" align="center" wrap="wrap" style={{ minWidth: 0 }}>
                <SeverityTag severity={finding.severity} />
                <Title order={headingOrder} fz="md" lh={1.35}>
                  {findingLabel(t, finding.code)}
                </Title>
              </Group>
              {finding.amountTyiyn !== null && (
                <Text fw={700} data-amount-tyiyn={finding.amountTyiyn}>
                  <span className="akniet-visually-hidden">
                    {t('declarationChecks.findings.amount')}:{' '}
                  </span>
                  {formatTyiyn(finding.amountTyiyn, language)}
                </Text>
              )}
            </Group>
            <Text size="sm" mt="xs" className="akniet-reading">
              {localize(finding.explanation, language)}
            </Text>
            {finding.records.length > 0 && (
              <>
                <Text size="sm" fw={600} mt="sm">
                  {t('declarationChecks.findings.records')}
                </Text>
                <ul className="akniet-finding-records">
                  {finding.records.map((record) => (
                    <li key={record} data-record={record}>
                      <RecordReference record={record} content={content} links={links} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Paper>
        </li>
      ))}
    </ul>
  );
}

function RecordReference({
  record,
  content,
  links,
}: {
  record: string;
  content: SubmittedContent | null | undefined;
  links: FindingLinks;
}): ReactNode {
  const { t } = useTranslation();
  const language = useLanguage();
  const ref = parseRecord(record);
  switch (ref.kind) {
    case 'item': {
      const section = t(`declarationChecks.sections.${ref.section}`);
      const item = findItem(content, ref.section, ref.id);
      if (!item) return t('declarationChecks.records.missing', { section, id: ref.id });
      const text = `${section}: ${describeItem(ref.section, item, t, language)}`;
      if (links.itemsAt === null) return text;
      const hash = `#${itemAnchor(ref.section, ref.id)}`;
      return links.itemsAt === '' ? (
        <Anchor href={hash} inherit>
          {text}
        </Anchor>
      ) : (
        <Anchor component={Link} to={`${links.itemsAt}${hash}`} inherit>
          {text}
        </Anchor>
      );
    }
    case 'previousItem':
      return t('declarationChecks.records.previousItem', {
        section: t(`declarationChecks.sections.${ref.section}`),
        item: ref.id,
      });
    case 'previousDeclaration': {
      const label = t('declarationChecks.records.previousDeclaration');
      if (!links.previousDeclarations) return label;
      return (
        <Anchor component={Link} to={`/work/declarations/${encodeURIComponent(ref.id)}`} inherit>
          {label}
        </Anchor>
      );
    }
    case 'registry':
      return t('declarationChecks.records.registry', {
        registry: t(`declarationChecks.records.registries.${ref.registry}`),
        id: ref.id,
      });
    default:
      return ref.text;
  }
}
