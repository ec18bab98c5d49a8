import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError.ts';
import type { FullCheckState } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FULL_CHECK_STATES } from './queueParams.ts';

/** A refusal a reload may resolve: the check moved on, or it belongs to another verifier. */
export const isStaleRefusal = (error: unknown) =>
  isApiError(error) && (error.code === 'transition_refused' || error.status === 403);

const stateOf = (details: unknown): FullCheckState | null => {
  const state = (details as { state?: unknown } | undefined)?.state;
  return (FULL_CHECK_STATES as readonly unknown[]).includes(state)
    ? (state as FullCheckState)
    : null;
};

/**
 * Why a step of the full check was refused, in words for this workflow: a step the check's state
 * no longer allows (409) or a check assigned to someone else (403); anything else as the server says.
 */
export function ReviewActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error) && error.code === 'transition_refused') {
    const state = stateOf(error.details);
    return (
      <Alert
        role="alert"
        color="red"
        variant="light"
        title={t('errors.title')}
        my="sm"
        data-error="transition_refused"
      >
        {t('declarationChecks.errors.transition', {
          state: state ? t(`declarationChecks.states.${state}`) : t('common.none'),
        })}
      </Alert>
    );
  }
  if (isApiError(error) && error.status === 403) {
    return (
      <Alert
        role="alert"
        color="red"
        variant="light"
        title={t('errors.title')}
        my="sm"
        data-error="forbidden"
      >
        {t('declarationChecks.errors.notAssignee')}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
