import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { startDeclaration } from '../../../api/endpoints.ts';
import type { MyDeclarationYear } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import './form.css';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { checkColor, checkLabel, statusColor, statusLabel } from './labels.ts';
import { useMyDeclarations, useRefreshDeclarations } from './queries.ts';

/** The declarant's years: what is due when, where each stands, and the way into each form. */
export function MyDeclarationsPage() {
  const { t } = useTranslation();
  const mine = useMyDeclarations();

  return (
    <Stack>
      <PageTitle>{t('declarationForm.listTitle')}</PageTitle>
      {mine.isError && <ErrorAlert error={mine.error} onRetry={() => mine.refetch()} />}
      {mine.isPending && <Loading />}
      {mine.data &&
        (mine.data.declarant === null ? (
          <Alert
            color="gray"
            variant="light"
            title={t('declarationForm.notDeclarantTitle')}
            data-not-declarant
          >
            {t('declarationForm.notDeclarantText')}
          </Alert>
        ) : (
          <>
            <Text className="akniet-reading">{t('declarationForm.listIntro')}</Text>
            <Text fw={600} data-declarant>
              {mine.data.declarant.fullName}
              <Text span c="gray.8" fw={400}>
                {' — '}
                {mine.data.declarant.post}
              </Text>
            </Text>
            {mine.data.years.length === 0 ? (
              <Text c="dimmed" data-empty>
                {t('declarationForm.noYears')}
              </Text>
            ) : (
              <YearsTable years={mine.data.years} />
            )}
          </>
        ))}
    </Stack>
  );
}

function YearsTable({ years }: { years: MyDeclarationYear[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const refresh = useRefreshDeclarations();
  const start = useMutation({
    mutationFn: (year: number) => startDeclaration(year),
    onSuccess: async ({ id }) => {
      await refresh();
      navigate(`/my-declarations/${id}`);
    },
  });

  return (
    <>
      {start.isError && <ErrorAlert error={start.error} />}
      <ul className="akniet-declaration-rows" aria-label={t('declarationForm.yearsTable')}>
        {years.map((y) => {
          const check = checkLabel(t, y);
          return (
            <li key={y.year}>
              <Card withBorder padding="sm" data-year-row={y.year}>
                <Group justify="space-between" gap="sm">
                  <Group gap="lg" align="center">
                    <div style={{ minWidth: 150 }}>
                      <Title order={2} fz="lg">
                        {y.year}
                      </Title>
                      <Text size="sm" c="gray.8">
                        {t('declarationForm.columns.deadline')}: {formatDate(y.deadline, language)}
                      </Text>
                    </div>
                    <Group gap="xs">
                      <Tag color={statusColor(y)}>{statusLabel(t, y)}</Tag>
                      {check && <Tag color={checkColor(y)}>{check}</Tag>}
                    </Group>
                  </Group>
                  {y.id ? (
                    <Button
                      component={Link}
                      to={`/my-declarations/${y.id}`}
                      variant="light"
                      aria-label={t('declarationForm.openYear', { year: y.year })}
                    >
                      {t('declarationForm.open')}
                    </Button>
                  ) : (
                    <Button
                      loading={start.isPending && start.variables === y.year}
                      onClick={() => start.mutate(y.year)}
                      aria-label={t('declarationForm.startYear', { year: y.year })}
                    >
                      {t('declarationForm.start')}
                    </Button>
                  )}
                </Group>
              </Card>
            </li>
          );
        })}
      </ul>
    </>
  );
}
