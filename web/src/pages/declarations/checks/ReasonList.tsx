import { useTranslation } from 'react-i18next';
import type { DeclarationRiskReason } from '../../../api/types.ts';
import { findingLabel } from '../shared/findingLabel.ts';

/** The reasons that raised a score, most points first, each with its points. */
export function ReasonList({ reasons }: { reasons: readonly DeclarationRiskReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="akniet-reasons">
      {reasons.map((r) => (
        <li key={r.code} data-reason={r.code}>
          {findingLabel(t, r.code)}{' '}
          <span className="akniet-reason-points">
            ({t('declarationChecks.queue.points', { points: r.points })})
          </span>
        </li>
      ))}
    </ul>
  );
}
