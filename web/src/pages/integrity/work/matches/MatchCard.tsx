import '../shared/conflicts.css';
import { Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decidePersonMatch } from '../../../../api/endpoints.ts';
import type { MatchedPerson, PersonMatch } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../format/dates.ts';
import type { Language } from '../../../../i18n/languages.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';
import { useRefreshConflicts } from '../queries.ts';
import { sourceLabel } from '../shared/terms.ts';
import { reasonLabel } from './reasons.ts';

type Decision = 'confirm' | 'reject';

/** A reason's weight with its sign, "+0,35" or "−0,20" ("0,00" adds nothing), in the language's digits. */
const signedWeight = (weight: number, language: Language) => {
  const digits = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ru-RU', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Math.abs(weight));
  return weight === 0 ? digits : `${weight < 0 ? '−' : '+'}${digits}`;
};

/** One uncertain match: the two records side by side, the score explained, the decision. */
export function MatchCard({
  match,
  onDecided,
}: {
  match: PersonMatch;
  onDecided: (decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refresh = useRefreshConflicts();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const n = 'conflictWork.matches' as const;
  const decide = useMutation({
    mutationFn: (decision: Decision) => decidePersonMatch(match.id, decision),
    onSuccess: (_, decision) => {
      setConfirming(false);
      onDecided(decision);
      void refresh();
    },
  });

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      aria-labelledby={titleId}
      data-match={match.id}
    >
      <Title order={2} fz="lg" id={titleId} mb="sm">
        {t(`${n}.pair`, { a: match.person.fullName, b: match.candidate.fullName })}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Record label={t(`${n}.first`)} person={match.person} />
        <Record label={t(`${n}.second`)} person={match.candidate} />
      </SimpleGrid>
      <Text fw={700} mt="md" data-score>
        {t(`${n}.score`, { score: signedWeight(match.score, language).replace('+', '') })}
      </Text>
      <Text size="sm" c="gray.7" mb="xs">
        {t(`${n}.scoreHint`)}
      </Text>
      <Table verticalSpacing={4} fz="sm" captionSide="top">
        <Table.Caption className="akniet-visually-hidden">{t(`${n}.reasonsCaption`)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${n}.reason`)}</Table.Th>
            <Table.Th ta="right">{t(`${n}.weight`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {match.reasons.map((r) => (
            <Table.Tr key={`${r.code}:${r.detail}`} data-reason={r.code}>
              <Table.Td>
                {reasonLabel(t, r.code)}
                {r.detail && (
                  <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                    {r.detail}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                {signedWeight(r.weight, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {decide.isError && !confirming && <ErrorAlert error={decide.error} />}
      <Group justify="flex-end" mt="md" gap="sm">
        <Button
          variant="default"
          loading={decide.isPending && decide.variables === 'reject'}
          onClick={() => decide.mutate('reject')}
          data-action="reject"
        >
          {t(`${n}.reject`)}
        </Button>
        <Button
          onClick={() => {
            decide.reset();
            setConfirming(true);
          }}
          data-action="confirm"
        >
          {t(`${n}.confirm`)}
        </Button>
      </Group>
      {confirming && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t(`${n}.confirmTitle`)}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          <Stack data-match-confirm>
            <Text>
              {t(`${n}.confirmText`, { a: match.person.fullName, b: match.candidate.fullName })}
            </Text>
            {decide.isError && <ErrorAlert error={decide.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={decide.isPending}
                onClick={() => decide.mutate('confirm')}
                data-confirm
              >
                {t(`${n}.merge`)}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}

function Record({ label, person }: { label: string; person: MatchedPerson }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'conflictWork.matches' as const;
  return (
    <Paper bg="gray.0" p="sm" radius="sm" data-record={person.id}>
      <Text size="xs" c="gray.7" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fw={700}>{person.fullName}</Text>
      <dl className="akniet-facts akniet-conflict-facts">
        <dt>{t(`${n}.birthDate`)}</dt>
        <dd>{person.birthDate ? formatDate(person.birthDate, language) : t(`${n}.unknown`)}</dd>
        <dt>{t(`${n}.pin`)}</dt>
        <dd>{person.pinKnown ? t(`${n}.pinKnown`) : t(`${n}.pinUnknown`)}</dd>
        <dt>{t(`${n}.official`)}</dt>
        <dd>{person.official ? t('common.yes') : t('common.no')}</dd>
        <dt>{t(`${n}.sources`)}</dt>
        <dd>
          {person.sources.length
            ? person.sources.map((s) => sourceLabel(t, s)).join(', ')
            : t('common.none')}
        </dd>
      </dl>
    </Paper>
  );
}
