import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictFinding } from '../../../../api/types.ts';
import { formatDate } from '../../../../format/dates.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';
import { pathLine } from '../shared/PathChain.tsx';
import { ConflictSeverityTag, FindingStateTag } from '../shared/Tags.tsx';
import { agencyLabel, ruleLabel } from '../shared/terms.ts';

/** The queue as cards: they read the same on a phone as on a desk, the path in one line each. */
export function FindingList({
  items,
  onOpen,
}: {
  items: ConflictFinding[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'conflictWork.findings' as const;
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t(`${n}.listLabel`)}
    >
      {items.map((f) => {
        const rule = ruleLabel(t, f.rule);
        const agency = agencyLabel(f.official.agency, language);
        return (
          <Paper component="li" key={f.id} withBorder p="md" radius="md" data-finding={f.id}>
            <Group gap="xs" mb={6}>
              <ConflictSeverityTag severity={f.severity} />
              <FindingStateTag state={f.state} />
            </Group>
            <Text fw={700} size="md" component="h2" m={0} fz="md">
              {f.official.name}
            </Text>
            {agency && (
              <Text size="sm" c="gray.7">
                {agency}
              </Text>
            )}
            <Text size="sm" mt={6}>
              {rule}
            </Text>
            <Text size="sm" c="gray.8" className="akniet-path-line" mt={4}>
              <span className="akniet-visually-hidden">{t('conflictWork.path.label')}: </span>
              {pathLine(f.path)}
            </Text>
            <Group justify="space-between" align="flex-end" mt="sm" gap="xs">
              <Text size="xs" c="gray.7">
                {t(`${n}.found`, {
                  first: formatDate(f.firstFoundAt, language),
                  last: formatDate(f.lastSeenAt, language),
                })}
              </Text>
              <Button
                variant="light"
                size="compact-md"
                onClick={() => onOpen(f.id)}
                aria-haspopup="dialog"
                aria-label={`${t(`${n}.open`)}: ${f.official.name}, ${rule}`}
                data-action="open-finding"
              >
                {t(`${n}.open`)}
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
