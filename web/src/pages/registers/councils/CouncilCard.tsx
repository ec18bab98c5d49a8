import { Anchor, Button, Card, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicCouncil } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { EvaluationHistory } from './EvaluationHistory.tsx';
import { RatingTag } from './RatingTag.tsx';

/**
 * The public council of one state body: when it was set up, its members, its latest score and
 * rating, and on request every evaluation with the reasons behind it.
 */
export function CouncilCard({
  council,
  onEvaluate,
}: {
  council: PublicCouncil;
  /** Given only to those who keep the register. */
  onEvaluate?: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const agency = localize(council.agencyName, language);
  const latest = council.evaluations[0];
  const headingId = `council-${council.id}`;
  const historyId = `council-${council.id}-history`;

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={headingId}
      data-council={council.id}
      data-agency={council.agencyId}
    >
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Title order={4} id={headingId} fz="md" lh={1.4} style={{ flex: '1 1 16rem' }}>
          <Anchor component={Link} to={`/strategy/agencies/${council.agencyId}`} inherit>
            {agency}
          </Anchor>
        </Title>
        {council.synthetic && <Tag color="gray">{t('registers.synthetic')}</Tag>}
      </Group>
      <dl className="akniet-facts akniet-register-facts">
        <dt>{t('registers.councils.established')}</dt>
        <dd>{formatDate(council.establishedOn, language)}</dd>
        <dt>{t('registers.councils.members')}</dt>
        <dd data-members>{formatCount(council.membersCount, language)}</dd>
        {council.website && (
          <>
            <dt>{t('registers.councils.website')}</dt>
            <dd>
              <Anchor href={council.website} target="_blank" rel="noopener noreferrer">
                {council.website}
              </Anchor>
            </dd>
          </>
        )}
        <dt>{t('registers.councils.latest')}</dt>
        <dd data-latest-evaluation={latest?.year ?? 'none'}>
          {latest ? (
            <Group gap="xs" wrap="wrap">
              <Text span inherit fw={700} data-latest-score={latest.score}>
                {t('registers.councils.scoreInYear', { year: latest.year, score: latest.score })}
              </Text>
              <RatingTag rating={latest.rating} />
            </Group>
          ) : (
            <Text span inherit c="dimmed">
              {t('registers.councils.notEvaluated')}
            </Text>
          )}
        </dd>
      </dl>
      <Group gap="xs" mt="sm" wrap="wrap">
        {council.evaluations.length > 0 && (
          <Button
            variant="default"
            size="compact-sm"
            aria-expanded={open}
            aria-controls={historyId}
            onClick={() => setOpen((o) => !o)}
            data-toggle-history
          >
            {open
              ? t('registers.councils.hideHistory')
              : t('registers.councils.history', { count: council.evaluations.length })}
          </Button>
        )}
        {onEvaluate && (
          <Button
            variant="default"
            size="compact-sm"
            aria-label={t('registers.councils.evaluateNamed', { agency })}
            onClick={onEvaluate}
            data-evaluate-council
          >
            {t('registers.councils.evaluate')}
          </Button>
        )}
      </Group>
      <div id={historyId} hidden={!open} style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
        {open && <EvaluationHistory agency={agency} evaluations={council.evaluations} />}
      </div>
    </Card>
  );
}
