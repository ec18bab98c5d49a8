import './relations.css';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { WorkBreadcrumbs } from '../../work/WorkBreadcrumbs.tsx';
import { EntityFacts } from './EntityFacts.tsx';
import { useLegalEntity } from './queries.ts';
import { RelationsExplorer } from './RelationsExplorer.tsx';

/** One organisation of the graph: what it is, the potential conflicts through it, its network. */
export function EntityRelationsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const entity = useLegalEntity(id);
  const crumbs = [{ label: t('relations.search.title'), to: '/work/relations?tab=organisations' }];

  if (entity.isPending) return <Loading />;
  if (entity.isError) {
    return (
      <Stack>
        <WorkBreadcrumbs crumbs={crumbs} />
        <ErrorAlert error={entity.error} onRetry={() => entity.refetch()} />
      </Stack>
    );
  }
  const e = entity.data;
  return (
    <Stack gap="lg" data-entity-page={e.id}>
      <div>
        <WorkBreadcrumbs crumbs={[...crumbs, { label: e.name }]} />
        <PageTitle>{e.name}</PageTitle>
        <EntityFacts entity={e} />
      </div>
      <RelationsExplorer centre={{ type: 'organisation', id: e.id }} centreName={e.name} />
    </Stack>
  );
}
