import './relations.css';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { WorkBreadcrumbs } from '../../work/WorkBreadcrumbs.tsx';
import { nodePath } from './labels.ts';
import { PersonFacts } from './PersonFacts.tsx';
import { usePerson } from './queries.ts';
import { RelationsExplorer } from './RelationsExplorer.tsx';

/** One person of the graph: who they are, the potential conflicts about them, their network. */
export function PersonRelationsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = usePerson(id);
  const crumbs = [{ label: t('relations.search.title'), to: '/work/relations' }];

  if (person.isPending) return <Loading />;
  if (person.isError) {
    return (
      <Stack>
        <WorkBreadcrumbs crumbs={crumbs} />
        <ErrorAlert error={person.error} onRetry={() => person.refetch()} />
      </Stack>
    );
  }
  const p = person.data;
  return (
    <Stack gap="lg" data-person-page={p.id}>
      <div>
        <WorkBreadcrumbs crumbs={[...crumbs, { label: p.fullName }]} />
        <PageTitle>{p.fullName}</PageTitle>
        <PersonFacts person={p} />
      </div>
      {p.mergedInto && (
        <Alert color="blue" variant="light" data-merged>
          {t('relations.person.merged')}{' '}
          <Anchor component={Link} to={nodePath({ type: 'person', id: p.mergedInto })}>
            {t('relations.person.openMerged')}
          </Anchor>
        </Alert>
      )}
      <RelationsExplorer
        centre={{ type: 'person', id: p.id }}
        centreName={p.fullName}
        findings={p.findings}
      />
    </Stack>
  );
}
