import { ActionIcon, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeLimits } from '../../../api/reporting.ts';
import { formatFileSize } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { fileTypeLabel } from '../shared/terms.ts';

/** Why a set of files cannot be sent, checked before the upload so nothing is sent twice. */
export function filesProblem(
  files: readonly File[],
  limits: IntakeLimits,
): { key: 'tooMany' | 'tooBig' | 'tooMuch' | 'wrongType'; name?: string } | null {
  if (files.length > limits.maxFiles) return { key: 'tooMany' };
  const big = files.find((f) => f.size > limits.maxFileBytes);
  if (big) return { key: 'tooBig', name: big.name };
  // Browsers leave the type empty for names they do not know: the server then decides by content.
  const wrong = files.find((f) => f.type && !limits.types.includes(f.type));
  if (wrong) return { key: 'wrongType', name: wrong.name };
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > limits.maxTotalBytes) return { key: 'tooMuch' };
  return null;
}

/** A stable key per picked file, so removing one does not confuse the others' rows. */
const fileKeys = new WeakMap<File, string>();
let nextKey = 0;
function keyOf(file: File): string {
  let key = fileKeys.get(file);
  if (!key) {
    key = `file-${nextKey++}`;
    fileKeys.set(file, key);
  }
  return key;
}

/** Adds files one pick at a time (up to the limits), lists them with a way to take one out. */
export function AttachmentsPicker({
  files,
  onChange,
  limits,
}: {
  files: readonly File[];
  onChange: (files: File[]) => void;
  limits: IntakeLimits;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const hintId = useId();
  const n = 'reporting.files' as const;
  const problem = filesProblem(files, limits);
  const types = [...new Set(limits.types.map(fileTypeLabel))].join(', ');

  return (
    <fieldset className="akniet-report-fieldset" aria-describedby={hintId} data-attachments>
      <legend id={headingId}>
        <Text component="span" fw={500} size="sm">
          {t(`${n}.title`)}
        </Text>
      </legend>
      <Text size="xs" c="gray.7" id={hintId}>
        {t(`${n}.limits`, {
          count: limits.maxFiles,
          size: formatFileSize(limits.maxFileBytes, language),
          total: formatFileSize(limits.maxTotalBytes, language),
          types,
        })}{' '}
        {t(`${n}.metadataHint`)}
      </Text>
      <Stack gap={6} mt="xs">
        {files.map((file, i) => (
          <Paper withBorder px="sm" py={6} key={keyOf(file)} data-file={file.name}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {file.name}{' '}
                <Text span size="xs" c="gray.7">
                  ({formatFileSize(file.size, language)})
                </Text>
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t(`${n}.remove`, { name: file.name })}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                <span aria-hidden="true">✕</span>
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        {problem && (
          <Text size="sm" c="red.9" role="alert" data-files-problem={problem.key}>
            {t(`${n}.problems.${problem.key}`, {
              name: problem.name ?? '',
              count: limits.maxFiles,
              size: formatFileSize(limits.maxFileBytes, language),
              total: formatFileSize(limits.maxTotalBytes, language),
            })}
          </Text>
        )}
      </Stack>
      {files.length < limits.maxFiles && (
        <FileButton
          multiple
          accept={limits.types.join(',')}
          onChange={(picked) => onChange([...files, ...picked])}
        >
          {(props) => (
            <Button {...props} variant="default" mt="xs" data-add-files>
              {t(`${n}.add`)}
            </Button>
          )}
        </FileButton>
      )}
    </fieldset>
  );
}
