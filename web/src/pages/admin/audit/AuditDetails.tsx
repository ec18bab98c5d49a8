import { Code } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The entry's details as JSON, folded away until asked for. */
export function AuditDetails({ details }: { details: unknown }) {
  const { t } = useTranslation();
  if (details === null || details === undefined) return t('common.none');
  const json = JSON.stringify(details, null, 2);
  return (
    <details>
      <summary style={{ cursor: 'pointer' }}>{t('audit.details')}</summary>
      <Code block maw={420} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {json}
      </Code>
    </details>
  );
}
