import { Alert, Anchor, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { itemDomId } from './InterestSectionEditor.tsx';
import { type FormContent, fieldDomId, formLabel, itemLabelOf } from './interestModel.ts';
import type { FormProblem } from './interestProblems.ts';

/** A problem's reason as a sentence in the user's language. */
export const problemText = (t: TFunction, problem: Pick<FormProblem, 'reason'>) =>
  formLabel(t, `reasons.${problem.reason}`);

function goTo(domId: string) {
  const target = document.getElementById(domId);
  if (!target) return;
  const input = target.matches('input, select, textarea')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea');
  target.scrollIntoView({ block: 'center' });
  (input ?? target).focus({ preventScroll: true });
}

/** Every value the server refused, at the top of the form, each a link to its field. */
export function InterestProblemSummary({
  problems,
  content,
  headingRef,
}: {
  problems: FormProblem[];
  content: FormContent;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      data-problem-summary
      aria-labelledby="interest-problems-title"
    >
      <Title
        order={2}
        fz="md"
        id="interest-problems-title"
        tabIndex={-1}
        ref={headingRef}
        // Clear of the sticky header when the form scrolls the summary into view.
        style={{ scrollMarginTop: 80 }}
      >
        {formLabel(t, 'problemsTitle', { count: problems.length })}
      </Title>
      <Text size="sm" mt={4} mb="xs">
        {formLabel(t, 'problemsIntro')}
      </Text>
      <ul className="akniet-reading-list">
        {problems.map((p, k) => {
          const reason = problemText(t, p);
          let domId: string | null = null;
          let where: string = p.field;
          if (p.section === 'general') {
            domId = fieldDomId('general', 0, p.field);
            where = formLabel(t, `general.${p.field}`);
          } else if (p.section) {
            const section = p.section;
            const index = content[section].findIndex((i) => i.id === p.itemId);
            // The item was removed since: its problem went with it.
            if (index < 0) return null;
            domId =
              p.field === 'id' ? itemDomId(section, index) : fieldDomId(section, index, p.field);
            where = `${formLabel(t, `sections.${section}.title`)}, ${itemLabelOf(t, section, index)}${
              p.field === 'id' ? '' : `: ${formLabel(t, `fields.${section}.${p.field}`)}`
            }`;
          }
          const text = `${where} — ${reason}`;
          const target = domId;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and do not move
            <li key={k}>
              {target ? (
                <Anchor
                  href={`#${target}`}
                  size="sm"
                  c="red.9"
                  onClick={(event) => {
                    event.preventDefault();
                    goTo(target);
                  }}
                >
                  {text}
                </Anchor>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
