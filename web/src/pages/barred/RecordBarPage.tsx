import {
  Anchor,
  Button,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { recordBarredEntity } from '../../api/endpoints.ts';
import type { BarRestriction, NewBarredEntity } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { fieldsInError, refused } from '../registers/serverFields.ts';
import { useRefreshBarred } from './queries.ts';
import { BAR_RESTRICTIONS, barredEntityPath, isRestriction } from './terms.ts';

type TextField = 'name' | 'identifier' | 'court' | 'decisionNumber' | 'ground';
type DateField = 'decisionDate' | 'barredFrom' | 'barredUntil';
type Field = TextField | DateField | 'restrictions';

// The server's limits (routes/barred.ts).
const MAX: Record<TextField, number> = {
  name: 500,
  identifier: 14,
  court: 300,
  decisionNumber: 100,
  ground: 5000,
};

/** Today in Bishkek (UTC+6 all year), as yyyy-mm-dd: a decision cannot be dated later. */
const bishkekToday = () => new Date(Date.now() + 6 * 3600_000).toISOString().slice(0, 10);

const EMPTY = {
  name: '',
  identifier: '',
  court: '',
  decisionNumber: '',
  ground: '',
  decisionDate: '',
  barredFrom: '',
  barredUntil: '',
};

/** What the form can tell before asking the server, field by field. */
function localProblems(v: typeof EMPTY, restrictions: readonly BarRestriction[]): Set<Field> {
  const problems = new Set<Field>();
  for (const f of ['name', 'court', 'decisionNumber', 'ground'] as const) {
    if (!v[f].trim()) problems.add(f);
  }
  if (!/^\d{14}$/.test(v.identifier.trim())) problems.add('identifier');
  if (!v.decisionDate || v.decisionDate > bishkekToday()) problems.add('decisionDate');
  if (!v.barredFrom) problems.add('barredFrom');
  if (v.barredUntil && v.barredFrom && v.barredUntil < v.barredFrom) problems.add('barredUntil');
  if (restrictions.length === 0) problems.add('restrictions');
  return problems;
}

/**
 * The prosecutor's office (or an admin) records a bar from a court decision. Every field the
 * form or the server refuses says why beside it; the same decision twice points to the entry
 * that holds it.
 */
export function RecordBarPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshBarred();
  const [values, setValues] = useState(EMPTY);
  const [restrictions, setRestrictions] = useState<BarRestriction[]>([]);
  const [checked, setChecked] = useState(false);
  const record = useMutation({
    mutationFn: (input: NewBarredEntity) => recordBarredEntity(input),
    onSuccess: async (entry) => {
      await refresh();
      navigate(barredEntityPath(entry.id), { state: { recorded: true } });
    },
  });

  const local = localProblems(values, restrictions);
  const server = fieldsInError(record.error);
  const errorOf = (field: Field) =>
    (checked && local.has(field)) || refused(server, field)
      ? t(`barred.form.invalid.${field}`)
      : undefined;
  const duplicateOf =
    isApiError(record.error) && record.error.code === 'barred_entity_duplicate'
      ? (record.error.details as { existingId?: string } | null)?.existingId
      : undefined;

  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (local.size > 0) return;
    record.mutate({
      name: values.name.trim(),
      identifier: values.identifier.trim(),
      court: values.court.trim(),
      decisionNumber: values.decisionNumber.trim(),
      decisionDate: values.decisionDate,
      ground: values.ground.trim(),
      restrictions,
      barredFrom: values.barredFrom,
      barredUntil: values.barredUntil || null,
    });
  };

  const text = (field: TextField, extra: { description?: string; numeric?: boolean } = {}) => (
    <TextInput
      label={t(`barred.form.${field}`)}
      description={extra.description}
      required
      maxLength={MAX[field]}
      inputMode={extra.numeric ? 'numeric' : undefined}
      value={values[field]}
      onChange={(e) => set(field)(e.currentTarget.value)}
      error={errorOf(field)}
      data-field={field}
    />
  );
  const day = (field: DateField, extra: { description?: string; required?: boolean } = {}) => (
    <TextInput
      type="date"
      label={t(`barred.form.${field}`)}
      description={extra.description}
      required={extra.required ?? true}
      value={values[field]}
      onChange={(e) => set(field)(e.currentTarget.value)}
      error={errorOf(field)}
      data-field={field}
    />
  );

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to="/barred-entities" size="sm">
        {t('barred.detail.back')}
      </Anchor>
      <div>
        <PageTitle>{t('barred.form.title')}</PageTitle>
        <Text className="akniet-reading">{t('barred.form.intro')}</Text>
      </div>
      <form onSubmit={submit} noValidate data-record-form>
        <Stack>
          {text('name')}
          {text('identifier', { description: t('barred.form.identifierHint'), numeric: true })}
          {text('court')}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('decisionNumber')}
            {day('decisionDate')}
          </SimpleGrid>
          <Textarea
            label={t('barred.form.ground')}
            description={t('barred.form.groundHint')}
            required
            autosize
            minRows={3}
            maxLength={MAX.ground}
            value={values.ground}
            onChange={(e) => set('ground')(e.currentTarget.value)}
            error={errorOf('ground')}
            data-field="ground"
          />
          <Checkbox.Group
            label={t('barred.form.restrictions')}
            required
            value={restrictions}
            onChange={(value) => setRestrictions(value.filter(isRestriction))}
            error={errorOf('restrictions')}
            data-field="restrictions"
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {BAR_RESTRICTIONS.map((r) => (
                <Checkbox
                  key={r}
                  value={r}
                  label={t(`barred.restrictions.${r}`)}
                  data-restriction={r}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {day('barredFrom')}
            {day('barredUntil', {
              description: t('barred.form.barredUntilHint'),
              required: false,
            })}
          </SimpleGrid>
          {record.isError && (
            <div data-form-error>
              <ErrorAlert error={record.error} />
              {duplicateOf && (
                <Anchor component={Link} to={barredEntityPath(duplicateOf)} data-duplicate>
                  {t('barred.form.openExisting')}
                </Anchor>
              )}
            </div>
          )}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/barred-entities">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-submit-bar>
              {t('barred.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
