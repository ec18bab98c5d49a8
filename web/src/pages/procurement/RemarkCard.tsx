import './procurement.css';
import { Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenderRemark } from '../../api/types.ts';
import { Tag } from '../../components/Tag.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/**
 * A comment or concern with its author and date, and for a concern the buyer's answer or that
 * one is awaited; `children` holds what the reader may do with it (the buyer's answer form).
 */
export function RemarkCard({
  remark,
  heading,
  children,
}: {
  remark: TenderRemark;
  heading?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const r = 'procurement.remarks' as const;
  const concern = remark.kind === 'concern';
  return (
    <Card
      withBorder
      padding="md"
      data-remark={remark.id}
      data-kind={remark.kind}
      data-answered={remark.answer !== null || undefined}
    >
      {heading}
      <Group gap="xs" wrap="wrap" mb={4}>
        <Tag color={concern ? 'orange' : 'blue'}>{t(`${r}.kinds.${remark.kind}`)}</Tag>
        <Text size="xs" c="gray.7">
          {t(`${r}.by`, {
            author: remark.author,
            date: formatDateTime(remark.createdAt, language),
          })}
        </Text>
      </Group>
      <Text size="sm" className="akniet-remark-body" data-remark-body>
        {remark.body}
      </Text>
      {remark.answer !== null ? (
        <div className="akniet-remark-answer" data-remark-answer>
          <Text size="xs" fw={600} c="gray.8">
            {t(`${r}.answer`, { date: formatDateTime(remark.answeredAt, language) })}
          </Text>
          <Text size="sm" className="akniet-remark-body">
            {remark.answer}
          </Text>
        </div>
      ) : (
        concern && (
          <div style={{ marginTop: 'var(--mantine-spacing-xs)' }} data-awaiting-answer>
            <Tag color="gray">{t(`${r}.awaiting`)}</Tag>
          </div>
        )
      )}
      {children}
    </Card>
  );
}
