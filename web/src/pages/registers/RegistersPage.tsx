import './registers.css';
import { Stack, Tabs, Text } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { BudgetSection } from './budget/BudgetSection.tsx';
import { CouncilsSection } from './councils/CouncilsSection.tsx';
import { MeetingsSection } from './meetings/MeetingsSection.tsx';
import { REGISTERS, type RegisterSlug, registerOf, registerPath } from './registers.ts';
import { TimelinessSection } from './timeliness/TimelinessSection.tsx';

const SECTIONS: Record<RegisterSlug, ComponentType> = {
  'council-meetings': MeetingsSection,
  'public-councils': CouncilsSection,
  'reporting-timeliness': TimelinessSection,
  budget: BudgetSection,
};

/**
 * The four registers the Plan names, one tab each with its own address
 * (/strategy/registers/budget): public to read, kept by the coordinator's working group.
 */
export function RegistersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register: slug } = useParams();
  const current = registerOf(slug);
  if (!current) return <NotFoundPage />;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('registers.title')}</PageTitle>
        <Text className="akniet-reading" fz={{ base: 'md', sm: 'lg' }} lh={1.6}>
          {t('registers.intro')}
        </Text>
      </div>
      <Tabs
        value={current.slug}
        onChange={(value) => {
          if (value && value !== current.slug) navigate(registerPath(value as RegisterSlug));
        }}
        keepMounted={false}
        data-registers-tabs
      >
        <Tabs.List aria-label={t('registers.tabsLabel')} mb="lg">
          {REGISTERS.map((r) => (
            <Tabs.Tab key={r.slug} value={r.slug} fw={600} data-register-tab={r.slug}>
              {t(`registers.tabs.${r.tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {REGISTERS.map((r) => {
          const Section = SECTIONS[r.slug];
          return (
            <Tabs.Panel key={r.slug} value={r.slug} data-register-panel={r.slug}>
              <Section />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
