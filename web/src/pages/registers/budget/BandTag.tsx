import { useTranslation } from 'react-i18next';
import { Tag } from '../../../components/Tag.tsx';

/**
 * Whether a budget was executed within the Plan's band, in words; null: nothing was planned.
 * `short` says just yes or no, for a table column whose header names the band.
 */
export function BandTag({ within, short }: { within: boolean | null; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <span data-within-band={within === null ? 'none' : String(within)}>
      {within === null ? (
        <Tag color="gray">{short ? t('common.none') : t('registers.budget.noPlanned')}</Tag>
      ) : within ? (
        <Tag color="green">{short ? t('common.yes') : t('registers.budget.withinBand')}</Tag>
      ) : (
        <Tag color="red">{short ? t('common.no') : t('registers.budget.outsideBand')}</Tag>
      )}
    </span>
  );
}
