import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportCategory } from '../../../api/reporting.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { bodyLabel } from '../shared/terms.ts';

/** The kinds of wrongdoing as cards: what each covers, and which body will receive the report. */
export function CategoryChoice({
  categories,
  value,
  onChange,
  error,
}: {
  categories: readonly ReportCategory[];
  value: string | null;
  onChange: (code: string) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'reporting.form' as const;
  return (
    <Radio.Group
      label={t(`${n}.category`)}
      description={t(`${n}.categoryHint`)}
      required
      value={value}
      onChange={onChange}
      name="report-category"
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
        {categories.map((c) => {
          const id = `report-category-${c.code}`;
          return (
            <Radio.Card
              key={c.code}
              value={c.code}
              disabled={!c.available}
              p="sm"
              radius="md"
              aria-labelledby={`${id}-name`}
              aria-describedby={`${id}-about`}
              data-category={c.code}
              style={{ opacity: c.available ? 1 : 0.6 }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <span>
                  <Text component="span" display="block" fw={700} id={`${id}-name`}>
                    {localize(c.name, language)}
                  </Text>
                  <span id={`${id}-about`}>
                    <Text component="span" display="block" size="sm" mt={2}>
                      {localize(c.description, language)}
                    </Text>
                    <Text component="span" display="block" size="xs" c="gray.7" mt={6}>
                      {t(`${n}.receivedBy`, {
                        body: bodyLabel(t, c.body, c.bodyName, language),
                      })}
                    </Text>
                    {!c.available && (
                      <Text component="span" display="block" size="xs" c="red.9" mt={4}>
                        {t(`${n}.unavailable`)}
                      </Text>
                    )}
                  </span>
                </span>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
