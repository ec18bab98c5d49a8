import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyDeclaration } from '../../../api/types.ts';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/** Where the check of the submitted declaration stands, as the declarant may know it. */
export function CheckPanel({ declaration }: { declaration: MyDeclaration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { check, review } = declaration;
  return (
    <Card withBorder padding="md" data-check={check?.outcome ?? 'none'}>
      <Stack gap={6}>
        <Title order={2} fz="xl">
          {t('declarationForm.view.checkTitle')}
        </Title>
        {!check ? (
          <Text>{t('declarationForm.view.checkNone')}</Text>
        ) : (
          <>
            <Text fw={600}>
              {check.outcome === 'full_check' || review
                ? t('declarationForm.view.fullCheck')
                : t('declarationForm.view.checked')}
            </Text>
            {review && (
              <Text data-review-state={review.state}>
                {t(`declarationForm.view.reviewStates.${review.state}`)}
                {review.state === 'concluded' && review.outcome
                  ? ` ${t(`declarationForm.view.outcomes.${review.outcome}`)}`
                  : ''}
              </Text>
            )}
            <Text size="sm" c="gray.8">
              {t('declarationForm.view.checkedAt', {
                date: formatDateTime(check.checkedAt, language),
              })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
