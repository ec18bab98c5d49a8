import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addJudge, changeJudge } from '../../../api/endpoints.ts';
import type { CourtDetail, CourtJudge, JudgeStatus } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useRefreshCourts } from '../queries.ts';
import { formatDay, specialisationText, tomorrow } from '../terms.ts';
import { identifierValid } from './PartiesEditor.tsx';

/** Every specialisation the court's chambers and the case categories name. */
const specialisationsOf = (court: CourtDetail) =>
  [
    ...new Set([
      ...court.chambers.map((c) => c.specialisation),
      ...court.categories.map((c) => c.specialisation),
    ]),
  ].sort();

/**
 * Adds a judge, or changes one's chamber, specialisations, load share and status. What is
 * already waiting for a later day is the starting point, so a second change builds on it.
 */
export function JudgeModal({
  court,
  judge,
  onSaved,
  onClose,
}: {
  court: CourtDetail;
  judge: CourtJudge | null;
  onSaved: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refresh = useRefreshCourts();
  const j = 'courts.work.judges' as const;
  const start = judge?.pending ?? judge;
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [chamber, setChamber] = useState(judge?.chamber ?? court.chambers[0]?.id ?? '');
  const [specialisations, setSpecialisations] = useState<string[]>(start?.specialisations ?? []);
  const [load, setLoad] = useState<number | string>(start?.loadPercent ?? 100);
  const [status, setStatus] = useState<JudgeStatus>(start?.status ?? 'active');
  const [checked, setChecked] = useState(false);
  const effective = formatDay(tomorrow(), language);
  const loadValid = typeof load === 'number' && load >= 1 && load <= 100;

  const save = useMutation({
    mutationFn: () =>
      judge
        ? changeJudge(judge.id, { chamber, specialisations, loadPercent: load as number, status })
        : addJudge(court.code, {
            name: name.trim(),
            ...(pin.trim() ? { pin: pin.trim() } : {}),
            chamber,
            specialisations,
            loadPercent: load as number,
          }),
    onSuccess: () => {
      void refresh();
      onSaved(t(judge ? `${j}.changed` : `${j}.added`, { date: effective }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const newJudgeValid = judge !== null || (name.trim() && identifierValid(pin));
    if (!newJudgeValid || !chamber || specialisations.length === 0 || !loadValid) return;
    save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={judge ? t(`${j}.editTitle`, { name: judge.name }) : t(`${j}.addTitle`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-judge-form>
        <Stack>
          {!judge && (
            <>
              <TextInput
                label={t(`${j}.name`)}
                required
                value={name}
                maxLength={200}
                onChange={(e) => setName(e.currentTarget.value)}
                error={checked && !name.trim() ? t('common.required') : null}
                data-field="name"
              />
              <TextInput
                label={t(`${j}.pin`)}
                description={t(`${j}.pinHint`)}
                value={pin}
                maxLength={14}
                inputMode="numeric"
                onChange={(e) => setPin(e.currentTarget.value)}
                error={checked && !identifierValid(pin) ? t('courts.fourteenDigits') : null}
                data-field="pin"
              />
            </>
          )}
          <NativeSelect
            label={t(`${j}.chamber`)}
            required
            value={chamber}
            onChange={(e) => setChamber(e.currentTarget.value)}
            data={court.chambers.map((c) => ({ value: c.id, label: localize(c.name, language) }))}
            data-field="chamber"
          />
          <Checkbox.Group
            label={t(`${j}.specialisations`)}
            required
            value={specialisations}
            onChange={setSpecialisations}
            error={
              checked && specialisations.length === 0 ? t(`${j}.specialisationsRequired`) : null
            }
          >
            <Stack gap="xs" mt="xs">
              {specialisationsOf(court).map((code) => (
                <Checkbox key={code} value={code} label={specialisationText(t, code)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <NumberInput
            label={t(`${j}.load`)}
            description={t(`${j}.loadHint`)}
            required
            min={1}
            max={100}
            allowDecimal={false}
            value={load}
            onChange={setLoad}
            error={checked && !loadValid ? t(`${j}.loadInvalid`) : null}
            w={{ base: '100%', sm: 200 }}
            data-field="load"
          />
          {judge && (
            <NativeSelect
              label={t(`${j}.status`)}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as JudgeStatus)}
              data={(['active', 'left'] as const).map((s) => ({
                value: s,
                label: t(`courts.judgeStatus.${s}`),
              }))}
              data-field="status"
            />
          )}
          <Text size="sm" c="gray.8" data-effective>
            {t(`${j}.tomorrow`, { date: effective })}
          </Text>
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-save>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
