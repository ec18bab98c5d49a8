import { Alert, Modal, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlternativeReportInput, fileAlternativeReport } from '../../api/endpoints.ts';
import {
  type AlternativeReport,
  ASSESSMENTS,
  type Assessment,
  type Organisation,
} from '../../api/types.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { type LocalizedText, localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useStrategy } from '../strategy/queries.ts';
import { fieldsInError } from './fieldErrors.ts';
import { refreshAlternative } from './queries.ts';

/** What is assessed: a given measure, a given Plan item, or a Plan item the member picks. */
export type ReportTarget =
  | { kind: 'measure'; id: string; title: LocalizedText }
  | { kind: 'item'; number: number }
  | { kind: 'choose' };

type Form = {
  organisationId: string | null;
  itemNumber: string | null;
  assessment: Assessment | null;
  ky: string;
  ru: string;
  evidenceUrl: string;
};

/** Plan items to choose from when the form is opened from the list page. */
function ItemSelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const strategy = useStrategy();
  const numbers = (strategy.data?.directions ?? []).flatMap((d) => d.items.map((i) => i.number));
  return (
    <Select
      label={t('alternative.item')}
      required
      data={numbers.map((n) => ({
        value: String(n),
        label: t('alternative.itemN', { number: n }),
      }))}
      value={value}
      onChange={onChange}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-field="item"
    />
  );
}

/**
 * The filing form of a CSO member. Kept simple on purpose: the server checks the web address and
 * everything else, and what it refuses is shown with its message and the field marked.
 */
export function FileReportModal({
  target,
  organisations,
  onClose,
  onFiled,
}: {
  target: ReportTarget;
  organisations: Organisation[];
  onClose: () => void;
  onFiled: (report: AlternativeReport) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [checked, setChecked] = useState(false);
  const [form, setForm] = useState<Form>({
    organisationId: organisations[0]?.id ?? null,
    itemNumber: null,
    assessment: null,
    ky: '',
    ru: '',
    evidenceUrl: '',
  });

  const mutation = useMutation({
    mutationFn: (input: AlternativeReportInput) => fileAlternativeReport(input),
    onSuccess: async (report) => {
      await refreshAlternative(queryClient);
      onFiled(report);
    },
  });
  const refused = fieldsInError(mutation.error);
  const invalid = t('alternative.form.fieldInvalid');

  const missing = {
    organisation: !form.organisationId,
    target: target.kind === 'choose' && !form.itemNumber,
    assessment: !form.assessment,
    text: !form.ky.trim() && !form.ru.trim(),
  };
  const errorOf = (field: keyof typeof missing | 'evidenceUrl', message: string) =>
    checked && field !== 'evidenceUrl' && missing[field]
      ? message
      : refused.has(field)
        ? invalid
        : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(missing).some(Boolean)) return;
    const ky = form.ky.trim();
    const ru = form.ru.trim();
    const url = form.evidenceUrl.trim();
    mutation.mutate({
      organisationId: form.organisationId!,
      ...(target.kind === 'measure'
        ? { measureId: target.id }
        : { itemNumber: target.kind === 'item' ? target.number : Number(form.itemNumber) }),
      assessment: form.assessment!,
      text: { ...(ky ? { ky } : {}), ...(ru ? { ru } : {}) },
      ...(url ? { evidenceUrl: url } : {}),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('alternative.form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-alternative-form>
        <Stack>
          {target.kind === 'measure' && (
            <Text size="sm" data-form-target="measure">
              <Text span fw={600} inherit>
                {t('alternative.measure')}:
              </Text>{' '}
              {localize(target.title, language)}
            </Text>
          )}
          {target.kind === 'item' && (
            <Text size="sm" fw={600} data-form-target="item">
              {t('alternative.itemN', { number: target.number })}
            </Text>
          )}
          {target.kind === 'choose' && (
            <ItemSelect
              value={form.itemNumber}
              onChange={(itemNumber) => setForm({ ...form, itemNumber })}
              error={errorOf('target', t('common.required'))}
            />
          )}
          <Select
            label={t('alternative.form.organisation')}
            required
            data={organisations.map((o) => ({ value: o.id, label: localize(o.name, language) }))}
            value={form.organisationId}
            onChange={(organisationId) => setForm({ ...form, organisationId })}
            error={errorOf('organisation', t('common.required'))}
            comboboxProps={{ withinPortal: true }}
            allowDeselect={false}
            data-field="organisation"
          />
          <Radio.Group
            label={t('alternative.assessmentLabel')}
            required
            value={form.assessment}
            onChange={(value) => setForm({ ...form, assessment: value as Assessment })}
            error={errorOf('assessment', t('common.required'))}
            data-field="assessment"
          >
            <Stack gap="xs" mt={6}>
              {ASSESSMENTS.map((a) => (
                <Radio key={a} value={a} label={t(`alternative.assessments.${a}`)} data-value={a} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('alternative.form.textKy')}
            lang="ky"
            autosize
            minRows={3}
            maxRows={12}
            value={form.ky}
            onChange={(e) => setForm({ ...form, ky: e.currentTarget.value })}
            description={t('alternative.form.textHint')}
            error={errorOf('text', t('alternative.form.textMissing'))}
            data-field="text-ky"
          />
          <Textarea
            label={t('alternative.form.textRu')}
            lang="ru"
            autosize
            minRows={3}
            maxRows={12}
            value={form.ru}
            onChange={(e) => setForm({ ...form, ru: e.currentTarget.value })}
            error={errorOf('text', t('alternative.form.textMissing'))}
            data-field="text-ru"
          />
          <TextInput
            label={t('alternative.form.evidenceUrl')}
            description={t('alternative.form.evidenceHint')}
            type="url"
            inputMode="url"
            autoCapitalize="none"
            spellCheck={false}
            value={form.evidenceUrl}
            onChange={(e) => setForm({ ...form, evidenceUrl: e.currentTarget.value })}
            error={errorOf('evidenceUrl', invalid)}
            data-field="evidence-url"
          />
          <Alert color="blue" variant="light">
            {t('alternative.form.finalNote')}
          </Alert>
          <FormActions
            error={mutation.error}
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('alternative.form.submit')}
            submitProps={{ 'data-submit-alternative': true }}
          />
        </Stack>
      </form>
    </Modal>
  );
}
