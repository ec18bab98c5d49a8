import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../../../components/table/SearchBox.tsx';
import type { useListParams } from '../../../../components/table/useListParams.ts';
import { ruleLabel } from '../shared/terms.ts';
import {
  ALL_STATES,
  asFindingSort,
  asFindingState,
  asRule,
  FINDING_RULES,
  FINDING_STATES,
} from './findingParams.ts';

const SORTS = {
  severity: '-severity',
  lastSeen: '-seen',
  firstFoundNew: '-found',
  firstFoundOld: 'found',
  name: 'name',
} as const;

/** The queue's filters, kept in the address: state, rule, the official's name and the order. */
export function FindingFilters({ list }: { list: ReturnType<typeof useListParams> }) {
  const { t } = useTranslation();
  const n = 'conflictWork.findings' as const;
  const narrow = { base: '100%', sm: 220 } as const;
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t(`${n}.filters`)}>
      <SearchBox
        label={t(`${n}.search`)}
        placeholder={t(`${n}.searchPlaceholder`)}
        value={list.q}
        onSearch={list.setQ}
      />
      <NativeSelect
        label={t(`${n}.state`)}
        value={asFindingState(list.filter('state'))}
        onChange={(e) =>
          list.setFilter('state', e.currentTarget.value === 'open' ? null : e.currentTarget.value)
        }
        data={[
          ...FINDING_STATES.map((s) => ({
            value: s,
            label: t(`conflictTerms.findingStates.${s}`),
          })),
          { value: ALL_STATES, label: t(`${n}.allStates`) },
        ]}
        w={narrow}
        data-filter="state"
      />
      <NativeSelect
        label={t(`${n}.rule`)}
        value={asRule(list.filter('rule'))}
        onChange={(e) => list.setFilter('rule', e.currentTarget.value || null)}
        data={[
          { value: '', label: t(`${n}.allRules`) },
          ...FINDING_RULES.map((r) => ({ value: r, label: ruleLabel(t, r) })),
        ]}
        w={{ base: '100%', sm: 340 }}
        data-filter="rule"
      />
      <NativeSelect
        label={t(`${n}.sort`)}
        value={asFindingSort(list.sort)}
        onChange={(e) => list.setSort(e.currentTarget.value)}
        data={Object.entries(SORTS).map(([key, value]) => ({
          value,
          label: t(`${n}.sorts.${key as keyof typeof SORTS}`),
        }))}
        w={{ base: '100%', sm: 240 }}
        data-filter="sort"
      />
    </Group>
  );
}
