import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shortHash } from './terms.ts';

/**
 * A long hex value (a hash, a seed, a signature) shortened for the eye, with a button that copies
 * it whole, so that it can be compared or checked elsewhere.
 */
export function HashText({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" data-hash={value}>
      <Text span ff="monospace" size="sm" title={value}>
        {shortHash(value)}
      </Text>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('courts.copied') : t('courts.copy')} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'green' : 'dark'}
              size="sm"
              onClick={copy}
              aria-label={t('courts.copyLabel', { what: label })}
            >
              <span aria-hidden="true">{copied ? '✓' : '⧉'}</span>
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
