import { Button, Group, NativeSelect, Select } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_CODES } from '../../../api/types.ts';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import type { useListParams } from '../../../components/table/useListParams.ts';
import { findingLabel } from '../shared/findingLabel.ts';
import { useDeclarationYears } from './queries.ts';
import {
  asAssigned,
  asCode,
  asMinScore,
  asState,
  asYear,
  FULL_CHECK_STATES,
  MIN_SCORES,
} from './queueParams.ts';

/** The queue's filters, kept in the address: state, who has it, year, agency, score, finding, name. */
export function QueueFilters({ list }: { list: ReturnType<typeof useListParams> }) {
  const { t } = useTranslation();
  const years = useDeclarationYears();
  const n = 'declarationChecks.queue' as const;
  const narrow = { base: '100%', sm: 220 } as const;
  const codes = FINDING_CODES.map((code) => ({ value: code, label: findingLabel(t, code) })).sort(
    (a, b) => a.label.localeCompare(b.label),
  );
  const year = asYear(list.filter('year'));
  const minScore = asMinScore(list.filter('minScore'));
  // On a phone the less used filters fold away, so that the queue is not a screen below.
  const phone = useMediaQuery('(max-width: 36em)');
  const [unfolded, setUnfolded] = useState(false);
  const moreId = useId();
  const chosen = ['assigned', 'year', 'minScore', 'code', 'agency'].filter(
    (key) => list.filter(key) !== '',
  ).length;
  const showMore = !phone || unfolded;

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
        value={asState(list.filter('state'))}
        onChange={(e) => list.setFilter('state', e.currentTarget.value || null)}
        data={[
          { value: '', label: t(`${n}.allStates`) },
          ...FULL_CHECK_STATES.map((s) => ({
            value: s,
            label: t(`declarationChecks.states.${s}`),
          })),
        ]}
        w={narrow}
        data-filter="state"
      />
      {phone && (
        <Button
          variant="subtle"
          onClick={() => setUnfolded((u) => !u)}
          aria-expanded={unfolded}
          aria-controls={moreId}
          data-action="more-filters"
        >
          {unfolded ? t(`${n}.lessFilters`) : t(`${n}.moreFilters`)}
          {chosen > 0 ? ` (${t(`${n}.chosenFilters`, { count: chosen })})` : ''}
        </Button>
      )}
      <Group
        id={moreId}
        align="flex-end"
        gap="md"
        // On wider screens the group is no box of its own: its filters wrap with the others.
        style={{ display: showMore ? (phone ? undefined : 'contents') : 'none' }}
        w={phone ? '100%' : undefined}
      >
        <NativeSelect
          label={t(`${n}.assigned`)}
          value={asAssigned(list.filter('assigned'))}
          onChange={(e) => list.setFilter('assigned', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${n}.assignedAny`) },
            { value: 'me', label: t(`${n}.assignedMe`) },
            { value: 'none', label: t(`${n}.assignedNone`) },
          ]}
          w={narrow}
          data-filter="assigned"
        />
        <NativeSelect
          label={t(`${n}.year`)}
          value={year === undefined ? '' : String(year)}
          onChange={(e) => list.setFilter('year', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${n}.allYears`) },
            ...(years.data ?? [])
              .map((y) => String(y.year))
              .reverse()
              .map((y) => ({ value: y, label: y })),
          ]}
          w={{ base: '100%', sm: 160 }}
          data-filter="year"
        />
        <NativeSelect
          label={t(`${n}.minScore`)}
          value={minScore === undefined ? '' : String(minScore)}
          onChange={(e) => list.setFilter('minScore', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${n}.anyScore`) },
            ...MIN_SCORES.map((s) => ({
              value: String(s),
              label: t(`${n}.scoreAtLeast`, { score: s }),
            })),
          ]}
          w={{ base: '100%', sm: 220 }}
          data-filter="min-score"
        />
        <Select
          label={t(`${n}.code`)}
          placeholder={t(`${n}.anyCode`)}
          data={codes}
          value={asCode(list.filter('code')) || null}
          onChange={(value) => list.setFilter('code', value)}
          searchable
          clearable
          nothingFoundMessage={t('common.noResults')}
          comboboxProps={{ withinPortal: true }}
          w={{ base: '100%', sm: 300 }}
          data-filter="code"
        />
        <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
          <AgencySelect
            label={t(`${n}.agency`)}
            value={list.filter('agency') || null}
            onChange={(id) => list.setFilter('agency', id)}
          />
        </div>
      </Group>
    </Group>
  );
}
