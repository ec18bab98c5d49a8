import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { ConflictFindingSummary, GraphNodeRef, RelationsGraph } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { EdgeTable } from './EdgeTable.tsx';
import { FindingList } from './FindingList.tsx';
import { GraphFilters } from './GraphFilters.tsx';
import { GraphLegend } from './GraphLegend.tsx';
import { GraphView } from './GraphView.tsx';
import { nodeKey, onlyPath, pathEdgeKeys, withPaths } from './graphModel.ts';
import {
  DEFAULT_DEPTH,
  EDGE_KINDS,
  type GraphParams,
  graphSearch,
  readGraphParams,
  stepShown,
} from './graphParams.ts';
import { nodePath } from './labels.ts';
import { useRelationsGraph } from './queries.ts';

/** Findings still standing: highlighted when none is picked. */
const ACTIVE = new Set(['open', 'in_case']);

/** The findings of the graph whose path passes through the centre (an organisation's page). */
const through = (graph: RelationsGraph, centre: GraphNodeRef) =>
  graph.findings.filter((f) =>
    f.path.some((s) => nodeKey(s.from) === nodeKey(centre) || nodeKey(s.to) === nodeKey(centre)),
  );

/**
 * The findings, the filters, the picture and the table of one network. Filters and the picked
 * finding live in the address; opening a node keeps the filters and re-centres on it.
 */
export function RelationsExplorer({
  centre: centreProp,
  centreName,
  findings,
}: {
  centre: GraphNodeRef;
  centreName: string;
  /** The person's findings; an organisation's come from the graph. */
  findings?: readonly ConflictFindingSummary[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  // One object per centre, whatever the page passes: the memos below (and the layout) key on it.
  const { type, id } = centreProp;
  const centre = useMemo(() => ({ type, id }), [type, id]);
  const params = readGraphParams(search);
  const graph = useRelationsGraph(centre, params);
  const graphHeading = useId();
  const n = 'relations.graph' as const;

  const setParams = useCallback(
    (changes: Partial<GraphParams>) => {
      const next = graphSearch({ ...readGraphParams(search), ...changes });
      setSearch(
        (current) => {
          const merged = new URLSearchParams(current);
          for (const [key, value] of Object.entries(next)) {
            if (value === null) merged.delete(key);
            else merged.set(key, value);
          }
          return merged;
        },
        { replace: true },
      );
    },
    [search, setSearch],
  );

  const listed = useMemo(
    () => findings ?? (graph.data ? through(graph.data, centre) : []),
    [findings, graph.data, centre],
  );
  const selected = listed.find((f) => f.id === params.finding);
  const highlighted = useMemo(
    () =>
      selected ? pathEdgeKeys([selected]) : pathEdgeKeys(listed.filter((f) => ACTIVE.has(f.state))),
    [selected, listed],
  );

  // Stable inputs for the memo below: the layout must not rerun on every render.
  const kindsKey = params.kinds.join(',');
  const { at, onlyPath: pathOnly } = params;
  const shown = useMemo(() => {
    if (!graph.data) return null;
    const kinds = kindsKey.split(',').filter(Boolean) as GraphParams['kinds'];
    const drawn = listed.filter((f) => ACTIVE.has(f.state) || f.id === selected?.id);
    const whole = withPaths(graph.data, drawn, (step) => stepShown(step, { kinds, at }));
    return pathOnly && selected ? onlyPath(whole, highlighted) : whole;
  }, [graph.data, listed, selected, highlighted, kindsKey, at, pathOnly]);

  // Opening a node keeps the filters but not the picked finding (it belongs to this page).
  const open = useCallback(
    (node: GraphNodeRef) => {
      const carry = graphSearch({ ...readGraphParams(search), finding: '', onlyPath: false });
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(carry)) if (value !== null) query.set(key, value);
      navigate(
        { pathname: nodePath(node), search: query.toString() },
        { state: { focusGraph: true } },
      );
    },
    [navigate, search],
  );
  const focusCentre = (location.state as { focusGraph?: boolean } | null)?.focusGraph === true;
  const filtered =
    params.kinds.length < EDGE_KINDS.length || params.at !== '' || params.depth !== DEFAULT_DEPTH;

  return (
    <Stack gap="xl">
      <FindingList
        findings={listed}
        selected={selected?.id ?? ''}
        onSelect={(id) => setParams({ finding: id, onlyPath: id ? params.onlyPath : false })}
      />
      <section aria-labelledby={graphHeading} data-relations-graph>
        <Title order={2} id={graphHeading} fz="h3" mb="xs">
          {t(`${n}.title`)}
        </Title>
        <Text size="sm" c="gray.7" mb="sm" className="akniet-reading">
          {t(`${n}.intro`)}
        </Text>
        <GraphFilters
          params={params}
          onChange={setParams}
          findingSelected={selected !== undefined}
        />
        <div className="akniet-graph-area">
          {params.kinds.length === 0 ? (
            <Text c="dimmed" data-empty="no-kinds">
              {t(`${n}.chooseKinds`)}
            </Text>
          ) : graph.isError ? (
            <ErrorAlert error={graph.error} onRetry={() => graph.refetch()} />
          ) : !shown ? (
            <Loading />
          ) : shown.edges.length === 0 ? (
            <Text c="dimmed" data-empty="no-relations">
              {filtered
                ? t(`${n}.emptyFiltered`, { name: centreName })
                : t(`${n}.empty`, { name: centreName })}
            </Text>
          ) : (
            <>
              {shown.truncated && (
                <Alert color="yellow" variant="light" mb="sm" data-truncated>
                  {t(`${n}.truncated`)}
                </Alert>
              )}
              {/* Beside each other only on wide screens: below that the picture needs the whole
                  width to keep its labels readable, and the table follows it. */}
              <Grid gap="lg">
                <Grid.Col span={{ base: 12, xl: 7 }}>
                  <GraphView
                    graph={shown}
                    highlighted={highlighted}
                    centreName={centreName}
                    onOpen={open}
                    focusCentre={focusCentre}
                  />
                  <Text size="xs" c="gray.7" mt={4}>
                    {t(`${n}.keyboardHint`)}
                  </Text>
                  <GraphLegend />
                </Grid.Col>
                <Grid.Col span={{ base: 12, xl: 5 }}>
                  <EdgeTable graph={shown} highlighted={highlighted} />
                </Grid.Col>
              </Grid>
            </>
          )}
        </div>
      </section>
    </Stack>
  );
}
