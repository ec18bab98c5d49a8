import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicDeclaration } from '../../../api/types.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useDeclarationLabels } from './labels.ts';
import { type SectionColumn, SectionTable } from './SectionTable.tsx';
import { formatDecimal, formatSom } from './som.ts';

type Field =
  | 'relation'
  | 'fullName'
  | 'owner'
  | 'kind'
  | 'source'
  | 'amount'
  | 'area'
  | 'region'
  | 'share'
  | 'acquiredYear'
  | 'price'
  | 'makeModel'
  | 'yearMade'
  | 'institution'
  | 'country'
  | 'balance'
  | 'issuer'
  | 'value'
  | 'creditorKind'
  | 'creditor'
  | 'outstanding'
  | 'receivedInYear'
  | 'category';

/** Words that stand in for a field left out of the publication, dimmed so they don't read as data. */
const Muted = ({ children }: { children: ReactNode }) => (
  <Text span size="sm" c="dimmed" fs="italic">
    {children}
  </Text>
);

/** Every section of a published declaration, as published: nothing added, nothing left out. */
export function DeclarationSections({ declaration }: { declaration: PublicDeclaration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useDeclarationLabels();
  const none = t('common.none');
  const hidden = <Muted>{t('publicDeclarations.hidden')}</Muted>;
  const som = (amount: string) => formatSom(amount, language);
  const price = (amount: string | null) =>
    amount === null ? <Muted>{t('publicDeclarations.noPrice')}</Muted> : som(amount);
  const share = (percent: number | null) =>
    percent === null ? none : `${formatDecimal(percent, language)}%`;

  function col<T>(field: Field, cell: (item: T) => ReactNode, numeric = false): SectionColumn<T> {
    return { key: field, label: t(`publicDeclarations.fields.${field}`), cell, numeric };
  }
  type D = PublicDeclaration;
  const owner = <T extends { owner: string }>() => col<T>('owner', (x) => labels.owner(x.owner));

  const title = (key: Exclude<keyof D, 'year'>) => t(`publicDeclarations.sections.${key}`);

  return (
    <Stack gap="xl" data-declaration-sections>
      <SectionTable<D['relatives'][number]>
        section="relatives"
        title={title('relatives')}
        items={declaration.relatives}
        columns={[
          col('relation', (x) => labels.owner(x.relation)),
          col('fullName', (x) =>
            x.minor || x.fullName === null ? (
              <Muted>{t('publicDeclarations.minor')}</Muted>
            ) : (
              x.fullName
            ),
          ),
        ]}
      />
      <SectionTable<D['incomes'][number]>
        section="incomes"
        title={title('incomes')}
        items={declaration.incomes}
        columns={[
          owner(),
          col('kind', (x) => labels.label('incomeKinds', x.kind)),
          col('source', (x) => x.source ?? hidden),
          col('amount', (x) => som(x.som), true),
        ]}
      />
      <SectionTable<D['realEstate'][number]>
        section="realEstate"
        title={title('realEstate')}
        items={declaration.realEstate}
        columns={[
          owner(),
          col('kind', (x) => labels.label('realEstateKinds', x.kind)),
          col('area', (x) => formatDecimal(x.area, language), true),
          col('region', (x) => labels.place(x.region, x.country)),
          col('share', (x) => share(x.sharePercent), true),
          col('acquiredYear', (x) => x.acquiredYear ?? none, true),
          col('price', (x) => price(x.priceSom), true),
        ]}
      />
      <SectionTable<D['vehicles'][number]>
        section="vehicles"
        title={title('vehicles')}
        items={declaration.vehicles}
        columns={[
          owner(),
          col('kind', (x) => labels.label('vehicleKinds', x.kind)),
          col('makeModel', (x) => `${x.make} ${x.model}`.trim() || none),
          col('yearMade', (x) => x.yearMade, true),
          col('acquiredYear', (x) => x.acquiredYear ?? none, true),
          col('price', (x) => price(x.priceSom), true),
        ]}
      />
      <SectionTable<D['accounts'][number]>
        section="accounts"
        title={title('accounts')}
        items={declaration.accounts}
        columns={[
          owner(),
          col('kind', (x) => labels.label('accountKinds', x.kind)),
          col('institution', (x) => x.institution || none),
          col('country', (x) => labels.country(x.country)),
          col('balance', (x) => som(x.som), true),
        ]}
      />
      <SectionTable<D['securities'][number]>
        section="securities"
        title={title('securities')}
        items={declaration.securities}
        columns={[
          owner(),
          col('kind', (x) => labels.label('securityKinds', x.kind)),
          col('issuer', (x) => x.issuer || none),
          col('share', (x) => share(x.sharePercent), true),
          col('country', (x) => labels.country(x.country)),
          col('value', (x) => som(x.som), true),
        ]}
      />
      <SectionTable<D['liabilities'][number]>
        section="liabilities"
        title={title('liabilities')}
        items={declaration.liabilities}
        columns={[
          owner(),
          col('creditorKind', (x) => labels.label('creditorKinds', x.creditorKind)),
          col('creditor', (x) => x.creditor ?? hidden),
          col('outstanding', (x) => som(x.som), true),
          col('receivedInYear', (x) => som(x.receivedInYearSom), true),
        ]}
      />
      <SectionTable<D['loansGiven'][number]>
        section="loansGiven"
        title={title('loansGiven')}
        items={declaration.loansGiven}
        columns={[owner(), col('outstanding', (x) => som(x.som), true)]}
      />
      <SectionTable<D['spending'][number]>
        section="spending"
        title={title('spending')}
        items={declaration.spending}
        columns={[
          owner(),
          col('category', (x) => labels.label('spendingCategories', x.category)),
          col('amount', (x) => som(x.som), true),
        ]}
      />
      <SectionTable<D['gifts'][number]>
        section="gifts"
        title={title('gifts')}
        items={declaration.gifts}
        columns={[owner(), col('value', (x) => som(x.som), true)]}
      />
    </Stack>
  );
}
