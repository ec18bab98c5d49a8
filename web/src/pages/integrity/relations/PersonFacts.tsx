import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { postCategoryLabel } from './labels.ts';

/** Birth date, whether the PIN is known (never the PIN itself), the post and agency, relations. */
export function PersonFacts({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'relations.person' as const;
  return (
    <dl className="akniet-facts akniet-relations-facts" data-person-facts>
      <dt>{t(`${n}.birthDate`)}</dt>
      <dd>{person.birthDate ? formatDate(person.birthDate, language) : t(`${n}.unknown`)}</dd>
      <dt>{t(`${n}.pin`)}</dt>
      <dd>{person.pinKnown ? t(`${n}.pinKnown`) : t(`${n}.pinUnknown`)}</dd>
      {person.official ? (
        <>
          <dt>{t(`${n}.post`)}</dt>
          <dd>
            {person.official.post}{' '}
            {person.official.postCategory && (
              <Tag color="blue">{postCategoryLabel(t, person.official.postCategory)}</Tag>
            )}
          </dd>
          <dt>{t(`${n}.agency`)}</dt>
          <dd>
            {person.official.agency
              ? localize(person.official.agency.name, language)
              : t('common.none')}
          </dd>
        </>
      ) : (
        <>
          <dt>{t(`${n}.post`)}</dt>
          <dd>{t(`${n}.notOfficial`)}</dd>
        </>
      )}
      <dt>{t(`${n}.relations`)}</dt>
      <dd>{formatCount(person.relations, language)}</dd>
      {person.synthetic && (
        <>
          <dt>{t(`${n}.data`)}</dt>
          <dd>
            <Tag color="gray">{t(`${n}.synthetic`)}</Tag>
          </dd>
        </>
      )}
    </dl>
  );
}
