import '../declarations/form/form.css';
import '../declarations/public/cardTable.css';
import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatCount } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { PartyFlags } from './PartyFlags.tsx';
import { ProfileNotFound } from './ProfileNotFound.tsx';
import { useSupplier } from './queries.ts';
import { SupplierBars } from './SupplierBars.tsx';
import { buyerPath, tendersOf } from './terms.ts';
import { YearsSection } from './YearsSection.tsx';

/**
 * A supplier's public profile: who it is (INN, country) and whether the register bars it, which
 * buyers it won with, the risk of the tenders it won year by year, and its own flags.
 */
export function SupplierPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id } = useParams();
  const supplier = useSupplier(id);
  const s = supplier.data;
  const p = 'procurement.profile' as const;
  const notFound = isApiError(supplier.error) && supplier.error.status === 404;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/procurement" size="sm">
        {t('procurement.tender.back')}
      </Anchor>
      {notFound ? (
        <ProfileNotFound />
      ) : (
        <>
          {supplier.isError && (
            <ErrorAlert error={supplier.error} onRetry={() => supplier.refetch()} />
          )}
          {supplier.isPending && <Loading />}
          {s && (
            <>
              <div>
                <Text size="sm" c="gray.7">
                  {t(`${p}.supplierKind`)}
                </Text>
                <PageTitle>{s.name ?? s.id}</PageTitle>
              </div>
              <Card withBorder padding="md" data-supplier={s.id}>
                <dl className="akniet-declaration-facts">
                  <dt>{t(`${p}.ocdsId`)}</dt>
                  <dd>{s.id}</dd>
                  <dt>{t(`${p}.identifier`)}</dt>
                  <dd data-identifier>{s.identifier ?? t('procurement.unknown')}</dd>
                  <dt>{t(`${p}.country`)}</dt>
                  <dd>{s.country ?? t('procurement.unknown')}</dd>
                </dl>
                <Stack gap="xs" mt="sm">
                  <SupplierBars identifier={s.identifier ?? s.id} />
                  <Anchor component={Link} to={tendersOf({ supplier: s.id })} data-party-tenders>
                    {t(`${p}.openWins`)}
                  </Anchor>
                </Stack>
              </Card>
              <section aria-labelledby="supplier-buyers">
                <Title order={2} fz="lg" id="supplier-buyers" mb="xs">
                  {t(`${p}.buyers`)}
                </Title>
                <TableScroll label={t(`${p}.buyersLabel`)}>
                  <Table striped verticalSpacing="xs" className="akniet-card-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('procurement.columns.buyer')}</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>{t(`${p}.tenders`)}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {s.buyers.map((b, i) => (
                        <Table.Tr key={b.id ?? i}>
                          <Table.Td data-card-title>
                            {b.id ? (
                              <Anchor component={Link} to={buyerPath(b.id)} size="sm">
                                {b.name ?? b.id}
                              </Anchor>
                            ) : (
                              (b.name ?? t('procurement.unknown'))
                            )}
                          </Table.Td>
                          <Table.Td data-label={t(`${p}.tenders`)} data-numeric>
                            {formatCount(b.tenders, language)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              </section>
              <YearsSection years={s.years} />
              <PartyFlags flags={s.flags} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
