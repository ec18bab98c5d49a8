import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useAgency } from '../strategy/queries.ts';

/** An agency's short name by id (fetched once and cached), its full name for screen readers' title. */
export function AgencyName({ id }: { id: string }) {
  const language = useLanguage();
  const agency = useAgency(id);
  if (!agency.data) return null;
  const name = localize(agency.data.name, language);
  return <span title={name}>{localize(agency.data.shortName, language) || name}</span>;
}
