import './procurement.css';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FlagEvidence } from '../../api/types.ts';
import { ky } from '../../i18n/ky.ts';
import { registerSearchPath, supplierPath, tenderPath } from './terms.ts';

type KnownPath = keyof typeof ky.procurement.flags.paths;
const isKnownPath = (path: string): path is KnownPath =>
  Object.hasOwn(ky.procurement.flags.paths, path);
/** A supplier of an award: it has a profile (a bidder that never won has none). */
const SUPPLIER_ID = /\/suppliers\/\d+\/id$/;
/** An OCID (prefix "ocds-" and the publisher's six characters): a tender with its own page. */
const OCID = /^ocds-[a-z0-9]{6}-/;

const valueText = (value: FlagEvidence['value']) =>
  Array.isArray(value) ? value.join(', ') : value === null ? '—' : String(value);

/**
 * The facts behind a flag: where each is in the OCDS data (a JSON pointer, or what the register
 * says) and its value. A fact from another tender links to it; a supplier to its profile; the
 * INN of a barred entity to its entry in the register.
 */
export function EvidenceList({ evidence, label }: { evidence: FlagEvidence[]; label: string }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <ul className="akniet-evidence" aria-label={label} data-evidence>
      {evidence.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: facts may repeat a path; their order is fixed
        <li key={i} data-path={e.path}>
          <span>
            {isKnownPath(e.path) ? (
              <Text span size="sm" c="gray.8">
                {t(`procurement.flags.paths.${e.path}`)}
              </Text>
            ) : (
              <code>{e.path}</code>
            )}
          </span>
          <span data-evidence-value>
            <EvidenceValue fact={e} />
            {e.ocid && (
              <>
                {' · '}
                <Anchor component={Link} to={tenderPath(e.ocid)} size="sm" data-evidence-ocid>
                  {t('procurement.flags.otherTender', { ocid: e.ocid })}
                </Anchor>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function EvidenceValue({ fact }: { fact: FlagEvidence }) {
  const { t } = useTranslation();
  const text = valueText(fact.value);
  if (fact.path === 'barred-entities/identifier' && typeof fact.value === 'string') {
    return (
      <>
        <Text span size="sm" fw={600}>
          {text}
        </Text>{' '}
        <Anchor component={Link} to={registerSearchPath(fact.value)} size="sm" data-register-link>
          {t('procurement.flags.openRegister')}
        </Anchor>
      </>
    );
  }
  if (SUPPLIER_ID.test(fact.path) && typeof fact.value === 'string') {
    return (
      <Anchor component={Link} to={supplierPath(fact.value)} size="sm" fw={600}>
        {text}
      </Anchor>
    );
  }
  const values = Array.isArray(fact.value) ? fact.value : [fact.value];
  if (values.length > 0 && values.every((v) => typeof v === 'string' && OCID.test(v))) {
    return (
      <>
        {(values as string[]).map((ocid, i) => (
          <span key={ocid}>
            {i > 0 && ', '}
            <Anchor component={Link} to={tenderPath(ocid)} size="sm" fw={600}>
              {ocid}
            </Anchor>
          </span>
        ))}
      </>
    );
  }
  return (
    <Text span size="sm" fw={600}>
      {text}
    </Text>
  );
}
