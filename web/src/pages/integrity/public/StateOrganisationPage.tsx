import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { formatDate, LOCALES } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../../declarations/form/form.css';
import { parseId, useStateOrganisation } from './queries.ts';
import { formatShare } from './registerKinds.ts';
import { SourceText } from './SourceText.tsx';
import { stateOrganisationPath } from './StateOrganisationsTable.tsx';
import { SyntheticLabel } from './SyntheticLabel.tsx';

/** One organisation of the register: its kind, the body above it, the state's share, the source. */
export function StateOrganisationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = parseId(useParams().id);
  const organisation = useStateOrganisation(id);
  const o = organisation.data;
  const notFound =
    id === null || (isApiError(organisation.error) && organisation.error.status === 404);
  const none = t('common.none');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/state-organisations" size="sm">
        {t('publicConflicts.organisations.back')}
      </Anchor>
      {notFound ? (
        <>
          <PageTitle>{t('publicConflicts.organisations.notFoundTitle')}</PageTitle>
          <Text>{t('publicConflicts.organisations.notFound')}</Text>
        </>
      ) : (
        <>
          {organisation.isError && (
            <ErrorAlert error={organisation.error} onRetry={() => organisation.refetch()} />
          )}
          {organisation.isPending && <Loading />}
          {o && (
            <>
              <div>
                <PageTitle>{o.name}</PageTitle>
                <Group gap="xs">{o.synthetic && <SyntheticLabel />}</Group>
              </div>
              {o.synthetic && (
                <Alert
                  color="orange"
                  variant="light"
                  styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
                  title={t('publicConflicts.syntheticTitle')}
                  data-synthetic-notice
                >
                  {t('publicConflicts.syntheticHint')}
                </Alert>
              )}
              <Card withBorder padding="md" data-state-organisation={o.id}>
                <dl className="akniet-declaration-facts">
                  <dt>{t('publicConflicts.organisations.columns.register')}</dt>
                  <dd>{t(`conflictTerms.registers.${o.register}`)}</dd>
                  <dt>{t('publicConflicts.organisations.columns.registrationNumber')}</dt>
                  <dd>{o.registrationNumber ?? none}</dd>
                  <dt>{t('publicConflicts.organisations.columns.parent')}</dt>
                  <dd data-parent>
                    {o.parent?.register ? (
                      <Anchor component={Link} to={stateOrganisationPath(o.parent.id)} size="sm">
                        {o.parent.name}
                      </Anchor>
                    ) : (
                      (o.parent?.name ?? none)
                    )}
                  </dd>
                  <dt>{t('publicConflicts.organisations.columns.statePercent')}</dt>
                  <dd data-state-percent>
                    {formatShare(o.statePercent, LOCALES[language]) ?? none}
                  </dd>
                  <dt>{t('publicConflicts.organisations.address')}</dt>
                  <dd>{o.address ?? none}</dd>
                  <dt>{t('publicConflicts.organisations.source')}</dt>
                  <dd data-source>{o.source ? <SourceText source={o.source} /> : none}</dd>
                  <dt>{t('publicConflicts.organisations.updatedAt')}</dt>
                  <dd>{formatDate(o.updatedAt, language)}</dd>
                </dl>
              </Card>
              {o.subordinates.length > 0 && (
                <section aria-labelledby="state-organisation-subordinates">
                  <Title order={2} fz="lg" id="state-organisation-subordinates" mb="xs">
                    {t('publicConflicts.organisations.subordinates')}
                  </Title>
                  <ul className="akniet-reading-list" data-subordinates>
                    {o.subordinates.map((s) => (
                      <li key={s.id}>
                        <Anchor component={Link} to={stateOrganisationPath(s.id)} size="sm">
                          {s.name}
                        </Anchor>{' '}
                        <Text span size="sm" c="gray.8">
                          ({t(`conflictTerms.registers.${s.register}`)}
                          {s.statePercent !== null
                            ? `, ${formatShare(s.statePercent, LOCALES[language])}`
                            : ''}
                          )
                        </Text>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
