import { Anchor, Card, Code, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../../declarations/form/form.css';
import {
  formLabel,
  INTEREST_SECTIONS,
  type InterestSection,
  itemLabelOf,
  SECTION_FIELDS,
  SELF,
} from './interestModel.ts';
import { useInterestDeclaration } from './queries.ts';

/** One filed private-interest declaration as the declarant filed it, read only. */
export function InterestDeclarationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id } = useParams();
  const declaration = useInterestDeclaration(id ?? null);
  const d = declaration.data;
  const term = (key: string) => (t as unknown as (key: string) => string)(key);

  const shown = (section: InterestSection, field: string, value: unknown): string | null => {
    if (value === undefined || value === null || value === '') return null;
    const spec = SECTION_FIELDS[section].find((f) => f.name === field);
    if (spec?.kind === 'enum') return term(`conflictTerms.${spec.options}.${String(value)}`);
    if (spec?.kind === 'date') return formatDate(String(value), language);
    if (spec?.kind === 'percent') return `${value}%`;
    if (spec?.kind === 'holder') {
      if (value === SELF) return formLabel(t, 'holderSelf');
      const relative = d?.content.relatives.find((r) => r.id === value);
      return relative ? relative.fullName : String(value);
    }
    return String(value);
  };

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/my-conflicts" size="sm">
          {t('myConflicts.backToList')}
        </Anchor>
        <PageTitle>{t('myConflicts.view.title')}</PageTitle>
      </div>
      {declaration.isError && (
        <ErrorAlert error={declaration.error} onRetry={() => declaration.refetch()} />
      )}
      {declaration.isPending && <Loading />}
      {d && (
        <>
          <Card withBorder padding="md" data-interest-declaration-view={d.id}>
            <dl className="akniet-declaration-facts">
              <dt>{t('myConflicts.interests.occasion')}</dt>
              <dd>{t(`conflictTerms.occasions.${d.occasion}`)}</dd>
              <dt>{t('myConflicts.interests.post')}</dt>
              <dd>{d.post}</dd>
              <dt>{t('myConflicts.interests.effectiveOn')}</dt>
              <dd>{formatDate(d.effectiveOn, language)}</dd>
              <dt>{t('myConflicts.interests.filedAt')}</dt>
              <dd>{formatDateTime(d.filedAt, language)}</dd>
              <dt>{t('myConflicts.interests.receipt')}</dt>
              <dd>
                <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{d.receipt}</Code>
              </dd>
            </dl>
          </Card>
          {INTEREST_SECTIONS.map((section) => {
            const items = (d.content[section] ?? []) as unknown as Record<string, unknown>[];
            return (
              <section key={section} aria-labelledby={`view-${section}`}>
                <Title order={2} fz="xl" id={`view-${section}`} mb="xs">
                  {formLabel(t, `sections.${section}.title`)}
                </Title>
                {items.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {formLabel(t, `sections.${section}.noneFiled`)}
                  </Text>
                ) : (
                  <ul className="akniet-plain-list akniet-stack-sm">
                    {items.map((item, index) => (
                      <li key={String(item.id)}>
                        <Card withBorder padding="sm">
                          <Title order={3} fz="md" mb={4}>
                            {itemLabelOf(t, section, index)}
                          </Title>
                          <dl className="akniet-declaration-facts">
                            {SECTION_FIELDS[section].map((spec) => {
                              const value = shown(section, spec.name, item[spec.name]);
                              return value === null ? null : (
                                <Fragment key={spec.name}>
                                  <dt>{formLabel(t, `fields.${section}.${spec.name}`)}</dt>
                                  <dd>{value}</dd>
                                </Fragment>
                              );
                            })}
                          </dl>
                        </Card>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      )}
    </Stack>
  );
}
