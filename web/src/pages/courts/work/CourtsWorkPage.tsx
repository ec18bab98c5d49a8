import { Alert, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useCourt, useCourts } from '../queries.ts';
import { CasesList } from './CasesList.tsx';
import { JudgesManager } from './JudgesManager.tsx';
import { RegisterCaseForm } from './RegisterCaseForm.tsx';
import { RulesForm } from './RulesForm.tsx';

const TABS = ['register', 'cases', 'judges', 'rules'] as const;
type WorkTab = (typeof TABS)[number];
const isTab = (value: string | null): value is WorkTab => TABS.includes(value as WorkTab);

/**
 * The court administrator's desk: register cases (the system allocates them at once), follow
 * them, keep the judges' specialisations, loads and absences, and publish new rules. Nothing
 * here chooses a judge.
 */
export function CourtsWorkPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const courts = useCourts();
  const first = courts.data?.items[0]?.code;
  // Until the administrator picks one, the first court is shown.
  const code = params.get('court') ?? first ?? '';
  const tab: WorkTab = isTab(params.get('tab')) ? (params.get('tab') as WorkTab) : 'register';
  const court = useCourt(code || undefined);
  const w = 'courts.work' as const;

  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams();
        // Switching court or tab starts the lists afresh (no stale search or page).
        for (const key of ['court', 'tab']) {
          const value = key in changes ? changes[key] : current.get(key);
          if (value) next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t(`${w}.title`)}</PageTitle>
        <Text className="akniet-reading">{t(`${w}.intro`)}</Text>
      </div>
      <Alert
        color="blue"
        variant="light"
        styles={{ message: { color: 'var(--mantine-color-gray-9)' } }}
        data-no-judge-choice
      >
        {t(`${w}.noJudgeChoice`)}
      </Alert>
      {courts.isError && <ErrorAlert error={courts.error} onRetry={() => courts.refetch()} />}
      {courts.isPending && <Loading />}
      {courts.data && (
        <NativeSelect
          label={t(`${w}.court`)}
          value={code}
          onChange={(e) => set({ court: e.currentTarget.value })}
          data={courts.data.items.map((c) => ({
            value: c.code,
            label: localize(c.name, language),
          }))}
          w={{ base: '100%', sm: 420 }}
          data-court-select
        />
      )}
      {court.isError && <ErrorAlert error={court.error} onRetry={() => court.refetch()} />}
      {code && court.isPending && <Loading />}
      {court.data && (
        <Tabs
          value={tab}
          onChange={(value) => value && set({ tab: value })}
          keepMounted={false}
          data-court-tabs
        >
          <Tabs.List aria-label={t(`${w}.tabsLabel`)} mb="lg">
            {TABS.map((key) => (
              <Tabs.Tab key={key} value={key} fw={600} data-work-tab={key}>
                {t(`${w}.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="register">
            <RegisterCaseForm court={court.data} />
          </Tabs.Panel>
          <Tabs.Panel value="cases">
            <CasesList court={court.data} />
          </Tabs.Panel>
          <Tabs.Panel value="judges">
            <JudgesManager court={court.data} />
          </Tabs.Panel>
          <Tabs.Panel value="rules">
            <RulesForm court={court.data} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
