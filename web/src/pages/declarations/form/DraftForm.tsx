import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prefillDeclaration, submitDeclaration } from '../../../api/endpoints.ts';
import type {
  DeclarationContent,
  DeclarationSubmitted,
  MyDeclaration,
} from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { ConfirmModal } from '../../work/ConfirmModal.tsx';
import type { OwnerOption } from './FieldInput.tsx';
import { specLabel } from './labels.ts';
import {
  blankItem,
  DECLARANT,
  itemsOf,
  newItemId,
  SECTIONS,
  type SectionKey,
  unconfirmedCount,
  withItems,
} from './model.ts';
import { ProblemSummary, reasonText } from './ProblemSummary.tsx';
import { refusedProblems } from './problems.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { SectionEditor, sectionDomId } from './SectionEditor.tsx';
import { useDraft } from './useDraft.ts';

const EMPTY: DeclarationContent = {
  relatives: [],
  incomes: [],
  realEstate: [],
  vehicles: [],
  accounts: [],
  securities: [],
  liabilities: [],
  loansGiven: [],
  spending: [],
  gifts: [],
};

/** The owner choices: the declarant, then each relative by name. */
function ownerOptions(t: Parameters<typeof specLabel>[0], content: DeclarationContent) {
  return [
    { value: DECLARANT, label: t('declarationForm.owners.declarant') },
    ...content.relatives.map(
      (r): OwnerOption => ({
        value: r.id,
        label: t('declarationForm.owners.relative', {
          name: r.fullName.trim() || t('declarationForm.owners.unnamed'),
          relation: specLabel(t, `options.relations.${r.relation}`),
        }),
      }),
    ),
  ];
}

/**
 * The declarant's form: every section with add and remove, registry pre-fill to confirm or
 * correct, the draft saved as typed with each field's problem beside it, and submission.
 * Problems of items added just now wait until their field is left or submission is tried, so
 * that a blank new item is not all red at once.
 */
