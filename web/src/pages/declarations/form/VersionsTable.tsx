import { Button, Card, Code, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeclarationVersionRef } from '../../../api/types.ts';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import './form.css';

/** Every submitted version with its receipt; one of them is shown below the list. */
export function VersionsTable({
  versions,
  shown,
  onShow,
}: {
  versions: DeclarationVersionRef[];
  shown: number;
  onShow: (version: number) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="akniet-declaration-rows" aria-label={t('declarationForm.view.versionsTitle')}>
      {versions.map((v) => (
        <li key={v.version}>
          <Card withBorder padding="sm" data-version-row={v.version}>
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Text fw={700}>
                {t('declarationForm.view.versionColumn')} {v.version}
                <Text span fw={400} c="gray.8">
                  {' · '}
                  {t(`declarationForm.view.kinds.${v.kind}`)}
                  {' · '}
                  {formatDateTime(v.submittedAt, language)}
                </Text>
              </Text>
              <Button
                size="compact-sm"
                variant={v.version === shown ? 'filled' : 'default'}
                aria-pressed={v.version === shown}
                onClick={() => onShow(v.version)}
              >
                {t('declarationForm.view.showVersion', { version: v.version })}
              </Button>
            </Group>
            <Text size="sm" mt={6}>
              {t('declarationForm.view.receiptColumn')}:{' '}
              <Code fz="xs" style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }} data-receipt>
                {v.receipt}
              </Code>
            </Text>
          </Card>
        </li>
      ))}
    </ul>
  );
}
