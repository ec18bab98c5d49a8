import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBuyer, useSupplier } from './queries.ts';
import { buyerPath, supplierPath } from './terms.ts';

/**
 * The tender list narrowed to one buyer or one supplier (from a profile): says whose tenders
 * these are, links back to the profile, and takes the filter off.
 */
export function PartyFilter({
  kind,
  id,
  onClear,
}: {
  kind: 'buyer' | 'supplier';
  id: string;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const buyer = useBuyer(kind === 'buyer' ? id : undefined);
  const supplier = useSupplier(kind === 'supplier' ? id : undefined);
  const name = (kind === 'buyer' ? buyer.data?.name : supplier.data?.name) ?? id;
  const path = kind === 'buyer' ? buyerPath(id) : supplierPath(id);
  return (
    <Group gap="sm" wrap="wrap" data-party-filter={kind}>
      <Text size="sm" fw={600}>
        {kind === 'buyer' ? t('procurement.buyerFilter') : t('procurement.supplierFilter')}{' '}
        <Anchor component={Link} to={path} size="sm" fw={600}>
          {name}
        </Anchor>
      </Text>
      <Button variant="subtle" size="compact-sm" onClick={onClear} data-clear-party>
        {t('procurement.clearFilter')}
      </Button>
    </Group>
  );
}
