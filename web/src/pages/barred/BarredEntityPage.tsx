import '../declarations/form/form.css';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { BAR_KEEPERS, mayOpen } from '../../navigation.ts';
import { useSession } from '../../session/useSession.ts';
import { SyntheticLabel } from '../integrity/public/SyntheticLabel.tsx';
import { RestrictionTags, StateTag, usePeriod } from './BarTags.tsx';
import { LiftBarModal } from './LiftBarModal.tsx';
import { useBarredEntity } from './queries.ts';
import { parseId } from './terms.ts';

/**
 * One entry of the register: the court decision with its full legal ground, the restrictions and
 * period, and its history (recorded; lifted, when and why). The prosecutor's office and admins
 * may lift a bar in force from here.
 */
export function BarredEntityPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = usePeriod();
  const { roles } = useSession();
  const location = useLocation();
  const id = parseId(useParams().id);
  const entry = useBarredEntity(id);
  const [lifting, setLifting] = useState(false);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { recorded?: boolean } | null)?.recorded
      ? t('barred.detail.recordedNotice')
      : null,
  );
  const e = entry.data;
  const notFound = id === null || (isApiError(entry.error) && entry.error.status === 404);
  const n = 'barred.detail' as const;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/barred-entities" size="sm">
        {t(`${n}.back`)}
      </Anchor>
      {notFound ? (
        <>
          <PageTitle>{t(`${n}.notFoundTitle`)}</PageTitle>
          <Text>{t(`${n}.notFound`)}</Text>
        </>
      ) : (
        <>
          {entry.isError && <ErrorAlert error={entry.error} onRetry={() => entry.refetch()} />}
          {entry.isPending && <Loading />}
          {e && (
            <>
              <div>
                <PageTitle>{e.name}</PageTitle>
                <Group gap="xs">
                  <StateTag state={e.state} />
                  {e.synthetic && <SyntheticLabel />}
                </Group>
              </div>
              <SuccessNotice message={notice} onClose={() => setNotice(null)} />
              {e.synthetic && (
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
              <Card withBorder padding="md" data-barred-entry={e.id}>
                <dl className="akniet-declaration-facts">
                  <dt>{t(`${n}.identifier`)}</dt>
                  <dd data-identifier>{e.identifier}</dd>
                  <dt>{t(`${n}.restrictions`)}</dt>
                  <dd>
                    <RestrictionTags restrictions={e.restrictions} />
                  </dd>
                  <dt>{t(`${n}.period`)}</dt>
                  <dd data-period>{period(e)}</dd>
                  <dt>{t(`${n}.state`)}</dt>
                  <dd>{t(`barred.states.${e.state}`)}</dd>
                  <dt>{t(`${n}.court`)}</dt>
                  <dd>{e.court}</dd>
                  <dt>{t(`${n}.decisionNumber`)}</dt>
                  <dd>{e.decisionNumber}</dd>
                  <dt>{t(`${n}.decisionDate`)}</dt>
                  <dd>{formatDate(e.decisionDate, language)}</dd>
                </dl>
              </Card>
              <section aria-labelledby="barred-ground">
                <Title order={2} fz="lg" id="barred-ground" mb="xs">
                  {t(`${n}.ground`)}
                </Title>
                <Text className="akniet-reading" style={{ whiteSpace: 'pre-line' }} data-ground>
                  {e.ground}
                </Text>
              </section>
              <section aria-labelledby="barred-history">
                <Title order={2} fz="lg" id="barred-history" mb="xs">
                  {t(`${n}.history`)}
                </Title>
                <ul className="akniet-reading-list" data-history>
                  {e.history.map((h) => (
                    <li key={h.event} data-event={h.event}>
                      <Text span fw={600} size="sm">
                        {formatDateTime(h.at, language)}
                      </Text>{' '}
                      <Text span size="sm">
                        {h.event === 'recorded' ? t(`${n}.recorded`) : t(`${n}.lifted`)}
                      </Text>
                      {h.event === 'lifted' && h.reason && (
                        <Text size="sm" c="gray.8" style={{ whiteSpace: 'pre-line' }}>
                          {t(`${n}.liftedReason`, { reason: h.reason })}
                        </Text>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
              {mayOpen(BAR_KEEPERS, roles) && e.state !== 'lifted' && (
                <Group>
                  <Button color="red" variant="outline" onClick={() => setLifting(true)} data-lift>
                    {t(`${n}.lift`)}
                  </Button>
                </Group>
              )}
              {lifting && (
                <LiftBarModal
                  entry={e}
                  onClose={() => setLifting(false)}
                  onLifted={() => {
                    setLifting(false);
                    setNotice(t(`${n}.liftedNotice`));
                  }}
                />
              )}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
