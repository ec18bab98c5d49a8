import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluatePublicCouncil } from '../../../api/endpoints.ts';
import type { CouncilEvaluation, EvaluationCriteria, PublicCouncil } from '../../../api/types.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { BLANK_TEXT, filledText, LocalizedFields } from '../LocalizedFields.tsx';
import { refreshRegister } from '../queries.ts';
import { fieldsInError, isDuplicate, refused } from '../serverFields.ts';
import { currentYear, FIRST_YEAR } from '../years.ts';
import { EvaluationBreakdown } from './EvaluationBreakdown.tsx';
import { RatingTag } from './RatingTag.tsx';

type Count = Exclude<keyof EvaluationCriteria, 'annualReportPublished'>;
const COUNTS: readonly Count[] = [
  'meetingsHeld',
  'recommendationsIssued',
  'recommendationsAccepted',
  'draftActsReviewed',
  'appealsConsidered',
];
const MAX_COUNT = 100_000;

const isCount = (n: number | string): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_COUNT;

/**
 * Evaluates a public council for one year by the methodology: the year's facts in, and once the
 * server has scored them, the score, rating and breakdown shown before the window closes.
 */
export function EvaluateCouncilModal({
  council,
  onClose,
}: {
  council: PublicCouncil;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const agency = localize(council.agencyName, language);
  const firstYear = Math.max(FIRST_YEAR, Number(council.establishedOn.slice(0, 4)));
  const lastYear = currentYear();
  const [year, setYear] = useState<number | string>(Math.max(firstYear, lastYear - 1));
  const [counts, setCounts] = useState<Record<Count, number | string>>({
    meetingsHeld: 0,
    recommendationsIssued: 0,
    recommendationsAccepted: 0,
    draftActsReviewed: 0,
    appealsConsidered: 0,
  });
  const [annualReport, setAnnualReport] = useState(false);
  const [findings, setFindings] = useState(BLANK_TEXT);
  const [checked, setChecked] = useState(false);
  const [result, setResult] = useState<CouncilEvaluation | null>(null);
  const findingsText = filledText(findings);

  const mutation = useMutation({
    mutationFn: (criteria: EvaluationCriteria) =>
      evaluatePublicCouncil(council.id, {
        year: Number(year),
        criteria,
        findings: findingsText === 'partial' ? null : findingsText,
      }),
    onSuccess: async (saved) => {
      setResult(saved);
      await refreshRegister(queryClient, 'councils');
    },
  });
  const serverFields = fieldsInError(mutation.error);
  const invalid = (name: string) =>
    refused(serverFields, name) ? t('registers.fieldInvalid') : undefined;

  const errors = {
    year:
      typeof year !== 'number' || year < firstYear || year > lastYear
        ? t('registers.councils.yearRange', { min: firstYear, max: lastYear })
        : undefined,
    count: (name: Count) =>
      !isCount(counts[name]) ? t('registers.councils.countRange') : undefined,
    accepted:
      isCount(counts.recommendationsAccepted) &&
      isCount(counts.recommendationsIssued) &&
      counts.recommendationsAccepted > counts.recommendationsIssued
        ? t('registers.councils.acceptedTooMany')
        : undefined,
    findings: (lang: keyof typeof findings) =>
      findingsText === 'partial' && !findings[lang].trim() ? t('registers.allOrNone') : undefined,
  };
  const shown = (message: string | undefined) => (checked ? message : undefined);
  const yearError =
    shown(errors.year) ??
    (isDuplicate(mutation.error) ? t('registers.councils.alreadyEvaluated') : invalid('year'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const criteria = {
      meetingsHeld: counts.meetingsHeld,
      recommendationsIssued: counts.recommendationsIssued,
      recommendationsAccepted: counts.recommendationsAccepted,
      draftActsReviewed: counts.draftActsReviewed,
      appealsConsidered: counts.appealsConsidered,
    };
    if (errors.year || errors.accepted || findingsText === 'partial') return;
    if (!COUNTS.every((name) => isCount(criteria[name]))) return;
    mutation.mutate({
      ...(criteria as Record<Count, number>),
      annualReportPublished: annualReport,
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('registers.councils.evaluateTitle', { agency })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {result ? (
        <Stack data-evaluation-result={result.year} data-score={result.score}>
          <div role="status">
            <Text fw={700} size="lg" data-result-score>
              {t('registers.councils.scoreInYear', { year: result.year, score: result.score })}
            </Text>
            <Group gap="xs" mt={4}>
              <Text size="sm">{t('registers.councils.evaluated')}</Text>
              <RatingTag rating={result.rating} />
            </Group>
          </div>
          <EvaluationBreakdown
            evaluation={result}
            label={t('registers.councils.breakdownOf', { agency, year: result.year })}
          />
          <Group justify="flex-end">
            <Button onClick={onClose} data-close-result>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-evaluation-form={council.id}>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('registers.councils.evaluateHint')}
            </Text>
            <NumberInput
              label={t('registers.councils.evaluationYear')}
              required
              min={firstYear}
              max={lastYear}
              allowDecimal={false}
              allowNegative={false}
              value={year}
              onChange={setYear}
              error={yearError}
              w={{ base: '100%', xs: 200 }}
              data-field="year"
            />
            <Fieldset legend={t('registers.councils.factsLegend')}>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                {COUNTS.map((name) => (
                  <NumberInput
                    key={name}
                    label={t(`registers.councils.inputs.${name}`)}
                    required
                    min={0}
                    max={MAX_COUNT}
                    allowDecimal={false}
                    allowNegative={false}
                    value={counts[name]}
                    onChange={(value) => setCounts((c) => ({ ...c, [name]: value }))}
                    error={
                      shown(errors.count(name)) ??
                      (name === 'recommendationsAccepted' ? shown(errors.accepted) : undefined) ??
                      invalid(`criteria.${name}`) ??
                      invalid(name)
                    }
                    data-field={name}
                  />
                ))}
              </SimpleGrid>
              <Checkbox
                mt="md"
                label={t('registers.councils.inputs.annualReportPublished')}
                checked={annualReport}
                onChange={(e) => setAnnualReport(e.currentTarget.checked)}
                data-field="annualReportPublished"
              />
            </Fieldset>
            <LocalizedFields
              legend={t('registers.councils.findingsLegend')}
              description={t('registers.allOrNoneHint')}
              label={(name) => t('registers.councils.findingsIn', { language: name })}
              value={findings}
              onChange={setFindings}
              errorOf={(lang) => shown(errors.findings(lang)) ?? invalid(`findings.${lang}`)}
              name="findings"
            />
            <FormActions
              error={mutation.error}
              pending={mutation.isPending}
              onCancel={onClose}
              submitLabel={t('registers.councils.saveEvaluation')}
              submitProps={{ 'data-save-evaluation': true }}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
