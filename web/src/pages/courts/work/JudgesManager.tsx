import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtDetail, CourtJudge } from '../../../api/types.ts';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { JudgesTable } from '../court/JudgesTable.tsx';
import { formatDay, tomorrow } from '../terms.ts';
import { AbsenceModal } from './AbsenceModal.tsx';
import { JudgeModal } from './JudgeModal.tsx';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; judge: CourtJudge }
  | { kind: 'absence'; judge: CourtJudge };

/**
 * The court's judges: add one, change their chamber, specialisations, load or status, record an
 * absence. Every change is published now and takes effect tomorrow, never on the same day.
 */
export function JudgesManager({ court }: { court: CourtDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const j = 'courts.work.judges' as const;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const done = (message: string) => {
    setDialog(null);
    setSaved(message);
  };

  return (
    <Stack gap="md">
      <Text className="akniet-reading">
        {t(`${j}.intro`, { date: formatDay(tomorrow(), language) })}
      </Text>
      <SuccessNotice message={saved} onClose={() => setSaved(null)} />
      <Group>
        <Button onClick={() => setDialog({ kind: 'add' })} data-add-judge>
          {t(`${j}.add`)}
        </Button>
      </Group>
      <JudgesTable
        court={court}
        actions={(judge) => (
          <>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setDialog({ kind: 'edit', judge })}
              aria-label={t(`${j}.editLabel`, { name: judge.name })}
              data-edit-judge
            >
              {t('common.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setDialog({ kind: 'absence', judge })}
              aria-label={t(`${j}.absenceLabel`, { name: judge.name })}
              data-add-absence
            >
              {t(`${j}.absence`)}
            </Button>
          </>
        )}
      />
      {dialog?.kind === 'add' && (
        <JudgeModal court={court} judge={null} onSaved={done} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'edit' && (
        <JudgeModal
          court={court}
          judge={dialog.judge}
          onSaved={done}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'absence' && (
        <AbsenceModal judge={dialog.judge} onSaved={done} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
