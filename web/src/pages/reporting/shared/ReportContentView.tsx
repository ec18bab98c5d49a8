import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../../../api/reporting.ts';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/** What the reporter wrote: title, text, and the optional when, where and who. */
export function ReportContentView({ content }: { content: ReportContent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'reporting.form' as const;
  const wrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;
  return (
    <Paper withBorder p="md" data-report-content>
      <Title order={2} size="h3" mb="xs" style={{ overflowWrap: 'anywhere' }} data-report-title>
        {content.title}
      </Title>
      <Text style={wrap} data-report-text>
        {content.text}
      </Text>
      <dl className="akniet-facts">
        {content.happenedOn && (
          <>
            <dt>{t(`${n}.happenedOn`)}</dt>
            <dd>{formatDate(content.happenedOn, language)}</dd>
          </>
        )}
        {content.place && (
          <>
            <dt>{t(`${n}.place`)}</dt>
            <dd style={wrap}>{content.place}</dd>
          </>
        )}
        {content.involved && (
          <>
            <dt>{t(`${n}.involved`)}</dt>
            <dd style={wrap}>{content.involved}</dd>
          </>
        )}
      </dl>
    </Paper>
  );
}
