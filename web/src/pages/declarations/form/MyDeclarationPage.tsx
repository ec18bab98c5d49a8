import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError.ts';
import type { DeclarationSubmitted, MyDeclaration } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import './form.css';
import { parseId } from '../../work/queries.ts';
import { WorkBreadcrumbs } from '../../work/WorkBreadcrumbs.tsx';
import { CheckPanel } from './CheckPanel.tsx';
import { DraftForm } from './DraftForm.tsx';
import { ExplanationPanel } from './ExplanationPanel.tsx';
import { statusLabel } from './labels.ts';
import { useMyDeclaration, useRefreshDeclarations } from './queries.ts';
import { SubmitResult } from './SubmitResult.tsx';
import { SubmittedView } from './SubmittedView.tsx';

/** One of the declarant's declarations: the form while open, the submitted view afterwards. */
export function MyDeclarationPage() {
  const id = parseId(useParams().id);
  const declaration = useMyDeclaration(id);
  if (id === null) return <NotFoundPage />;
  if (declaration.isError && isApiError(declaration.error) && declaration.error.status === 404) {
    return <NotFoundPage />;
  }
  if (declaration.isError) {
    return <ErrorAlert error={declaration.error} onRetry={() => declaration.refetch()} />;
  }
  if (declaration.isPending) return <Loading />;
  return <DeclarationWorkspace declaration={declaration.data} refetch={declaration.refetch} />;
}

function DeclarationWorkspace({
  declaration,
  refetch,
}: {
  declaration: MyDeclaration;
  refetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refreshList = useRefreshDeclarations();
  const [result, setResult] = useState<DeclarationSubmitted | null>(null);
  const title = t('declarationForm.title', { year: declaration.year });
  const late =
    declaration.firstSubmittedAt && declaration.deadline
      ? declaration.firstSubmittedAt.slice(0, 10) > declaration.deadline
      : null;
  const refresh = async () => {
    await refetch();
    await refreshList();
  };
  const explanationOpen = declaration.review?.state === 'explanation_requested';
  const explanation = declaration.review && (
    <ExplanationPanel
      key="explanation"
      declarationId={declaration.id}
      review={declaration.review}
      onAnswered={refresh}
    />
  );
  const check = declaration.status !== 'draft' && !result && (
    <CheckPanel key="check" declaration={declaration} />
  );

  return (
    <Stack gap="lg">
      <div>
        <WorkBreadcrumbs
          crumbs={[
            { label: t('declarationForm.listTitle'), to: '/my-declarations' },
            { label: title },
          ]}
        />
        <PageTitle>{title}</PageTitle>
        <dl className="akniet-declaration-facts" data-declaration-facts>
          <dt>{t('declarationForm.facts.declarant')}</dt>
          <dd>{declaration.declarant.fullName}</dd>
          <dt>{t('declarationForm.facts.post')}</dt>
          <dd>{declaration.declarant.post}</dd>
          {declaration.agency && (
            <>
              <dt>{t('declarationForm.facts.agency')}</dt>
              <dd>{localize(declaration.agency.name, language)}</dd>
            </>
          )}
          {declaration.deadline && (
            <>
              <dt>{t('declarationForm.facts.deadline')}</dt>
              <dd>{formatDate(declaration.deadline, language)}</dd>
            </>
          )}
          <dt>{t('declarationForm.facts.status')}</dt>
          <dd data-status={declaration.status}>
            {statusLabel(t, { status: declaration.status, late })}
          </dd>
          {declaration.firstSubmittedAt && (
            <>
              <dt>{t('declarationForm.facts.firstSubmittedAt')}</dt>
              <dd>{formatDateTime(declaration.firstSubmittedAt, language)}</dd>
            </>
          )}
        </dl>
      </div>
      {result && <SubmitResult result={result} />}
      {/* An open request comes first: it is what the declarant has to do now. Keyed, so that
          answering it moves the panel without losing its "sent" notice. */}
      {explanationOpen ? [explanation, check] : [check, explanation]}
      {declaration.status === 'submitted' ? (
        <SubmittedView
          key={declaration.version}
          declaration={declaration}
          onCorrective={async () => {
            setResult(null);
            await refresh();
          }}
        />
      ) : (
        <DraftForm
          key={`${declaration.status}-${declaration.version}`}
          declaration={declaration}
          onSubmitted={(submitted) => {
            setResult(submitted);
            window.scrollTo({ top: 0 });
            void refresh();
          }}
        />
      )}
    </Stack>
  );
}
