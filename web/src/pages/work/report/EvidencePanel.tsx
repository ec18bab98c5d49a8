import { ActionIcon, Alert, Anchor, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError.ts';
import { deleteEvidence, evidenceUrl, uploadEvidence } from '../../../api/endpoints.ts';
import { EVIDENCE_KINDS, type EvidenceFile, MAX_EVIDENCE_BYTES } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { formatFileSize } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useReportEvidence } from '../../strategy/queries.ts';
import { ConfirmModal } from '../ConfirmModal.tsx';

const EXTENSIONS = EVIDENCE_KINDS.flatMap((k) => k.extensions);
const ACCEPT = EXTENSIONS.map((e) => `.${e}`).join(',');
const REASONS = [
  'empty',
  'too_large',
  'type_not_allowed',
  'content_does_not_match_type',
  'bad_filename',
] as const;
type Reason = (typeof REASONS)[number];

/** Why the server refused a file, in words: its `details.file`, or a 413 from the upload limit. */
function refusalReason(error: unknown): Reason | null {
  if (!isApiError(error)) return null;
  if (error.status === 413) return 'too_large';
  const file = (error.details as { file?: unknown } | null)?.file;
  return REASONS.find((r) => r === file) ?? null;
}

/**
 * The evidence files of a report: download links; on a draft or returned report also upload (sent
 * as soon as a file is chosen) and removal after a confirmation.
 */
export function EvidencePanel({ reportId, editable }: { reportId: string; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const evidence = useReportEvidence(reportId);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<EvidenceFile | null>(null);
  const headingId = `evidence-${reportId}`;
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['reports', reportId, 'evidence'] });

  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence(reportId, file),
    onSuccess: async (added) => {
      await refresh();
      setNotice(t('work.evidence.uploaded', { name: added.filename }));
    },
  });
  const remove = useMutation({
    mutationFn: (file: EvidenceFile) => deleteEvidence(file.id),
    onSuccess: async (_, file) => {
      await refresh();
      setRemoving(null);
      setNotice(t('work.evidence.removed', { name: file.filename }));
    },
  });
  const reason = refusalReason(upload.error);

  return (
    <section aria-labelledby={headingId} data-evidence-panel={reportId}>
      <Title order={3} fz="md" id={headingId} mb="xs">
        {t('rating.reports.evidence')}
      </Title>
      <Stack gap="sm">
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        {evidence.isPending && <Loading />}
        {evidence.isError && (
          <ErrorAlert error={evidence.error} onRetry={() => evidence.refetch()} />
        )}
        {evidence.data &&
          (evidence.data.items.length === 0 ? (
            <Text size="sm" c="dimmed" data-no-evidence>
              {t('rating.reports.noEvidence')}
            </Text>
          ) : (
            <ul className="akniet-plain-list akniet-stack-sm">
              {evidence.data.items.map((file) => (
                <li key={file.id} data-evidence-file={file.id}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Anchor
                        href={evidenceUrl(file.id)}
                        download={file.filename}
                        size="sm"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {file.filename}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {formatFileSize(file.sizeBytes, language)} ·{' '}
                        {formatDateTime(file.uploadedAt, language)}
                      </Text>
                    </div>
                    {editable && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t('work.evidence.remove', { name: file.filename })}
                        onClick={() => {
                          remove.reset();
                          setRemoving(file);
                        }}
                        data-action="remove-evidence"
                      >
                        <span aria-hidden="true">✕</span>
                      </ActionIcon>
                    )}
                  </Group>
                </li>
              ))}
            </ul>
          ))}
        {editable && (
          <div data-evidence-upload>
            <FileInput
              label={t('work.evidence.attach')}
              description={t('work.evidence.rules', {
                types: EXTENSIONS.map((e) => e.toUpperCase()).join(', '),
                size: formatFileSize(MAX_EVIDENCE_BYTES, language),
              })}
              placeholder={t('work.evidence.choose')}
              // The placeholder here is the button's only text: it needs full text contrast.
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              accept={ACCEPT}
              value={null}
              onChange={(file) => {
                setNotice(null);
                if (file) upload.mutate(file);
              }}
              disabled={upload.isPending}
              rightSection={upload.isPending ? <Text size="xs">…</Text> : undefined}
            />
            {upload.isPending && (
              <Text size="sm" c="dimmed" role="status" mt={4}>
                {t('work.evidence.uploading', { name: upload.variables?.name ?? '' })}
              </Text>
            )}
            {upload.isError && (
              <div data-evidence-error={reason ?? 'failed'}>
                {reason ? (
                  <Alert
                    role="alert"
                    color="red"
                    variant="light"
                    mt="xs"
                    title={t('work.evidence.refused', {
                      name: upload.variables?.name ?? '',
                    })}
                  >
                    {isApiError(upload.error) && <Text size="sm">{upload.error.message}</Text>}
                    <Text size="sm" data-reason={reason}>
                      {t(`work.evidence.reasons.${reason}`, {
                        types: EXTENSIONS.map((e) => e.toUpperCase()).join(', '),
                        size: formatFileSize(MAX_EVIDENCE_BYTES, language),
                      })}
                    </Text>
                  </Alert>
                ) : (
                  <ErrorAlert error={upload.error} />
                )}
              </div>
            )}
          </div>
        )}
      </Stack>
      {removing && (
        <ConfirmModal
          title={t('work.evidence.removeTitle')}
          text={t('work.evidence.removeText', { name: removing.filename })}
          confirmLabel={t('work.evidence.removeConfirm')}
          color="red"
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
