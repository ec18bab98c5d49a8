import { Anchor, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InterestDeclarationFiled } from '../../../api/types.ts';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../../declarations/form/form.css';
import { interestDeclarationPath } from './MyInterestDeclarationsSection.tsx';

/** What filing gave: the receipt that proves what was filed and when. */
export function InterestReceipt({ filed }: { filed: InterestDeclarationFiled }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card withBorder padding="md" data-interest-receipt={filed.id}>
      <Stack gap="sm">
        <Title order={2} fz="xl" ref={heading} tabIndex={-1} c="green.9">
          {t('myConflicts.receipt.title')}
        </Title>
        <dl className="akniet-declaration-facts">
          <dt>{t('myConflicts.receipt.receipt')}</dt>
          <dd>
            <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }} data-receipt>
              {filed.receipt}
            </Code>
          </dd>
          <dt>{t('myConflicts.receipt.filedAt')}</dt>
          <dd>{formatDateTime(filed.filedAt, language)}</dd>
        </dl>
        <Text size="sm" c="gray.8" className="akniet-reading">
          {t('myConflicts.receipt.hint')}
        </Text>
        <Group gap="lg">
          <Anchor component={Link} to={interestDeclarationPath(filed.id)}>
            {t('myConflicts.receipt.view')}
          </Anchor>
          <Anchor component={Link} to="/my-conflicts">
            {t('myConflicts.receipt.back')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
