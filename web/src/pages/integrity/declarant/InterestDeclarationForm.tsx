import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileInterestDeclaration } from '../../../api/endpoints.ts';
import type { InterestDeclarationFiled, InterestOccasion } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ConfirmModal } from '../../work/ConfirmModal.tsx';
import type { HolderOption } from './InterestFieldInput.tsx';
import { InterestProblemSummary, problemText } from './InterestProblemSummary.tsx';
import { InterestSectionEditor } from './InterestSectionEditor.tsx';
import {
  blankItem,
  emptyForm,
  type FormState,
  fieldDomId,
  formLabel,
  INTEREST_SECTIONS,
  type InterestSection,
  itemLabelOf,
  newItemId,
  OCCASIONS,
  SELF,
  toRequest,
} from './interestModel.ts';
import { type FormProblem, refusedProblems } from './interestProblems.ts';
import { useRefreshMine } from './queries.ts';

/** Who may hold a company: the declarant, or one of the relatives named above. */
function holderOptions(t: Parameters<typeof formLabel>[0], form: FormState): HolderOption[] {
  return [
    { value: SELF, label: formLabel(t, 'holderSelf') },
    ...form.content.relatives.map((r, index) => {
      const name = String(r.fullName ?? '').trim();
      const degree = (t as unknown as (key: string) => string)(`conflictTerms.degrees.${r.degree}`);
      return {
        value: r.id,
        label: name ? `${degree}: ${name}` : itemLabelOf(t, 'relatives', index),
      };
    }),
  ];
}

/**
 * The private-interest declaration filed on appointment or transfer: the occasion, the post and
 * its date, then relatives, companies, paid activities and close associations. The server checks
 * every value; each refusal stands beside its field and in a summary at the top. Filing is final
 * and asks first: a later declaration supersedes this one, nothing is edited.
 */
