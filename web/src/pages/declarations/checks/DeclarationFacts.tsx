import { useTranslation } from 'react-i18next';
import type { DeclarationUnderCheck } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { filedLate } from './days.ts';

/** Who declared, for which year, which version and when: on time or late, with its receipt. */
export function DeclarationFacts({ declaration }: { declaration: DeclarationUnderCheck }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'declarationChecks.declaration' as const;
  const latest = declaration.versions.find((v) => v.version === declaration.version);
  const submitted = declaration.firstSubmittedAt;
  const late =
    submitted && declaration.deadline ? filedLate(submitted, declaration.deadline) : null;
  return (
    <dl className="akniet-facts akniet-checks-facts" data-declaration-facts>
      <dt>{t(`${n}.post`)}</dt>
      <dd>{declaration.declarant.post}</dd>
      <dt>{t(`${n}.agency`)}</dt>
      <dd>{declaration.agency ? localize(declaration.agency.name, language) : t('common.none')}</dd>
      <dt>{t(`${n}.year`)}</dt>
      <dd>{declaration.year}</dd>
      <dt>{t(`${n}.version`)}</dt>
      <dd>
        {latest?.kind === 'corrective'
          ? t(`${n}.corrective`, { version: declaration.version })
          : declaration.version}
      </dd>
      <dt>{t(`${n}.submitted`)}</dt>
      <dd data-filed={late === null ? 'unknown' : late ? 'late' : 'on-time'}>
        {submitted ? formatDateTime(submitted, language) : t(`${n}.notSubmitted`)}{' '}
        {late !== null && (
          <Tag color={late ? 'orange' : 'green'}>{late ? t(`${n}.late`) : t(`${n}.onTime`)}</Tag>
        )}{' '}
        {declaration.deadline &&
          `(${t(`${n}.deadline`, { date: formatDate(declaration.deadline, language) })})`}
      </dd>
      {latest && (
        <>
          <dt>{t(`${n}.receipt`)}</dt>
          <dd className="akniet-receipt" data-receipt>
            {latest.receipt}
          </dd>
        </>
      )}
    </dl>
  );
}
