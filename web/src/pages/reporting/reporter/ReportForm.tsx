import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Intake,
  type NewReport,
  type SubmittedReport,
  submitReport,
} from '../../../api/reporting.ts';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PreparingNotice } from '../shared/PreparingNotice.tsx';
import { categoryOf, todayInBishkek } from '../shared/terms.ts';
import { useProofOfWork } from '../shared/useProofOfWork.ts';
import { AttachmentsPicker, filesProblem } from './AttachmentsPicker.tsx';
import { CategoryChoice } from './CategoryChoice.tsx';
import {
  EMPTY_IDENTITY,
  type IdentityDraft,
  IdentityFields,
  identityMissing,
  identityOf,
} from './IdentityFields.tsx';

/** The server's limits on a report, checked here too so that mistakes show before the upload. */
const LIMITS = { title: [3, 200], text: [20, 20_000], place: 200, involved: 1000 } as const;

/**
 * The report: category (and agency where the category needs one), what happened, files and,
 * only if the reporter switches it on, who they are. Sending first solves the proof of work.
 */
export function ReportForm({
  intake,
  onSubmitted,
}: {
  intake: Intake;
  onSubmitted: (result: SubmittedReport) => void;
}) {
  const { t } = useTranslation();
  const n = 'reporting.form' as const;
  const [category, setCategory] = useState<string | null>(null);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [happenedOn, setHappenedOn] = useState('');
  const [place, setPlace] = useState('');
  const [involved, setInvolved] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [revealing, setRevealing] = useState(false);
  const [identity, setIdentity] = useState<IdentityDraft>(EMPTY_IDENTITY);
  const [checked, setChecked] = useState(false);
  const { prove, progress } = useProofOfWork();

  const chosen = category ? categoryOf(intake.categories, category) : undefined;
  const needsAgency = chosen?.body === 'agency';
  const errors = {
    category: !chosen ? t(`${n}.categoryRequired`) : null,
    agency: needsAgency && !agencyId ? t(`${n}.agencyRequired`) : null,
    title: lengthError(title, LIMITS.title[0], LIMITS.title[1]),
    text: lengthError(text, LIMITS.text[0], LIMITS.text[1]),
    identity: revealing && identityMissing(identity),
    files: filesProblem(files, intake.limits) !== null,
  };
  function lengthError(value: string, min: number, max: number): string | null {
    const length = value.trim().length;
    if (length === 0) return t('common.required');
    if (length < min) return t(`${n}.tooShort`, { count: min });
    if (length > max) return t(`${n}.tooLong`, { count: max });
    return null;
  }

  const send = useMutation({
    mutationFn: async () => {
      const report: NewReport = {
        category: category as string,
        ...(needsAgency && agencyId ? { agencyId } : {}),
        title: title.trim(),
        text: text.trim(),
        ...(happenedOn ? { happenedOn } : {}),
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(involved.trim() ? { involved: involved.trim() } : {}),
        ...(revealing ? { identity: identityOf(identity) } : {}),
      };
      const proof = await prove();
      return submitReport(report, proof, files);
    },
    onSuccess: onSubmitted,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(errors).some(Boolean)) {
      // Focus the first field that needs attention, so a keyboard or screen-reader user finds it.
      requestAnimationFrame(() => {
        const invalid = document.querySelector<HTMLElement>(
          errors.category
            ? '[data-report-form] [role="radio"]:not([disabled])'
            : '[data-report-form] [aria-invalid="true"]',
        );
        invalid?.focus();
      });
      return;
    }
    send.mutate();
  };

  const show = (error: string | null) => (checked ? error : null);
  const busy = send.isPending;

  return (
    <form onSubmit={submit} noValidate data-report-form aria-labelledby="report-form-title">
      <Stack gap="lg">
        <Title order={2} size="h3" id="report-form-title">
          {t(`${n}.title`)}
        </Title>
        <CategoryChoice
          categories={intake.categories}
          value={category}
          onChange={(code) => {
            setCategory(code);
            setAgencyId(null);
          }}
          error={show(errors.category)}
        />
        {needsAgency && (
          <div data-field="agency">
            <AgencySelect
              label={t(`${n}.agency`)}
              value={agencyId}
              onChange={setAgencyId}
              error={show(errors.agency) ?? undefined}
            />
            <Text size="xs" c="gray.7" mt={4}>
              {t(`${n}.agencyHint`)}
            </Text>
          </div>
        )}
        <TextInput
          label={t(`${n}.reportTitle`)}
          description={t(`${n}.reportTitleHint`)}
          required
          maxLength={LIMITS.title[1]}
          autoComplete="off"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={show(errors.title)}
          data-field="title"
        />
        <Textarea
          label={t(`${n}.text`)}
          description={t(`${n}.textHint`)}
          required
          autosize
          minRows={6}
          maxLength={LIMITS.text[1]}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={show(errors.text)}
          data-field="text"
        />
        <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
          <TextInput
            type="date"
            label={t(`${n}.happenedOn`)}
            description={t('reporting.optional')}
            max={todayInBishkek()}
            value={happenedOn}
            onChange={(e) => setHappenedOn(e.currentTarget.value)}
            miw={200}
            data-field="happened-on"
          />
          <TextInput
            label={t(`${n}.place`)}
            description={t('reporting.optional')}
            maxLength={LIMITS.place}
            autoComplete="off"
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            miw={200}
            data-field="place"
          />
        </Group>
        <Textarea
          label={t(`${n}.involved`)}
          description={t(`${n}.involvedHint`)}
          autosize
          minRows={2}
          maxLength={LIMITS.involved}
          value={involved}
          onChange={(e) => setInvolved(e.currentTarget.value)}
          data-field="involved"
        />
        <AttachmentsPicker files={files} onChange={setFiles} limits={intake.limits} />
        <Paper withBorder p="md">
          <Switch
            label={t('reporting.identity.switch')}
            description={t('reporting.identity.switchHint')}
            checked={revealing}
            onChange={(e) => setRevealing(e.currentTarget.checked)}
            data-field="reveal-identity"
          />
          {revealing && (
            <Stack gap="sm" mt="md">
              <Alert color="blue" variant="light">
                {t('reporting.identity.howProtected')}
              </Alert>
              <IdentityFields value={identity} onChange={setIdentity} checked={checked} />
            </Stack>
          )}
        </Paper>
        <PreparingNotice progress={progress} />
        {send.isError && <ErrorAlert error={send.error} />}
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={busy} data-submit-report>
            {t(`${n}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
