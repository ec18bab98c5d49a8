import {
  Button,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishAllocationRules } from '../../../api/endpoints.ts';
import type { AllocationRules, CourtDetail } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { ConfirmStep } from '../../integrity/work/shared/ConfirmStep.tsx';
import { RulesFacts } from '../court/RulesFacts.tsx';
import { useRefreshCourts } from '../queries.ts';
import { formatDay, tomorrow } from '../terms.ts';

type Field = Exclude<keyof AllocationRules, 'categoryPoints' | 'absenceCluster'>;
type Values = Record<Field | 'clusterDays' | 'clusterShare', number | string> & {
  points: Record<string, number | string>;
};

const NUMBERS: { key: keyof Values; min: number; max: number }[] = [
  { key: 'baseLoad', min: 1, max: 10_000 },
  { key: 'workloadWindowDays', min: 1, max: 3650 },
  { key: 'smallEligibleSet', min: 0, max: 100 },
  { key: 'clusterDays', min: 1, max: 365 },
  { key: 'clusterShare', min: 1, max: 100 },
  { key: 'repeatedFilingDays', min: 1, max: 3650 },
];

const DEFAULTS: AllocationRules = {
  baseLoad: 10,
  workloadWindowDays: 365,
  categoryPoints: {},
  smallEligibleSet: 2,
  absenceCluster: { days: 7, sharePercent: 50 },
  repeatedFilingDays: 30,
};

function valuesOf(rules: AllocationRules, court: CourtDetail): Values {
  const points: Record<string, number> = {};
  for (const c of court.categories) points[c.code] = rules.categoryPoints[c.code] ?? c.points ?? 1;
  return {
    baseLoad: rules.baseLoad,
    workloadWindowDays: rules.workloadWindowDays,
    smallEligibleSet: rules.smallEligibleSet,
    clusterDays: rules.absenceCluster.days,
    clusterShare: rules.absenceCluster.sharePercent,
    repeatedFilingDays: rules.repeatedFilingDays,
    points,
  };
}

const whole = (value: number | string, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * A new version of the allocation rules, for every court: starts from the latest published
 * version, is asked once more before it goes out, and takes effect tomorrow.
 */
export function RulesForm({ court }: { court: CourtDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refresh = useRefreshCourts();
  const r = 'courts.work.rules' as const;
  const latest = court.pendingRules ?? court.rules;
  const [values, setValues] = useState<Values>(() => valuesOf(latest?.rules ?? DEFAULTS, court));
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const effective = formatDay(tomorrow(), language);
  const version = (latest?.version ?? 0) + 1;

  const rules = (): AllocationRules => ({
    baseLoad: values.baseLoad as number,
    workloadWindowDays: values.workloadWindowDays as number,
    categoryPoints: Object.fromEntries(
      Object.entries(values.points).map(([code, points]) => [code, points as number]),
    ),
    smallEligibleSet: values.smallEligibleSet as number,
    absenceCluster: {
      days: values.clusterDays as number,
      sharePercent: values.clusterShare as number,
    },
    repeatedFilingDays: values.repeatedFilingDays as number,
  });

  const publish = useMutation({
    mutationFn: () => publishAllocationRules(rules()),
    onSuccess: () => {
      setConfirming(false);
      setChecked(false);
      setSaved(t(`${r}.published`, { version, date: effective }));
      void refresh();
    },
  });

  const valid =
    NUMBERS.every((n) => whole(values[n.key] as number | string, n.min, n.max)) &&
    Object.values(values.points).every((p) => whole(p, 1, 100));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!valid) return;
    publish.reset();
    setConfirming(true);
  };

  const numberField = (key: keyof Values, min: number, max: number) => (
    <NumberInput
      key={key}
      label={t(`${r}.fields.${key as Field | 'clusterDays' | 'clusterShare'}`)}
      required
      min={min}
      max={max}
      allowDecimal={false}
      value={values[key] as number | string}
      onChange={(value) => setValues((v) => ({ ...v, [key]: value }))}
      error={
        checked && !whole(values[key] as number | string, min, max)
          ? t(`${r}.range`, { min, max })
          : null
      }
      data-field={key}
    />
  );

  return (
    <Stack gap="md">
      <Text className="akniet-reading">{t(`${r}.intro`, { date: effective })}</Text>
      <SuccessNotice message={saved} onClose={() => setSaved(null)} />
      <form onSubmit={submit} noValidate data-rules-form>
        <Stack gap="md" maw={860}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {NUMBERS.map((n) => numberField(n.key, n.min, n.max))}
          </SimpleGrid>
          <Fieldset legend={t(`${r}.categoryPoints`)}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {court.categories.map((category) => (
                <NumberInput
                  key={category.code}
                  label={localize(category.name, language)}
                  required
                  min={1}
                  max={100}
                  allowDecimal={false}
                  value={values.points[category.code] ?? ''}
                  onChange={(value) =>
                    setValues((v) => ({ ...v, points: { ...v.points, [category.code]: value } }))
                  }
                  error={
                    checked && !whole(values.points[category.code] ?? '', 1, 100)
                      ? t(`${r}.range`, { min: 1, max: 100 })
                      : null
                  }
                  data-points={category.code}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
          <Group>
            <Button type="submit" data-publish-rules>
              {t(`${r}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
      {confirming && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t(`${r}.confirmTitle`, { version })}
          size="lg"
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          <ConfirmStep
            marker="data-rules-confirm"
            error={publish.isError ? <ErrorAlert error={publish.error} /> : null}
            backLabel={t(`${r}.back`)}
            confirmLabel={t(`${r}.confirm`)}
            pending={publish.isPending}
            onBack={() => setConfirming(false)}
            onConfirm={() => publish.mutate()}
          >
            <Text>{t(`${r}.confirmText`, { version, date: effective })}</Text>
            <RulesFacts rules={rules()} />
          </ConfirmStep>
        </Modal>
      )}
    </Stack>
  );
}
