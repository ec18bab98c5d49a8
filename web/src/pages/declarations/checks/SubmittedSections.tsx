import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubmittedContent } from '../../../api/types.ts';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import {
  CONTENT_SECTIONS,
  type ContentItem,
  type ContentSection,
  itemAnchor,
} from '../shared/findingRecords.ts';
import { type CellContext, SECTION_COLUMNS } from './sectionColumns.tsx';

/** The submitted declaration, read-only: one compact table per section that has items. */
export function SubmittedSections({ content }: { content: SubmittedContent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const context: CellContext = { t, language, content };
  const filled = CONTENT_SECTIONS.filter((s) => content[s].length > 0);
  const empty = CONTENT_SECTIONS.filter((s) => content[s].length === 0);
  return (
    <Stack gap="lg">
      {filled.map((section) => (
        <SectionTable key={section} section={section} content={content} context={context} />
      ))}
      {empty.length > 0 && (
        <Text size="sm" c="gray.7" data-empty-sections={empty.join(' ')}>
          {t('declarationChecks.declaration.nothingDeclared', {
            sections: empty.map((s) => t(`declarationChecks.sections.${s}`)).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}

function SectionTable<S extends ContentSection>({
  section,
  content,
  context,
}: {
  section: S;
  content: SubmittedContent;
  context: CellContext;
}) {
  const { t } = useTranslation();
  const columns = SECTION_COLUMNS[section](context);
  const items = content[section] as readonly ContentItem<S>[];
  const title = t(`declarationChecks.sections.${section}`);
  return (
    <section data-section={section}>
      <Title order={3} fz="lg" mb="xs">
        {title}
      </Title>
      <TableScroll label={title}>
        <Table
          className="akniet-content-table"
          striped
          withTableBorder
          verticalSpacing={6}
          fz="sm"
          miw={columns.length > 5 ? 880 : 560}
        >
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key}>{c.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr
                key={item.id}
                id={itemAnchor(section, item.id)}
                // Reachable from a finding's link, so that keyboard users land on the row.
                tabIndex={-1}
                data-item={`${section}:${item.id}`}
              >
                {columns.map((c) => (
                  <Table.Td key={c.key}>{c.cell(item)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}
