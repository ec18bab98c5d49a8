import { Alert, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const PROTECTED = ['noAccount', 'noTraces', 'encrypted', 'readers', 'receipt', 'identity'] as const;
const AVOID = ['workDevice', 'workNetwork', 'managedDevice', 'names', 'photos', 'tell'] as const;

/** Before the form: how the reporter is protected, and what they should do to stay safe. */
export function ProtectionExplainer() {
  const { t } = useTranslation();
  const n = 'reporting.explainer' as const;
  return (
    <Stack gap="md" data-explainer>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby="report-protected">
          <Title order={2} size="h3" id="report-protected" mb="xs">
            {t(`${n}.protectedTitle`)}
          </Title>
          <List spacing={6} size="sm">
            {PROTECTED.map((key) => (
              <List.Item key={key}>{t(`${n}.protected.${key}`)}</List.Item>
            ))}
          </List>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="report-avoid">
          <Title order={2} size="h3" id="report-avoid" mb="xs">
            {t(`${n}.avoidTitle`)}
          </Title>
          <List spacing={6} size="sm">
            {AVOID.map((key) => (
              <List.Item key={key}>{t(`${n}.avoid.${key}`)}</List.Item>
            ))}
          </List>
        </Paper>
      </SimpleGrid>
      <Alert
        color="yellow"
        variant="light"
        title={t(`${n}.receiptTitle`)}
        styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
        data-receipt-warning
      >
        <Text size="sm">{t(`${n}.receiptText`)}</Text>
      </Alert>
    </Stack>
  );
}
