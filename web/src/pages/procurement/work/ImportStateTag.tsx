import { useTranslation } from 'react-i18next';
import type { OcdsImportState } from '../../../api/types.ts';
import { Tag, type TagColor } from '../../../components/Tag.tsx';

const COLORS: Record<OcdsImportState, TagColor> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
};

export function ImportStateTag({ state }: { state: OcdsImportState }) {
  const { t } = useTranslation();
  return (
    <span data-import-state={state}>
      <Tag color={COLORS[state] ?? 'gray'}>{t(`procurement.imports.states.${state}`)}</Tag>
    </span>
  );
}
