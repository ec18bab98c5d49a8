import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReportAttachment } from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatFileSize } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { MetadataSummary } from './MetadataSummary.tsx';
import { fileTypeLabel } from './terms.ts';

/**
 * The report's files, each with what was removed from it. Handlers download by a plain link
 * (their cookies go with it); the reporter's token is a header, so their files come by fetch.
 */
export function AttachmentList({
  files,
  href,
  download,
}: {
  files: readonly ReportAttachment[];
  href?: (id: string) => string;
  download?: (id: string) => Promise<Blob>;
}) {
  return (
    <Stack gap="sm">
      {files.map((file) => (
        <Paper withBorder p="sm" key={file.id} data-attachment={file.id}>
          <Group justify="space-between" align="flex-start" gap="sm">
            <div style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {file.name}
              </Text>
              <FileFacts file={file} />
            </div>
            {href && <LinkDownload file={file} href={href(file.id)} />}
            {download && <FetchDownload file={file} download={download} />}
          </Group>
          <MetadataSummary file={file} />
        </Paper>
      ))}
    </Stack>
  );
}

function FileFacts({ file }: { file: ReportAttachment }) {
  const language = useLanguage();
  return (
    <Text size="xs" c="gray.7">
      {fileTypeLabel(file.type)} · {formatFileSize(file.size, language)}
    </Text>
  );
}

function LinkDownload({ file, href }: { file: ReportAttachment; href: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={href}
      download={file.name}
      variant="default"
      size="compact-sm"
      aria-label={t('reporting.files.downloadNamed', { name: file.name })}
      data-download={file.id}
    >
      {t('reporting.files.download')}
    </Button>
  );
}

function FetchDownload({
  file,
  download,
}: {
  file: ReportAttachment;
  download: (id: string) => Promise<Blob>;
}) {
  const { t } = useTranslation();
  const fetchFile = useMutation({
    mutationFn: () => download(file.id),
    onSuccess: (blob) => {
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
  return (
    <div>
      <Button
        variant="default"
        size="compact-sm"
        onClick={() => fetchFile.mutate()}
        loading={fetchFile.isPending}
        aria-label={t('reporting.files.downloadNamed', { name: file.name })}
        data-download={file.id}
      >
        {t('reporting.files.download')}
      </Button>
      {fetchFile.isError && <ErrorAlert error={fetchFile.error} />}
    </div>
  );
}
