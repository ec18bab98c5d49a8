import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LegalEntityDetail } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatCount, formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { entitySourceLabel, nodePath, organisationKindLabel, registerLabel } from './labels.ts';
import { useLegalEntity } from './queries.ts';

/** Kind, place on the public register, registration number, state share, overseeing body, source. */
export function EntityFacts({ entity }: { entity: LegalEntityDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'relations.entity' as const;
  return (
    <dl className="akniet-facts akniet-relations-facts" data-entity-facts>
      <dt>{t(`${n}.kind`)}</dt>
      <dd>{organisationKindLabel(t, entity.kind)}</dd>
      <dt>{t(`${n}.register`)}</dt>
      <dd>{entity.register ? registerLabel(t, entity.register) : t(`${n}.notOnRegister`)}</dd>
      <dt>{t(`${n}.registrationNumber`)}</dt>
      <dd>{entity.registrationNumber ?? t('common.none')}</dd>
      {entity.statePercent != null && (
        <>
          <dt>{t(`${n}.statePercent`)}</dt>
          <dd>{formatScore(entity.statePercent, language)}%</dd>
        </>
      )}
      {entity.parentId && (
        <>
          <dt>{t(`${n}.parent`)}</dt>
          <dd>
            <ParentLink id={entity.parentId} />
          </dd>
        </>
      )}
      <dt>{t(`${n}.relations`)}</dt>
      <dd>{formatCount(entity.relations, language)}</dd>
      {entity.source && (
        <>
          <dt>{t(`${n}.source`)}</dt>
          <dd>{entitySourceLabel(t, entity.source)}</dd>
        </>
      )}
      {entity.synthetic && (
        <>
          <dt>{t('relations.person.data')}</dt>
          <dd>
            <Tag color="gray">{t('relations.person.synthetic')}</Tag>
          </dd>
        </>
      )}
    </dl>
  );
}

/** The overseeing body by name (the entity answer gives only its id). */
function ParentLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const parent = useLegalEntity(id);
  return (
    <Anchor component={Link} to={nodePath({ type: 'organisation', id })}>
      {parent.data?.name ?? t('relations.entity.openParent')}
    </Anchor>
  );
}
