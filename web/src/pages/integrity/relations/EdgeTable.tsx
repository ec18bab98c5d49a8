import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GraphNode, GraphNodeRef, RelationsGraph } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { edgeKey, nodeKey } from './graphModel.ts';
import { edgeLongLabel, nodePath, sourceText } from './labels.ts';

/**
 * The graph's edges in words: the picture's equal for screen readers and narrow screens. The
 * finding's path comes first, then by the first party's name.
 */
export function EdgeTable({
  graph,
  highlighted,
}: {
  graph: RelationsGraph;
  highlighted: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = new Map(graph.nodes.map((node) => [nodeKey(node), node]));
  const n = 'relations.edges' as const;
  const rows = graph.edges
    .map((edge) => ({
      edge,
      key: edgeKey(edge),
      onPath: highlighted.has(edgeKey(edge)),
      from: names.get(nodeKey(edge.from)),
      to: names.get(nodeKey(edge.to)),
    }))
    .sort(
      (a, b) =>
        Number(b.onPath) - Number(a.onPath) ||
        (a.from?.name ?? '').localeCompare(b.from?.name ?? '') ||
        (a.to?.name ?? '').localeCompare(b.to?.name ?? ''),
    );

  const party = (node: GraphNode | undefined, ref: GraphNodeRef) =>
    node ? (
      <Anchor component={Link} to={nodePath(ref)} size="sm">
        {node.name}
      </Anchor>
    ) : (
      t('common.none')
    );

  return (
    <TableScroll label={t(`${n}.title`)}>
      <Table striped verticalSpacing="xs" miw={560} data-edge-table>
        <Table.Caption>{t(`${n}.caption`)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${n}.from`)}</Table.Th>
            <Table.Th>{t(`${n}.relation`)}</Table.Th>
            <Table.Th>{t(`${n}.to`)}</Table.Th>
            <Table.Th>{t(`${n}.source`)}</Table.Th>
            <Table.Th>{t(`${n}.valid`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ edge, key, onPath, from, to }) => (
            <Table.Tr
              key={key}
              data-edge-row={key}
              data-edge-kind={edge.kind}
              data-on-path={onPath || undefined}
            >
              <Table.Td>{party(from, edge.from)}</Table.Td>
              <Table.Td miw={150}>
                <Text size="sm" fw={onPath ? 700 : 400}>
                  {edgeLongLabel(t, edge, language, { date: false })}
                </Text>
                {onPath && <Tag color="red">{t(`${n}.onPath`)}</Tag>}
              </Table.Td>
              <Table.Td>{party(to, edge.to)}</Table.Td>
              <Table.Td miw={140}>
                <Text size="xs">{sourceText(t, edge.source, edge.sourceRef)}</Text>
              </Table.Td>
              <Table.Td miw={110}>
                {edge.edge === 'dealing' ? (
                  <Text size="xs">
                    {edge.date ? formatDate(edge.date, language) : t('common.none')}
                  </Text>
                ) : (
                  <ValidDates from={edge.validFrom} until={edge.validUntil} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function ValidDates({ from, until }: { from?: string | null; until?: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!from && !until) return <Text size="xs">{t('relations.edges.always')}</Text>;
  return (
    <Text size="xs">
      {from ? t('relations.edges.since', { date: formatDate(from, language) }) : ''}
      {from && until ? <br /> : null}
      {until ? t('relations.edges.until', { date: formatDate(until, language) }) : ''}
    </Text>
  );
}
