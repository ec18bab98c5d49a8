import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type Crumb = { label: string; to?: string };

/** Where a workspace page sits: links up to the lists it was opened from, then the page itself. */
export function WorkBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('strategy.item.breadcrumb')}>
      <Breadcrumbs
        mb="sm"
        separatorMargin={6}
        // Long plan and measure titles wrap instead of widening the page on a phone.
        styles={{
          root: { flexWrap: 'wrap' },
          breadcrumb: { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 },
        }}
      >
        {crumbs.map((crumb) =>
          crumb.to ? (
            <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm">
              {crumb.label}
            </Anchor>
          ) : (
            <Text key="current" size="sm" c="gray.8" aria-current="page" lineClamp={1}>
              {crumb.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}
