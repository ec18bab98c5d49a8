import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadOcdsFile } from '../../../api/endpoints.ts';
import type { OcdsImportDetail } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatFileSize } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

const ACCEPT = '.jsonl,.ndjson,.json,application/json,application/x-ndjson';

/** Chooses an OCDS file (its size shown before sending) and uploads it; the server queues the import. */
export function UploadForm({ onQueued }: { onQueued: (queued: OcdsImportDetail) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadOcdsFile(chosen),
    onSuccess: (queued) => {
      setFile(null);
      onQueued(queued);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  const i = 'procurement.imports' as const;
  return (
    <form onSubmit={submit} style={{ flex: '1 1 18rem', maxWidth: '28rem' }} data-upload-form>
      <Stack gap="xs">
        <FileInput
          label={t(`${i}.file`)}
          description={t(`${i}.fileHint`)}
          placeholder={t(`${i}.choose`)}
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          accept={ACCEPT}
          value={file}
          onChange={(chosen) => {
            upload.reset();
            setFile(chosen);
          }}
          clearable
          data-ocds-file
        />
        {file && (
          <Text size="sm" data-chosen-file>
            {t(`${i}.chosen`, { name: file.name, size: formatFileSize(file.size, language) })}
          </Text>
        )}
        {upload.isError && <ErrorAlert error={upload.error} />}
        <Group>
          <Button type="submit" disabled={!file} loading={upload.isPending} data-upload>
            {t(`${i}.upload`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
