import { Button, Checkbox, Group, Radio, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEALING_KINDS, RELATION_KINDS } from '../../../api/types.ts';
import { DEPTHS, EDGE_KINDS, type EdgeKind, type GraphParams } from './graphParams.ts';
import { kindLabel } from './labels.ts';

/**
 * What the graph shows: relation and dealing kinds, how many steps from the centre, the day the
 * relations must hold on, and (with a finding picked) only that finding's path.
 */
export function GraphFilters({
  params,
  onChange,
  findingSelected,
}: {
  params: GraphParams;
  onChange: (changes: Partial<GraphParams>) => void;
  findingSelected: boolean;
}) {
  const { t } = useTranslation();
  const n = 'relations.filters' as const;
  const chosen = new Set<string>(params.kinds);
  // Each checkbox group holds its own part of the kinds; the other part stays as it is.
  const setPart = (part: readonly EdgeKind[], values: string[]) =>
    onChange({
      kinds: EDGE_KINDS.filter((k) => (part.includes(k) ? values.includes(k) : chosen.has(k))),
    });

  return (
    <Stack gap="sm" className="akniet-graph-filters" data-graph-filters>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Checkbox.Group
          label={t(`${n}.relationKinds`)}
          value={RELATION_KINDS.filter((k) => chosen.has(k))}
          onChange={(values) => setPart(RELATION_KINDS, values)}
          data-filter="relation-kinds"
        >
          <Group gap="sm" mt={6} wrap="wrap" maw={560}>
            {RELATION_KINDS.map((kind) => (
              <Checkbox key={kind} value={kind} label={kindLabel(t, kind)} data-kind={kind} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group
          label={t(`${n}.dealingKinds`)}
          value={DEALING_KINDS.filter((k) => chosen.has(k))}
          onChange={(values) => setPart(DEALING_KINDS, values)}
          data-filter="dealing-kinds"
        >
          <Group gap="sm" mt={6} wrap="wrap">
            {DEALING_KINDS.map((kind) => (
              <Checkbox key={kind} value={kind} label={kindLabel(t, kind)} data-kind={kind} />
            ))}
          </Group>
        </Checkbox.Group>
      </Group>
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => onChange({ kinds: [...EDGE_KINDS] })}
          disabled={params.kinds.length === EDGE_KINDS.length}
        >
          {t(`${n}.allKinds`)}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => onChange({ kinds: [] })}
          disabled={params.kinds.length === 0}
        >
          {t(`${n}.noKinds`)}
        </Button>
      </Group>
      <Group align="flex-end" gap="xl" wrap="wrap">
        <Radio.Group
          label={t(`${n}.depth`)}
          value={String(params.depth)}
          onChange={(value) => onChange({ depth: Number(value) })}
          data-filter="depth"
        >
          <Group gap="md" mt={6}>
            {DEPTHS.map((d) => (
              <Radio key={d} value={String(d)} label={t(`${n}.depths.${d}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group align="flex-end" gap="xs">
          <TextInput
            type="date"
            label={t(`${n}.at`)}
            description={t(`${n}.atHint`)}
            value={params.at}
            onChange={(e) => onChange({ at: e.currentTarget.value })}
            w={{ base: '100%', xs: 200 }}
            data-filter="at"
          />
          {params.at && (
            <Button variant="subtle" onClick={() => onChange({ at: '' })}>
              {t(`${n}.anyDate`)}
            </Button>
          )}
        </Group>
        {findingSelected && (
          <Switch
            label={t(`${n}.onlyPath`)}
            checked={params.onlyPath}
            onChange={(e) => onChange({ onlyPath: e.currentTarget.checked })}
            data-filter="only-path"
          />
        )}
      </Group>
    </Stack>
  );
}
