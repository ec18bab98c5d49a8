import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartyFlag, ProcurementFlag } from '../../api/types.ts';
import { Tag } from '../../components/Tag.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { flagTexts } from './flagTexts.ts';
import { formatFlagNumber } from './format.ts';
import { supplierPath, tenderPath } from './terms.ts';

/**
 * One red flag: its code and name, the engine that raised it, what it is about, what it means,
 * its value against the threshold, and the evidence. `about` says whom it concerns on a tender
 * page; `ocid` is the tender it points at on a buyer's or supplier's profile.
 */
export function FlagCard({
  flag,
  about,
}: {
  flag: ProcurementFlag | PartyFlag;
  about?: { buyerName: string | null };
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { name, text } = flagTexts(t, flag.code);
  const showValue = flag.threshold !== null || flag.value !== 1;
  return (
    <Card withBorder padding="md" data-flag={flag.code} data-engine={flag.engine}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" align="center">
          <Tag color="red">{flag.code}</Tag>
          <Title order={3} fz="md" lh={1.35}>
            {name}
          </Title>
        </Group>
        <Text size="xs" c="gray.7" data-flag-subject={'subject' in flag ? flag.subject : undefined}>
          {t(`procurement.flags.engines.${flag.engine}`)}
          {about && 'subject' in flag && (
            <>
              {' · '}
              {subjectText(t, flag, about.buyerName)}
              {flag.subject === 'supplier' && (
                <>
                  {': '}
                  <Anchor component={Link} to={supplierPath(flag.subjectId)} size="xs">
                    {flag.subjectId}
                  </Anchor>
                </>
              )}
            </>
          )}
        </Text>
        {text && (
          <Text size="sm" className="akniet-reading">
            {text}
          </Text>
        )}
        {showValue && (
          <Text size="sm" data-flag-value={flag.value}>
            {t('procurement.flags.value', { value: formatFlagNumber(flag.value, language) })}
            {flag.threshold !== null &&
              ` · ${t('procurement.flags.threshold', {
                threshold: formatFlagNumber(flag.threshold, language),
              })}`}
          </Text>
        )}
        {'ocid' in flag && flag.ocid && (
          <Text size="sm">
            {t('procurement.profile.latestTender')}:{' '}
            <Anchor component={Link} to={tenderPath(flag.ocid)} size="sm">
              {flag.ocid}
            </Anchor>
          </Text>
        )}
        {flag.evidence.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('procurement.flags.evidence')}
            </Text>
            <EvidenceList
              evidence={flag.evidence}
              label={t('procurement.flags.evidenceLabel', { name })}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}

function subjectText(t: TFunction, flag: ProcurementFlag, buyerName: string | null): string {
  if (flag.subject === 'buyer') {
    return buyerName
      ? `${t('procurement.flags.subjects.buyer')}: ${buyerName}`
      : t('procurement.flags.subjects.buyer');
  }
  if (flag.subject === 'supplier') return t('procurement.flags.subjects.supplier');
  return t('procurement.flags.subjects.tender');
}
