import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { SubmittedContent } from '../../../api/types.ts';
import { formatDate } from '../../../format/dates.ts';
import { formatMoney } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';
import { ownerName } from '../shared/describeItem.ts';
import type { ContentItem, ContentSection } from '../shared/findingRecords.ts';
import { formatTyiyn } from '../shared/tyiyn.ts';

export type Column<T> = { key: string; label: string; cell: (item: T) => ReactNode };

type Money = { amount: string; currency: string; som?: number };

export type CellContext = { t: TFunction; language: Language; content: SubmittedContent };

/** An amount as declared; a foreign currency also in som at the official rate used on submission. */
function money(m: Money | null, { t, language }: CellContext): ReactNode {
  if (!m?.amount) return t('declarationChecks.fields.noPrice');
  const declared = formatMoney(m, language);
  if (m.currency === 'KGS' || m.som === undefined) return declared;
  return (
    <>
      {declared}
      <Text size="xs" c="gray.7" component="span" display="block">
        {t('declarationChecks.fields.inSom', { amount: formatTyiyn(m.som, language) })}
      </Text>
    </>
  );
}

const date = (value: string, { t, language }: CellContext) =>
  value ? formatDate(value, language) : t('common.none');

const registryId = (
  item: { registryId?: string | undefined; origin?: unknown },
  { t }: CellContext,
): ReactNode =>
  item.registryId ? (
    <>
      {item.registryId}
      {item.origin ? (
        <Text size="xs" c="gray.7" component="span" display="block">
          {t('declarationChecks.fields.fromRegistry')}
        </Text>
      ) : null}
    </>
  ) : (
    t('common.none')
  );

const owner = (c: CellContext): Column<{ owner: string }> => ({
  key: 'owner',
  label: c.t('declarationChecks.fields.owner'),
  cell: (x) => ownerName(x.owner, c.content, c.t),
});

type Columns = { [S in ContentSection]: (c: CellContext) => Column<ContentItem<S>>[] };

