import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBarCheck } from '../barred/queries.ts';
import { identifierOf } from '../barred/terms.ts';
import { registerSearchPath } from './terms.ts';

/**
 * Whether a supplier is barred today (asked of the register by its INN), with the way to its
 * entry; a supplier without a Kyrgyz INN gets no check.
 */
export function SupplierBars({ identifier }: { identifier: string | null }) {
  const { t } = useTranslation();
  const inn = identifier === null ? null : identifierOf(identifier);
  const check = useBarCheck(inn);
  if (inn === null) return null;
  const barred = check.data?.barred === true;
  // On the red alert the usual link blue lacks contrast: a darker one.
  const link = (
    <Anchor
      component={Link}
      to={registerSearchPath(inn)}
      size="sm"
      c={barred ? 'blue.9' : undefined}
      data-register-link
    >
      {t('procurement.profile.barredCheck')}
    </Anchor>
  );
  if (barred) {
    return (
      <Alert color="red" variant="light" data-barred-today>
        <Text size="sm" mb={4}>
          {t('procurement.profile.barredToday')}
        </Text>
        {link}
      </Alert>
    );
  }
  return <div>{link}</div>;
}
