import '../declarations/form/form.css';
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Tag } from '../../components/Tag.tsx';
import { BuyerPlan } from './BuyerPlan.tsx';
import { BuyerRisk } from './BuyerRisk.tsx';
import { PartyFlags } from './PartyFlags.tsx';
import { ProfileNotFound } from './ProfileNotFound.tsx';
import { useBuyer } from './queries.ts';
import { tendersOf } from './terms.ts';
import { YearsSection } from './YearsSection.tsx';

/**
 * A buyer's public profile: where it is, whether it answers concerns on the platform, its risk
 * index with the components behind it, its tenders and risk year by year, and its own flags.
 */
export function BuyerPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const buyer = useBuyer(id);
  const b = buyer.data;
  const p = 'procurement.profile' as const;
  const notFound = isApiError(buyer.error) && buyer.error.status === 404;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/procurement" size="sm">
        {t('procurement.tender.back')}
      </Anchor>
      {notFound ? (
        <ProfileNotFound />
      ) : (
        <>
          {buyer.isError && <ErrorAlert error={buyer.error} onRetry={() => buyer.refetch()} />}
          {buyer.isPending && <Loading />}
          {b && (
            <>
              <div>
                <Text size="sm" c="gray.7">
                  {t(`${p}.buyerKind`)}
                </Text>
                <PageTitle>{b.name ?? b.id}</PageTitle>
                {b.onPlatform && (
                  <Group gap="xs">
                    <Tag color="green">{t(`${p}.onPlatform`)}</Tag>
                  </Group>
                )}
              </div>
              <Card withBorder padding="md" data-buyer={b.id}>
                <dl className="akniet-declaration-facts">
                  <dt>{t(`${p}.ocdsId`)}</dt>
                  <dd>{b.id}</dd>
                  <dt>{t(`${p}.region`)}</dt>
                  <dd>{b.region ?? t('procurement.unknown')}</dd>
                </dl>
                {b.onPlatform && (
                  <Text size="sm" c="gray.8" mt="sm">
                    {t(`${p}.onPlatformHint`)}
                  </Text>
                )}
                <Anchor
                  component={Link}
                  to={tendersOf({ buyer: b.id })}
                  mt="sm"
                  display="inline-block"
                  data-party-tenders
                >
                  {t(`${p}.openTenders`)}
                </Anchor>
              </Card>
              <BuyerRisk risk={b.risk} />
              <YearsSection years={b.years} />
              <BuyerPlan buyerId={b.id} />
              <PartyFlags flags={b.flags} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