export function DraftForm({
  declaration,
  onSubmitted,
}: {
  declaration: MyDeclaration;
  onSubmitted: (result: DeclarationSubmitted) => void;
}) {
  const { t } = useTranslation();
  const draft = useDraft(declaration.id, declaration.draft ?? EMPTY, declaration.problems);
  const { content, setContent } = draft;
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  const visible = draft.problems.filter(
    (p) =>
      showAll ||
      !p.section ||
      !fresh.has(`${p.section}/${p.itemId}`) ||
      touched.has(`${p.section}/${p.itemId}/${p.field}`),
  );
  const errorOf = (section: SectionKey) => (itemId: string, field: string) => {
    const problem = visible.find(
      (p) => p.section === section && p.itemId === itemId && p.field === field,
    );
    return problem ? reasonText(t, problem) : undefined;
  };
  const owners = ownerOptions(t, content);
  const unconfirmed = unconfirmedCount(content);

  const prefill = useMutation({
    mutationFn: async () => {
      const failed = await draft.saveNow();
      if (failed) throw failed;
      return prefillDeclaration(declaration.id);
    },
    onSuccess: (answer) => {
      draft.replace(answer.content);
      const registry = specLabel(t, `registries.${answer.registry}`);
      setNotice(
        answer.added > 0
          ? t('declarationForm.prefillAdded', { count: answer.added, registry })
          : t('declarationForm.prefillNothing', { registry }),
      );
      // The answer has no problems: a save of the same content brings them.
      void draft.saveNow(true);
    },
  });

  const submit = useMutation({
    mutationFn: async () => {
      const failed = await draft.saveNow();
      if (failed) throw failed;
      return submitDeclaration(declaration.id);
    },
    onSuccess: (result) => {
      setAsking(false);
      onSubmitted(result);
    },
    onError: (error) => {
      const found = refusedProblems(error);
      if (!found) return;
      draft.showProblems(found);
      setShowAll(true);
      setAsking(false);
      setSummaryFocus((n) => n + 1);
    },
  });

  const add = (section: SectionKey) => {
    const id = newItemId(section, content);
    setFresh((s) => new Set(s).add(`${section}/${id}`));
    setContent((c) => withItems(c, section, [...itemsOf(c, section), blankItem(section, id)]));
  };

  const submitText = [
    t('declarationForm.submitText'),
    unconfirmed > 0 ? t('declarationForm.submitUnconfirmed', { count: unconfirmed }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <Stack gap="lg" data-declaration-form={declaration.id}>
      {declaration.status === 'correcting' && (
        <Alert color="blue" variant="light" data-corrective-notice>
          {t('declarationForm.correctingNotice', {
            version: declaration.version,
            next: declaration.version + 1,
          })}
        </Alert>
      )}
      <Text className="akniet-reading">{t('declarationForm.intro')}</Text>

      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm">
            <Group gap="sm">
              <Button
                variant="light"
                loading={prefill.isPending}
                onClick={() => {
                  setNotice(null);
                  prefill.mutate();
                }}
              >
                {t('declarationForm.prefill')}
              </Button>
              <Button
                variant="default"
                loading={draft.save.state === 'saving'}
                onClick={() => {
                  setShowAll(true);
                  void draft.saveNow(true);
                }}
              >
                {t('declarationForm.saveDraft')}
              </Button>
            </Group>
            <SaveStatus save={draft.save} dirty={draft.dirty} />
          </Group>
          <Text size="sm" c="gray.8" className="akniet-reading">
            {t('declarationForm.prefillHint')}
          </Text>
          <SuccessNotice message={notice} onClose={() => setNotice(null)} />
          {prefill.isError && <ErrorAlert error={prefill.error} />}
          {draft.save.state === 'failed' && <ErrorAlert error={draft.save.error} />}
        </Stack>
      </Card>

      {unconfirmed > 0 && (
        <Alert
          color="orange"
          variant="light"
          data-unconfirmed={unconfirmed}
          title={t('declarationForm.registry.pending', { count: unconfirmed })}
        >
          <Text size="sm" className="akniet-reading">
            {t('declarationForm.registry.hint')}
          </Text>
        </Alert>
      )}

      {visible.length > 0 && (
        <ProblemSummary problems={visible} content={content} headingRef={summaryRef} />
      )}

      <nav aria-label={t('declarationForm.sectionsNav')}>
        <Group gap="xs" wrap="wrap">
          {SECTIONS.map((section) => (
            <Anchor
              key={section}
              href={`#${sectionDomId(section)}-title`}
              size="sm"
              onClick={(event) => {
                event.preventDefault();
                const heading = document.getElementById(`${sectionDomId(section)}-title`);
                heading?.scrollIntoView({ block: 'start' });
                heading?.focus({ preventScroll: true });
              }}
            >
              {t('declarationForm.sectionCount', {
                section: specLabel(t, `sections.${section}.title`),
                count: itemsOf(content, section).length,
              })}
            </Anchor>
          ))}
        </Group>
      </nav>

      {SECTIONS.map((section) => (
        <SectionEditor
          key={section}
          section={section}
          items={itemsOf(content, section)}
          owners={owners}
          errorOf={errorOf(section)}
          onItems={(update) =>
            setContent((c) => withItems(c, section, update(itemsOf(c, section))))
          }
          onAdd={() => add(section)}
          onTouch={(itemId, field) =>
            setTouched((s) => new Set(s).add(`${section}/${itemId}/${field}`))
          }
        />
      ))}

      <Card withBorder padding="md">
        <Group justify="space-between" gap="sm">
          <SaveStatus save={draft.save} dirty={draft.dirty} live={false} />
          <Button
            onClick={() => {
              submit.reset();
              setAsking(true);
            }}
          >
            {t('declarationForm.submit')}
          </Button>
        </Group>
      </Card>

      {asking && (
        <ConfirmModal
          title={t('declarationForm.submitTitle')}
          text={submitText}
          confirmLabel={t('declarationForm.submitConfirm')}
          loading={submit.isPending}
          error={submit.isError && !refusedProblems(submit.error) ? submit.error : null}
          onConfirm={() => submit.mutate()}
          onClose={() => setAsking(false)}
        />
      )}
    </Stack>
  );
}
