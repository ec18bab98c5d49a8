import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConflictFindingSummary } from '../../../api/types.ts';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { ConflictSeverityTag } from './ConflictSeverityTag.tsx';
import { FindingStateTag } from './FindingStateTag.tsx';
import { ruleLabel } from './labels.ts';
import { PathChain } from './PathChain.tsx';

/**
 * The potential conflicts about this person (or through this organisation), each with its path
 * and sources; one can be picked to show alone on the graph, or opened in the verifier's queue.
 */
export function FindingList({
  findings,
  selected,
  onSelect,
}: {
  findings: readonly ConflictFindingSummary[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const n = 'relations.findings' as const;
  return (
    <section aria-labelledby={headingId} data-findings>
      <Title order={2} id={headingId} fz="h3" mb="xs">
        {t(`${n}.title`)}
      </Title>
      {findings.length === 0 ? (
        <Text c="dimmed" data-empty>
          {t(`${n}.none`)}
        </Text>
      ) : (
        <ul className="akniet-plain-list akniet-finding-list">
          {findings.map((f) => {
            const isSelected = f.id === selected;
            return (
              <li key={f.id} data-finding={f.id} data-selected={isSelected || undefined}>
                <Stack gap={6}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={700}>{ruleLabel(t, f.rule)}</Text>
                    <ConflictSeverityTag severity={f.severity} />
                    <FindingStateTag state={f.state} />
                  </Group>
                  <PathChain path={f.path} />
                  {f.firstFoundAt && (
                    <Text size="xs" c="gray.7">
                      {t(`${n}.foundAt`, { date: formatDate(f.firstFoundAt, language) })}
                    </Text>
                  )}
                  <Group gap="sm" wrap="wrap">
                    <Button
                      size="compact-sm"
                      variant={isSelected ? 'filled' : 'default'}
                      color="red"
                      aria-pressed={isSelected}
                      onClick={() => onSelect(isSelected ? '' : f.id)}
                      data-action="show-on-graph"
                    >
                      {t(`${n}.showOnGraph`)}
                    </Button>
                    <Anchor
                      component={Link}
                      to={`/work/conflicts?finding=${encodeURIComponent(f.id)}`}
                      size="sm"
                    >
                      {t(`${n}.openInQueue`)}
                    </Anchor>
                  </Group>
                </Stack>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
