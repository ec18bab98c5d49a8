import { Anchor, Box, Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError.ts';
import type { PublishedDeclaration } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { SyntheticNotice } from '../../../components/SyntheticNotice.tsx';
import { formatDate } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { formatMoney } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { DeclarationSections } from './DeclarationSections.tsx';
import { parseDeclarationId, usePublishedDeclaration } from './queries.ts';
import { YearOverYear } from './YearOverYear.tsx';

/** Who declared, for which year and which version, and when it was submitted. */
function DeclarationFacts({ declaration }: { declaration: PublishedDeclaration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="akniet-facts" data-declaration-facts>
      <dt>{t('publicDeclarations.post')}</dt>
      <dd>{declaration.post}</dd>
      <dt>{t('publicDeclarations.agencyName')}</dt>
      <dd>
        <Anchor component={Link} to={`/declarations?agency=${declaration.agency.id}`} size="sm">
          {localize(declaration.agency.name, language)}
        </Anchor>
      </dd>
      <dt>{t('publicDeclarations.declarationYear')}</dt>
      <dd>{declaration.year}</dd>
      <dt>{t('publicDeclarations.version')}</dt>
      <dd data-version={declaration.version}>
        {declaration.version > 1
          ? t('publicDeclarations.corrective', { version: declaration.version })
          : declaration.version}
      </dd>
      <dt>{t('publicDeclarations.submitted')}</dt>
      <dd>{formatDate(declaration.submittedAt, language)}</dd>
    </dl>
  );
}

/** The three summary figures of the declaration, in som. */
function DeclarationTotals({ declaration }: { declaration: PublishedDeclaration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const totals = [
    { key: 'income', value: declaration.totals.incomeSom },
    { key: 'monetaryAssets', value: declaration.totals.monetaryAssetsSom },
    { key: 'propertyValue', value: declaration.totals.propertyValueSom },
  ] as const;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId} fz={{ base: 18, sm: 20 }} mb="sm">
        {t('publicDeclarations.totalsTitle')}
      </Title>
      <dl className="akniet-stats">
        {totals.map((total) => (
          <div key={total.key} data-total={total.key}>
            <dt>{t(`publicDeclarations.totals.${total.key}`)}</dt>
            <dd>{formatMoney({ amount: total.value, currency: 'KGS' }, language)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** One published declaration with its declarant's figures year by year. */
export function PublishedDeclarationPage() {
  const { t } = useTranslation();
  const id = parseDeclarationId(useParams().id);
  const sectionsId = useId();
  const query = usePublishedDeclaration(id);
  const declaration = query.data;

  if (id === null) return <NotFoundPage />;
  if (query.isError && isApiError(query.error) && query.error.status === 404) {
    return <NotFoundPage />;
  }

  return (
    <Stack gap="xl">
      <div>
        <Anchor component={Link} to="/declarations" size="sm" data-back>
          ← {t('publicDeclarations.back')}
        </Anchor>
        {declaration ? (
          <>
            <Box mt="sm">
              <PageTitle>{declaration.fullName}</PageTitle>
            </Box>
            <Text size="lg" fw={600} mt={-8}>
              {t('publicDeclarations.subtitle', { year: declaration.year })}
            </Text>
            <DeclarationFacts declaration={declaration} />
          </>
        ) : (
          <PageTitle>{t('publicDeclarations.title')}</PageTitle>
        )}
      </div>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {declaration && (
        <>
          {declaration.synthetic && (
            <SyntheticNotice title={t('publicDeclarations.syntheticTitle')}>
              {t('publicDeclarations.syntheticText')}
            </SyntheticNotice>
          )}
          <DeclarationTotals declaration={declaration} />
          <YearOverYear declarantId={declaration.declarantId} currentId={declaration.id} />
          <section aria-labelledby={sectionsId}>
            <Title order={2} id={sectionsId} fz={{ base: 20, sm: 22 }} mb="md">
              {t('publicDeclarations.sectionsTitle')}
            </Title>
            <DeclarationSections declaration={declaration.declaration} />
          </section>
        </>
      )}
    </Stack>
  );
}
