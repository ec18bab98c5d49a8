import './procurement.css';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcurementFlag } from '../../api/types.ts';
import { FlagCard } from './FlagCard.tsx';
import { ENGINES } from './flagCodes.ts';

const rank = (engine: string) => {
  const i = (ENGINES as readonly string[]).indexOf(engine);
  return i === -1 ? ENGINES.length : i;
};

/**
 * Every red flag on a tender, and on its buyer and suppliers through it, each with what it
 * means and its evidence: the register's findings first, then the Kyrgyz flags, the risk index
 * components and the Cardinal indicators.
 */
export function TenderFlags({
  flags,
  buyerName,
}: {
  flags: ProcurementFlag[];
  buyerName: string | null;
}) {
  const { t } = useTranslation();
  const sorted = [...flags].sort(
    (a, b) => rank(a.engine) - rank(b.engine) || a.code.localeCompare(b.code),
  );
  return (
    <section aria-labelledby="tender-flags" data-tender-flags={flags.length}>
      <Title order={2} fz="lg" id="tender-flags" mb="xs">
        {t('procurement.flags.title', { count: flags.length })}
      </Title>
      <Text size="sm" className="akniet-reading" mb="sm">
        {t('procurement.flags.intro')}
      </Text>
      {sorted.length === 0 ? (
        <Text c="dimmed" data-no-flags>
          {t('procurement.flags.none')} {t('procurement.flags.pending')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" className="akniet-plain-list">
          {sorted.map((flag, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two bars can raise the same flag twice; the order is fixed
            <li key={`${flag.engine}:${flag.code}:${flag.subject}:${flag.subjectId}:${i}`}>
              <FlagCard flag={flag} about={{ buyerName }} />
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}
