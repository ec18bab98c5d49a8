import { Alert, Anchor, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationContent } from '../../../api/types.ts';
import { itemDomId } from './ItemEditor.tsx';
import { specLabel } from './labels.ts';
import { itemsOf, type SectionKey } from './model.ts';
import { fieldDomId, type KeyedProblem } from './problems.ts';
import { itemLabelOf } from './SectionEditor.tsx';

/** A problem's reason as a sentence in the user's language. */
export const reasonText = (t: TFunction, problem: Pick<KeyedProblem, 'reason'>) =>
  problem.reason
    ? t(`declarationForm.reasons.${problem.reason}`)
    : t('declarationForm.reasons.other');

/** The name of a field as its problem names it ("amount.currency" -> "Amount: currency"). */
export function fieldLabelOf(t: TFunction, section: SectionKey, field: string): string {
  if (field === 'id' || field === '') return t('declarationForm.wholeItem');
  const [name = '', part] = field.split('.');
  const label = specLabel(t, `fields.${section}.${name}`);
  return part === 'currency' ? t('declarationForm.currencyOf', { field: label }) : label;
}

/** Moves to a field (or an item's first field) and shows it in the middle of the screen. */
function goTo(domId: string) {
  const target = document.getElementById(domId);
  if (!target) return;
  const input = target.matches('input, select, textarea')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea');
  target.scrollIntoView({ block: 'center' });
  (input ?? target).focus({ preventScroll: true });
}

/** Every problem to fix, at the top of the form, each a link to its field. */
export function ProblemSummary({
  problems,
  content,
  headingRef,
}: {
  problems: KeyedProblem[];
  content: DeclarationContent;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      data-problem-summary
      aria-labelledby="declaration-problems-title"
    >
      <Title order={2} fz="md" id="declaration-problems-title" tabIndex={-1} ref={headingRef}>
        {t('declarationForm.problemsTitle', { count: problems.length })}
      </Title>
      <Text size="sm" mt={4} mb="xs">
        {t('declarationForm.problemsIntro')}
      </Text>
      <ul className="akniet-reading-list">
        {problems.map((p, k) => {
          const reason = reasonText(t, p);
          if (!p.section) {
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and do not move
              <li key={k}>{t('declarationForm.problemGeneral', { field: p.field, reason })}</li>
            );
          }
          const section = p.section;
          const index = itemsOf(content, section).findIndex((i) => i.id === p.itemId);
          if (index < 0) return null;
          const domId =
            p.field === 'id' ? itemDomId(section, index) : fieldDomId(section, index, p.field);
          const text = t('declarationForm.problemLink', {
            section: specLabel(t, `sections.${section}.title`),
            item: itemLabelOf(t, section, index),
            field: fieldLabelOf(t, section, p.field),
            reason,
          });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and do not move
            <li key={k}>
              <Anchor
                href={`#${domId}`}
                size="sm"
                c="red.9"
                onClick={(event) => {
                  event.preventDefault();
                  goTo(domId);
                }}
              >
                {text}
              </Anchor>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
