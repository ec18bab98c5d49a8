import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InterestDeclarationFiled } from '../../../api/types.ts';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { InterestDeclarationForm } from './InterestDeclarationForm.tsx';
import { InterestReceipt } from './InterestReceipt.tsx';
import { useMyInterestDeclarations } from './queries.ts';

/** Filing a private-interest declaration, then its receipt. */
export function NewInterestDeclarationPage() {
  const { t } = useTranslation();
  // The register of declarants knows the declarant's post: the form starts from it.
  const me = useMyInterestDeclarations();
  const [filed, setFiled] = useState<InterestDeclarationFiled | null>(null);

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/my-conflicts" size="sm">
          {t('myConflicts.backToList')}
        </Anchor>
        <PageTitle>{t('myConflicts.form.title')}</PageTitle>
      </div>
      {filed ? (
        <InterestReceipt filed={filed} />
      ) : me.isPending ? (
        <Loading />
      ) : (
        <InterestDeclarationForm post={me.data?.declarant?.post ?? ''} onFiled={setFiled} />
      )}
    </Stack>
  );
}
