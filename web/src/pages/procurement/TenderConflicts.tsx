import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TenderConflict } from '../../api/types.ts';
import { CONFLICT_FINDING_READERS, mayOpen, RELATIONS_READERS } from '../../navigation.ts';
import { useSession } from '../../session/useSession.ts';
import { PathChain } from '../integrity/work/shared/PathChain.tsx';
import { ConflictSeverityTag } from '../integrity/work/shared/Tags.tsx';
import { ruleLabel } from '../integrity/work/shared/terms.ts';

/**
 * Potential conflicts of interest behind a tender (verifiers, prosecutors and admins): each
 * finding's rule and severity and the path from the official to the contract, as the findings
 * queue shows it. Readers of the queue and the graph get links into them.
 */
export function TenderConflicts({ conflicts }: { conflicts: TenderConflict[] }) {
  const { t } = useTranslation();
  const { roles } = useSession();
  const linked = mayOpen(RELATIONS_READERS, roles);
  const toQueue = mayOpen(CONFLICT_FINDING_READERS, roles);
  return (
    <section aria-labelledby="tender-conflicts" data-tender-conflicts={conflicts.length}>
      <Title order={2} fz="lg" id="tender-conflicts" mb="xs">
        {t('procurement.conflicts.title')}
      </Title>
      <Text size="sm" className="akniet-reading" mb="sm">
        {t('procurement.conflicts.intro')}
      </Text>
      {conflicts.length === 0 ? (
        <Text c="dimmed">{t('procurement.conflicts.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" className="akniet-plain-list">
          {conflicts.map((c) => (
            <li key={c.id}>
              <Card withBorder padding="md" data-conflict={c.id}>
                <Group gap="xs" mb="xs" wrap="wrap">
                  <ConflictSeverityTag severity={c.severity} />
                  <Text fw={600} size="sm">
                    {ruleLabel(t, c.rule)}
                  </Text>
                </Group>
                <PathChain path={c.path} linked={linked} />
                {toQueue && (
                  <Anchor
                    component={Link}
                    to={`/work/conflicts?finding=${encodeURIComponent(c.id)}`}
                    size="sm"
                    mt="xs"
                    display="inline-block"
                  >
                    {t('procurement.conflicts.open')}
                  </Anchor>
                )}
              </Card>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}
