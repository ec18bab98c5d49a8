import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnReport, type ReportCommand } from '../../../api/endpoints.ts';
import type { MeasureReport } from '../../../api/types.ts';
import { ConfirmModal } from '../ConfirmModal.tsx';
import { ReturnModal } from './ReturnModal.tsx';

/** The review and correction buttons; the server's `actions` decide which are shown. */
const COMMANDS = ['return', 'verify', 'publish', 'correct'] as const;
type Command = (typeof COMMANDS)[number];

/**
 * Return (with a comment), verify, publish or correct a report, as the server allows this caller.
 * Verify, publish and correct are asked about first: they cannot be undone.
 */
export function ReportActions({
  report,
  onDone,
}: {
  report: MeasureReport;
  onDone: (report: MeasureReport, action: ReportCommand) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Command | null>(null);
  const act = useMutation({
    mutationFn: ({ action, comment }: { action: Command; comment?: string }) =>
      actOnReport(report.id, action, comment),
    onSuccess: (updated, { action }) => {
      setAsking(null);
      onDone(updated, action);
    },
  });
  const open = COMMANDS.filter((c) => report.actions.includes(c));
  if (open.length === 0) return null;

  const ask = (command: Command) => {
    act.reset();
    setAsking(command);
  };

  return (
    <>
      <Group gap="sm" data-report-actions={report.id}>
        {open.includes('verify') && (
          <Button onClick={() => ask('verify')} data-action="verify">
            {t('work.actions.verify')}
          </Button>
        )}
        {open.includes('return') && (
          <Button
            color="red"
            variant="light"
            c="red.9"
            onClick={() => ask('return')}
            data-action="return"
          >
            {t('work.actions.return')}
          </Button>
        )}
        {open.includes('publish') && (
          <Button onClick={() => ask('publish')} data-action="publish">
            {t('work.actions.publish')}
          </Button>
        )}
        {open.includes('correct') && (
          <Button variant="default" onClick={() => ask('correct')} data-action="correct">
            {t('work.actions.correct')}
          </Button>
        )}
      </Group>
      {asking === 'return' && (
        <ReturnModal
          loading={act.isPending}
          error={act.error}
          onReturn={(comment) => act.mutate({ action: 'return', comment })}
          onClose={() => setAsking(null)}
        />
      )}
      {asking && asking !== 'return' && (
        <ConfirmModal
          title={t(`work.actions.${asking}Title`)}
          text={t(`work.actions.${asking}Text`)}
          confirmLabel={t(`work.actions.${asking}`)}
          loading={act.isPending}
          error={act.error}
          onConfirm={() => act.mutate({ action: asking })}
          onClose={() => setAsking(null)}
        />
      )}
    </>
  );
}
