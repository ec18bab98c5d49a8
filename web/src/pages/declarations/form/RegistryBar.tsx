import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../components/Tag.tsx';
import { specLabel } from './labels.ts';
import type { Origin } from './model.ts';

/**
 * Where a pre-filled item came from and whether the declarant has looked at it: confirm it as it
 * is, or correct it (the differences from the registry stay on record as findings; the form's
 * notice of unconfirmed items says so).
 */
export function RegistryBar({
  origin,
  itemLabel,
  onConfirm,
}: {
  origin: Origin;
  itemLabel: string;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const registry = specLabel(t, `registries.${origin.registry}`);
  return (
    <div data-registry-item={origin.registry}>
      <Group gap="xs" wrap="wrap">
        <Tag color="blue">{t('declarationForm.registry.badge', { registry })}</Tag>
        {origin.confirmed ? (
          <Tag color="green">{t('declarationForm.registry.confirmed')}</Tag>
        ) : (
          <>
            <Tag color="orange">{t('declarationForm.registry.unconfirmed')}</Tag>
            <Button
              size="compact-sm"
              variant="light"
              onClick={onConfirm}
              aria-label={t('declarationForm.registry.confirmItem', { item: itemLabel })}
            >
              {t('declarationForm.registry.confirm')}
            </Button>
          </>
        )}
      </Group>
    </div>
  );
}
