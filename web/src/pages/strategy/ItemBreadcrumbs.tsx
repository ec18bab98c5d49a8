import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Strategy › Item N. */
export function ItemBreadcrumbs({ number }: { number: number }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('strategy.item.breadcrumb')}>
      <Breadcrumbs mb="sm" separatorMargin={6}>
        <Anchor component={Link} to="/strategy" size="sm">
          {t('nav.strategy')}
        </Anchor>
        <Text size="sm" c="gray.8" aria-current="page">
          {t('strategy.item.short', { number })}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
