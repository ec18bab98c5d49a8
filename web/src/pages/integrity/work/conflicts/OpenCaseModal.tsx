import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openConflictCase } from '../../../../api/endpoints.ts';
import type { ConflictFinding } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { pathLine } from '../shared/PathChain.tsx';
import { ruleLabel } from '../shared/terms.ts';

const MAX_SUMMARY = 5_000;

/** Opens a case on a finding: a summary the verifier can edit, first written from the rule and path. */
export function OpenCaseModal({
  finding,
  onOpened,
  onClose,
}: {
  finding: ConflictFinding;
  onOpened: (caseId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState(() =>
    t('conflictWork.openCase.prefill', {
      rule: ruleLabel(t, finding.rule),
      path: pathLine(finding.path),
    }),
  );
  const [checked, setChecked] = useState(false);
  const open = useMutation({
    mutationFn: () => openConflictCase({ findingId: finding.id, summary: summary.trim() }),
    onSuccess: (opened) => onOpened(opened.id),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!summary.trim()) return;
    open.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('conflictWork.openCase.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-open-case-form>
        <Stack>
          <Text size="sm">
            {t('conflictWork.openCase.intro', { official: finding.official.name })}
          </Text>
          <Textarea
            label={t('conflictWork.openCase.summary')}
            description={t('conflictWork.openCase.summaryHint')}
            required
            autosize
            minRows={4}
            maxLength={MAX_SUMMARY}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={checked && !summary.trim() ? t('common.required') : null}
            data-field="summary"
          />
          {open.isError && <ErrorAlert error={open.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={open.isPending} data-confirm>
              {t('conflictWork.openCase.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
