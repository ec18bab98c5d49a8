import './procurement.css';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartyFlag } from '../../api/types.ts';
import { FlagCard } from './FlagCard.tsx';

/** The red flags raised on a buyer or supplier itself, each with the tender it points at. */
export function PartyFlags({ flags }: { flags: PartyFlag[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="profile-flags" data-profile-flags={flags.length}>
      <Title order={2} fz="lg" id="profile-flags" mb="xs">
        {t('procurement.profile.flags', { count: flags.length })}
      </Title>
      {flags.length === 0 ? (
        <Text c="dimmed">{t('procurement.profile.noFlags')}</Text>
      ) : (
        <Stack gap="sm" component="ul" className="akniet-plain-list">
          {flags.map((flag, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two bars can raise the same flag twice; the order is fixed
            <li key={`${flag.engine}:${flag.code}:${i}`}>
              <FlagCard flag={flag} />
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}
