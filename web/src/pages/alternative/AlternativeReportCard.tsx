import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlternativeReport } from '../../api/types.ts';
import { formatDate } from '../../format/dates.ts';
import { localize, writtenIn } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { AssessmentTag } from './AssessmentTag.tsx';

/** Where the assessed measure or Plan item is shown, for lists that mix them. */
function TargetLink({ report }: { report: AlternativeReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (report.measure) {
    return (
      <Text size="sm" mt={6} className="akniet-reading">
        <Text span fw={600} inherit>
          {t('alternative.measure')}:
        </Text>{' '}
        <Anchor
          component={Link}
          to={`/strategy/agencies/${report.measure.agencyId}#measure-${report.measure.id}`}
          inherit
          data-target-measure={report.measure.id}
        >
          {localize(report.measure.title, language)}
        </Anchor>{' '}
        <Text span c="dimmed" inherit data-target-agency>
          ({localize(report.measure.agencyName, language)})
        </Text>
      </Text>
    );
  }
  if (report.itemNumber === null) return null;
  return (
    <Text size="sm" mt={6}>
      <Anchor
        component={Link}
        to={`/strategy/items/${report.itemNumber}`}
        inherit
        data-target-item={report.itemNumber}
      >
        {t('alternative.itemN', { number: report.itemNumber })}
      </Anchor>
    </Text>
  );
}

/** One organisation's assessment: who (and their registration), the verdict, the words, the evidence. */
export function AlternativeReportCard({
  report,
  showTarget = false,
}: {
  report: AlternativeReport;
  showTarget?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = writtenIn(report.text, language);

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      data-alternative-report={report.id}
      data-organisation={report.organisationId}
    >
      <Group gap="xs" justify="space-between" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text fw={700} size="sm" data-organisation-name style={{ overflowWrap: 'anywhere' }}>
            {localize(report.organisationName, language)}
            {report.organisationSynthetic && (
              <Badge ml="xs" size="xs" variant="outline" color="gray" c="gray.8" tt="none">
                {t('alternative.synthetic')}
              </Badge>
            )}
          </Text>
          <Text size="xs" c="dimmed" data-registration>
            {t('alternative.registration', { number: report.organisationRegistrationNumber })}
          </Text>
        </div>
        <AssessmentTag assessment={report.assessment} />
      </Group>
      {showTarget && <TargetLink report={report} />}
      {text && (
        <>
          <Text size="sm" mt={6} lang={text.lang} className="akniet-reading" data-alternative-text>
            {text.text}
          </Text>
          {text.lang !== language && (
            <Text size="xs" c="dimmed">
              {t(text.lang === 'ky' ? 'rating.reports.onlyKy' : 'rating.reports.onlyRu')}
            </Text>
          )}
        </>
      )}
      <Text size="xs" c="dimmed" mt={6}>
        {t('alternative.filedAt', { date: formatDate(report.createdAt, language) })}
        {report.evidenceUrl && (
          <>
            {' · '}
            <Anchor
              href={report.evidenceUrl}
              rel="noopener noreferrer nofollow ugc"
              size="xs"
              underline="always"
              data-evidence-url
              style={{ overflowWrap: 'anywhere' }}
            >
              {t('alternative.evidence')}
            </Anchor>
          </>
        )}
      </Text>
    </Paper>
  );
}
