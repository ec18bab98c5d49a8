import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { OrganisationResults } from './OrganisationResults.tsx';
import { PeopleResults } from './PeopleResults.tsx';

const TABS = ['people', 'organisations'] as const;
type Tab = (typeof TABS)[number];
const asTab = (value: string | null): Tab =>
  value === 'organisations' ? 'organisations' : 'people';

/**
 * The investigators' way into the relations graph: find a person or an organisation, then open
 * the network around them. The tab is in the address, so the back button returns to it.
 */
export function RelationsSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = asTab(params.get('tab'));
  return (
    <Stack gap="md">
      <div>
        <PageTitle>{t('relations.search.title')}</PageTitle>
        <Text className="akniet-reading">{t('relations.search.intro')}</Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) => {
          // Each tab searches on its own: switching starts afresh.
          if (value && value !== tab) setParams(value === 'people' ? {} : { tab: value });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('relations.search.tabsLabel')} mb="md">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} fw={600} data-relations-tab={value}>
              {t(`relations.search.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="people">
          <PeopleResults />
        </Tabs.Panel>
        <Tabs.Panel value="organisations">
          <OrganisationResults />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
