import { useTranslation } from 'react-i18next';

const CHECKS = ['chain', 'heads', 'seeds', 'nextDay', 'eligibility', 'draw', 'pending'] as const;

/** In plain words, what pressing "verify" establishes. */
export function WhatIsChecked() {
  const { t } = useTranslation();
  return (
    <ul className="akniet-reading-list akniet-reading" data-what-is-checked>
      {CHECKS.map((key) => (
        <li key={key}>{t(`courts.verify.checks.${key}`)}</li>
      ))}
    </ul>
  );
}