export function InterestDeclarationForm({
  post,
  onFiled,
}: {
  /** The declarant's post as the register of declarants has it, to start from. */
  post: string;
  onFiled: (filed: InterestDeclarationFiled) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshMine();
  const [form, setForm] = useState<FormState>(() => emptyForm(post));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [asking, setAsking] = useState(false);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);

  useEffect(() => {
    if (summaryFocus > 0) {
      summaryRef.current?.scrollIntoView({ block: 'start' });
      summaryRef.current?.focus({ preventScroll: true });
    }
  }, [summaryFocus]);

  const file = useMutation({
    mutationFn: (sent: FormState) => fileInterestDeclaration(toRequest(sent)),
    onSuccess: async (filed) => {
      setAsking(false);
      await refresh();
      onFiled(filed);
    },
    onError: (error, sent) => {
      const found = refusedProblems(error, sent);
      if (!found) return;
      setProblems(found);
      setAsking(false);
      setSummaryFocus((n) => n + 1);
    },
  });
  const refusedAsAWhole = file.isError && !refusedProblems(file.error, form);

  const problemOf = (
    section: InterestSection | 'general',
    itemId: string | null,
    field: string,
  ) => {
    const p = problems.find(
      (x) => x.section === section && x.itemId === itemId && x.field === field,
    );
    return p ? problemText(t, p) : undefined;
  };
  /** A changed value is no longer the refused one: its problem goes until the next filing. */
  const forget = (section: InterestSection | 'general', itemId: string | null, field?: string) =>
    setProblems((all) =>
      all.filter(
        (p) =>
          !(
            p.section === section &&
            p.itemId === itemId &&
            (field === undefined || p.field === field)
          ),
      ),
    );
  const setGeneral = <K extends 'occasion' | 'post' | 'effectiveOn'>(
    key: K,
    value: FormState[K],
  ) => {
    forget('general', null, key);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const holders = holderOptions(t, form);

  return (
    <Stack gap="lg" data-interest-form>
      <Text className="akniet-reading">{formLabel(t, 'intro')}</Text>
      <Alert color="blue" variant="light" data-final-notice>
        <Text size="sm" className="akniet-reading">
          {formLabel(t, 'finalNotice')}
        </Text>
      </Alert>

      {problems.length > 0 && (
        <InterestProblemSummary
          problems={problems}
          content={form.content}
          headingRef={summaryRef}
        />
      )}

      <section aria-labelledby="interest-general-title">
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Title order={2} fz="xl" id="interest-general-title">
              {formLabel(t, 'general.title')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                id={fieldDomId('general', 0, 'occasion')}
                label={formLabel(t, 'general.occasion')}
                description={formLabel(t, 'general.occasionHint')}
                value={form.occasion}
                data={OCCASIONS.map((o) => ({
                  value: o,
                  label: t(`conflictTerms.occasions.${o}`),
                }))}
                error={problemOf('general', null, 'occasion')}
                onChange={(e) => setGeneral('occasion', e.currentTarget.value as InterestOccasion)}
                data-field="occasion"
              />
              <TextInput
                id={fieldDomId('general', 0, 'post')}
                label={formLabel(t, 'general.post')}
                description={formLabel(t, 'general.postHint')}
                withAsterisk
                maxLength={300}
                value={form.post}
                error={problemOf('general', null, 'post')}
                onChange={(e) => setGeneral('post', e.currentTarget.value)}
                data-field="post"
              />
              <TextInput
                id={fieldDomId('general', 0, 'effectiveOn')}
                type="date"
                label={formLabel(t, 'general.effectiveOn')}
                description={formLabel(t, 'general.effectiveOnHint')}
                withAsterisk
                min="1990-01-01"
                value={form.effectiveOn}
                error={problemOf('general', null, 'effectiveOn')}
                onChange={(e) => setGeneral('effectiveOn', e.currentTarget.value)}
                data-field="effectiveOn"
              />
            </SimpleGrid>
          </Stack>
        </Card>
      </section>

      {INTEREST_SECTIONS.map((section) => (
        <InterestSectionEditor
          key={section}
          section={section}
          items={form.content[section]}
          holders={holders}
          errorOf={(itemId, field) => problemOf(section, itemId, field)}
          onItems={(items) => {
            // Forget the problems of the values that changed (and of removed items).
            const before = form.content[section];
            for (const item of before) {
              const now = items.find((i) => i.id === item.id);
              if (!now) forget(section, item.id);
              else
                for (const key of Object.keys(item))
                  if (now[key] !== item[key]) forget(section, item.id, key);
            }
            setForm((f) => ({ ...f, content: { ...f.content, [section]: items } }));
          }}
          onAdd={() =>
            setForm((f) => ({
              ...f,
              content: {
                ...f.content,
                [section]: [
                  ...f.content[section],
                  blankItem(section, newItemId(section, f.content)),
                ],
              },
            }))
          }
        />
      ))}

      <Card withBorder padding="md">
        <Stack gap="sm">
          {refusedAsAWhole && !asking && <ErrorAlert error={file.error} />}
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="gray.8">
              {formLabel(t, 'counts', {
                relatives: form.content.relatives.length,
                companies: form.content.companies.length,
                activities: form.content.paidActivities.length,
                associations: form.content.associations.length,
              })}
            </Text>
            <Button
              onClick={() => {
                file.reset();
                setAsking(true);
              }}
              data-file-interest-declaration
            >
              {formLabel(t, 'file')}
            </Button>
          </Group>
        </Stack>
      </Card>

      {asking && (
        <ConfirmModal
          title={formLabel(t, 'confirmTitle')}
          text={formLabel(t, 'confirmText')}
          confirmLabel={formLabel(t, 'confirm')}
          loading={file.isPending}
          error={refusedAsAWhole ? file.error : null}
          onConfirm={() => file.mutate(form)}
          onClose={() => setAsking(false)}
        />
      )}
    </Stack>
  );
}
