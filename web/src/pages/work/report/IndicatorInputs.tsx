import { Fieldset, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INDICATOR_UNITS, type IndicatorUnit, type IndicatorValue } from '../../../api/types.ts';
import { localize } from '../../../format/localized.ts';
import { formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import type { IndicatorField } from './indicators.ts';

/** What the officer has typed for one indicator: the value ('' when left empty) and its unit. */
export type IndicatorEntry = { value: number | string; unit: IndicatorUnit | '' };
export type IndicatorEntries = Record<string, IndicatorEntry>;

/** The fields to show: the activity's indicators, plus any value already stored for another code. */
export function indicatorRows(
  fields: IndicatorField[],
  stored: IndicatorValue[],
): IndicatorField[] {
  const known = new Set(fields.map((f) => f.code));
  return [
    ...fields,
    ...stored
      .filter((v) => !known.has(v.indicatorCode))
      .map((v) => ({ code: v.indicatorCode, text: null, unit: null })),
  ];
}

export function entriesOf(rows: IndicatorField[], stored: IndicatorValue[]): IndicatorEntries {
  const byCode = new Map(stored.map((v) => [v.indicatorCode, v]));
  return Object.fromEntries(
    rows.map((row) => {
      const value = byCode.get(row.code);
      return [row.code, { value: value?.value ?? '', unit: row.unit ?? value?.unit ?? '' }];
    }),
  );
}

/** The values to send: only the indicators with a value; a fixed unit always wins. */
export function valuesOf(rows: IndicatorField[], entries: IndicatorEntries): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  for (const row of rows) {
    if (row.computed) continue;
    const entry = entries[row.code];
    const unit = row.unit ?? entry?.unit;
    if (!entry || entry.value === '' || !unit) continue;
    const value = typeof entry.value === 'number' ? entry.value : Number(entry.value);
    if (Number.isFinite(value)) values.push({ indicatorCode: row.code, value, unit });
  }
  return values;
}

const LIMITS: Record<IndicatorUnit, { min: number; max?: number; decimals: boolean }> = {
  percent: { min: 0, max: 100, decimals: true },
  count: { min: 0, decimals: false },
  days: { min: 0, decimals: false },
  rank: { min: 1, decimals: false },
  som: { min: 0, decimals: true },
  yes_no: { min: 0, max: 1, decimals: false },
};

/** The unit of an indicator's value: fixed by its definition, else as the officer chose it. */
const unitOf = (row: IndicatorField, entry: IndicatorEntry | undefined): IndicatorUnit | null =>
  row.unit ?? (entry?.unit || null);

/**
 * Indicators whose typed value lies outside what the unit allows, e.g. a percentage above 100: the
 * input does not clamp it silently, the form says so and sends nothing.
 */
export function outOfRange(rows: IndicatorField[], entries: IndicatorEntries): string[] {
  return rows
    .filter((row) => {
      const entry = entries[row.code];
      const unit = unitOf(row, entry);
      if (row.computed || !entry || entry.value === '' || !unit) return false;
      const value = Number(entry.value);
      const { min, max } = LIMITS[unit];
      return Number.isFinite(value) && (value < min || (max !== undefined && value > max));
    })
    .map((row) => row.code);
}

/** Indicators left half-filled: a value without a unit. */
export function missingUnits(rows: IndicatorField[], entries: IndicatorEntries): string[] {
  return rows
    .filter((row) => {
      const entry = entries[row.code];
      return entry && entry.value !== '' && !(row.unit ?? entry.unit);
    })
    .map((row) => row.code);
}

/** One input group per indicator of the measure's Plan activity: its value and unit. */
export function IndicatorInputs({
  rows,
  entries,
  onChange,
  unitErrors,
  rangeErrors,
}: {
  rows: IndicatorField[];
  entries: IndicatorEntries;
  onChange: (code: string, entry: IndicatorEntry) => void;
  unitErrors: string[];
  /** Shown as the officer types: a value the unit does not allow is never sent. */
  rangeErrors: string[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unitOptions = [
    { value: '', label: t('work.report.chooseUnit') },
    ...INDICATOR_UNITS.map((u) => ({ value: u, label: t(`work.units.${u}`) })),
  ];

  return (
    <Stack gap="sm">
      {rows.map((row) => {
        const entry = entries[row.code] ?? { value: '', unit: '' };
        const unit = unitOf(row, entry);
        const limits = unit ? LIMITS[unit] : { min: undefined, max: undefined, decimals: true };
        const set = (change: Partial<IndicatorEntry>) =>
          onChange(row.code, { ...entry, ...change });
        return (
          <Fieldset
            key={row.code}
            variant="filled"
            legend={t('work.report.indicatorLegend', { code: row.code })}
            data-indicator={row.code}
          >
            {row.text && (
              <Text size="sm" mb="xs" className="akniet-reading">
                {localize(row.text, language)}
              </Text>
            )}
            {row.target && (
              <Text size="sm" c="dimmed" mb="xs" data-target>
                {t('work.report.target', {
                  year: row.target.year,
                  value:
                    unit === 'yes_no'
                      ? t(row.target.value >= 1 ? 'common.yes' : 'common.no')
                      : `${formatScore(row.target.value, language)} ${unit ? t(`work.unitsShort.${unit}`) : ''}`.trim(),
                })}
              </Text>
            )}
            {row.computed ? (
              <Text size="sm" fw={500} data-computed>
                {t('work.report.computed')}
              </Text>
            ) : (
              <Group align="flex-start" gap="md" wrap="wrap">
                {unit === 'yes_no' ? (
                  <NativeSelect
                    label={t('work.report.value')}
                    description={
                      row.unit
                        ? t('work.report.unitIs', { unit: t(`work.units.${row.unit}`) })
                        : undefined
                    }
                    value={entry.value === '' ? '' : String(entry.value)}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      set({ value: v === '' ? '' : Number(v) });
                    }}
                    data={[
                      { value: '', label: t('work.report.notReported') },
                      { value: '1', label: t('common.yes') },
                      { value: '0', label: t('common.no') },
                    ]}
                    w={{ base: '100%', xs: 240 }}
                  />
                ) : (
                  <NumberInput
                    label={t('work.report.value')}
                    description={
                      row.unit
                        ? t('work.report.unitIs', { unit: t(`work.units.${row.unit}`) })
                        : undefined
                    }
                    value={entry.value}
                    onChange={(v) => set({ value: v })}
                    min={limits.min}
                    max={limits.max}
                    clampBehavior="none"
                    error={
                      unit && rangeErrors.includes(row.code)
                        ? t(`work.report.ranges.${unit}`)
                        : undefined
                    }
                    allowDecimal={limits.decimals}
                    decimalScale={unit === 'som' ? 2 : undefined}
                    allowNegative={false}
                    hideControls
                    rightSection={
                      unit ? (
                        <Text size="sm" c="dimmed">
                          {t(`work.unitsShort.${unit}`)}
                        </Text>
                      ) : undefined
                    }
                    w={{ base: '100%', xs: 240 }}
                    data-fixed-unit={row.unit ?? undefined}
                  />
                )}
                {!row.unit && (
                  <NativeSelect
                    label={t('work.report.unit')}
                    value={entry.unit}
                    onChange={(e) => set({ unit: e.currentTarget.value as IndicatorUnit | '' })}
                    data={unitOptions}
                    error={
                      unitErrors.includes(row.code) ? t('work.report.unitRequired') : undefined
                    }
                    w={{ base: '100%', xs: 240 }}
                  />
                )}
              </Group>
            )}
          </Fieldset>
        );
      })}
    </Stack>
  );
}