/** The columns of each section's table: every field a verifier needs, personal data included. */
export const SECTION_COLUMNS: Columns = {
  relatives: (c) => {
    const f = (k: 'relation' | 'fullName' | 'birthDate' | 'pin' | 'refused') =>
      c.t(`declarationChecks.fields.${k}`);
    return [
      {
        key: 'relation',
        label: f('relation'),
        cell: (x) => c.t(`declarationChecks.relations.${x.relation}`),
      },
      { key: 'fullName', label: f('fullName'), cell: (x) => x.fullName },
      { key: 'birthDate', label: f('birthDate'), cell: (x) => date(x.birthDate, c) },
      { key: 'pin', label: f('pin'), cell: (x) => x.pin || c.t('common.none') },
      {
        key: 'refused',
        label: f('refused'),
        cell: (x) => (x.refusedToProvide ? c.t('common.yes') : c.t('common.no')),
      },
    ];
  },
  incomes: (c) => [
    owner(c),
    {
      key: 'kind',
      label: c.t('declarationChecks.fields.kind'),
      cell: (x) => c.t(`declarationChecks.incomeKinds.${x.kind}`),
    },
    { key: 'source', label: c.t('declarationChecks.fields.source'), cell: (x) => x.source },
    {
      key: 'amount',
      label: c.t('declarationChecks.fields.amount'),
      cell: (x) => money(x.amount, c),
    },
  ],
  realEstate: (c) => [
    owner(c),
    {
      key: 'kind',
      label: c.t('declarationChecks.fields.kind'),
      cell: (x) => c.t(`declarationChecks.realEstateKinds.${x.kind}`),
    },
    { key: 'area', label: c.t('declarationChecks.fields.area'), cell: (x) => x.area },
    {
      key: 'address',
      label: c.t('declarationChecks.fields.address'),
      cell: (x) => `${x.address}${x.country && x.country !== 'KG' ? ` (${x.country})` : ''}`,
    },
    { key: 'share', label: c.t('declarationChecks.fields.share'), cell: (x) => x.sharePercent },
    {
      key: 'acquiredOn',
      label: c.t('declarationChecks.fields.acquiredOn'),
      cell: (x) => date(x.acquiredOn, c),
    },
    { key: 'price', label: c.t('declarationChecks.fields.price'), cell: (x) => money(x.price, c) },
    {
      key: 'registryId',
      label: c.t('declarationChecks.fields.registryId'),
      cell: (x) => registryId(x, c),
    },
  ],
  vehicles: (c) => [
    owner(c),
    {
      key: 'kind',
      label: c.t('declarationChecks.fields.kind'),
      cell: (x) => c.t(`declarationChecks.vehicleKinds.${x.kind}`),
    },
    {
      key: 'makeModel',
      label: c.t('declarationChecks.fields.makeModel'),
      cell: (x) => `${x.make} ${x.model}`.trim(),
    },
    { key: 'yearMade', label: c.t('declarationChecks.fields.yearMade'), cell: (x) => x.yearMade },
    {
      key: 'registrationNumber',
      label: c.t('declarationChecks.fields.registrationNumber'),
      cell: (x) => x.registrationNumber || c.t('common.none'),
    },
    { key: 'country', label: c.t('declarationChecks.fields.country'), cell: (x) => x.country },
    {
      key: 'acquiredOn',
      label: c.t('declarationChecks.fields.acquiredOn'),
      cell: (x) => date(x.acquiredOn, c),
    },
    { key: 'price', label: c.t('declarationChecks.fields.price'), cell: (x) => money(x.price, c) },
    {
      key: 'registryId',
      label: c.t('declarationChecks.fields.registryId'),
      cell: (x) => registryId(x, c),
    },
  ],
  accounts: (c) => [
    owner(c),
    {
      key: 'kind',
      label: c.t('declarationChecks.fields.kind'),
      cell: (x) => c.t(`declarationChecks.accountKinds.${x.kind}`),
    },
    {
      key: 'institution',
      label: c.t('declarationChecks.fields.institution'),
      cell: (x) => x.institution || c.t('common.none'),
    },
    {
      key: 'accountNumber',
      label: c.t('declarationChecks.fields.accountNumber'),
      cell: (x) => x.accountNumber || c.t('common.none'),
    },
    { key: 'country', label: c.t('declarationChecks.fields.country'), cell: (x) => x.country },
    {
      key: 'balance',
      label: c.t('declarationChecks.fields.balance'),
      cell: (x) => money(x.balance, c),
    },
  ],
  securities: (c) => [
    owner(c),
    {
      key: 'kind',
      label: c.t('declarationChecks.fields.kind'),
      cell: (x) => c.t(`declarationChecks.securityKinds.${x.kind}`),
    },
    {
      key: 'issuer',
      label: c.t('declarationChecks.fields.issuer'),
      cell: (x) => (x.issuerId ? `${x.issuer} (${x.issuerId})` : x.issuer),
    },
    {
      key: 'share',
      label: c.t('declarationChecks.fields.share'),
      cell: (x) => x.sharePercent ?? c.t('common.none'),
    },
    { key: 'value', label: c.t('declarationChecks.fields.value'), cell: (x) => money(x.value, c) },
    { key: 'country', label: c.t('declarationChecks.fields.country'), cell: (x) => x.country },
  ],
  liabilities: (c) => [
    owner(c),
    {
      key: 'creditor',
      label: c.t('declarationChecks.fields.creditor'),
      cell: (x) => `${x.creditor} (${c.t(`declarationChecks.creditorKinds.${x.creditorKind}`)})`,
    },
    {
      key: 'outstanding',
      label: c.t('declarationChecks.fields.outstanding'),
      cell: (x) => money(x.outstanding, c),
    },
    {
      key: 'receivedInYear',
      label: c.t('declarationChecks.fields.receivedInYear'),
      cell: (x) => money(x.receivedInYear, c),
    },
    {
      key: 'receivedOn',
      label: c.t('declarationChecks.fields.receivedOn'),
      cell: (x) => date(x.receivedOn, c),
    },
  ],
  loansGiven: (c) => [
    owner(c),
    { key: 'borrower', label: c.t('declarationChecks.fields.borrower'), cell: (x) => x.borrower },
    {
      key: 'outstanding',
      label: c.t('declarationChecks.fields.outstanding'),
      cell: (x) => money(x.outstanding, c),
    },
    {
      key: 'givenOn',
      label: c.t('declarationChecks.fields.givenOn'),
      cell: (x) => date(x.givenOn, c),
    },
  ],
  spending: (c) => [
    owner(c),
    {
      key: 'category',
      label: c.t('declarationChecks.fields.category'),
      cell: (x) => c.t(`declarationChecks.spendingCategories.${x.category}`),
    },
    {
      key: 'description',
      label: c.t('declarationChecks.fields.description'),
      cell: (x) => x.description,
    },
    {
      key: 'amount',
      label: c.t('declarationChecks.fields.amount'),
      cell: (x) => money(x.amount, c),
    },
    {
      key: 'spentOn',
      label: c.t('declarationChecks.fields.spentOn'),
      cell: (x) => date(x.spentOn, c),
    },
  ],
  gifts: (c) => [
    owner(c),
    {
      key: 'description',
      label: c.t('declarationChecks.fields.description'),
      cell: (x) => x.description,
    },
    { key: 'donor', label: c.t('declarationChecks.fields.donor'), cell: (x) => x.donor },
    { key: 'value', label: c.t('declarationChecks.fields.value'), cell: (x) => money(x.value, c) },
    {
      key: 'receivedOn',
      label: c.t('declarationChecks.fields.receivedOn'),
      cell: (x) => date(x.receivedOn, c),
    },
  ],
};
