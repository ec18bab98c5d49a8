import './procurement.css';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { TenderDetail } from '../../api/types.ts';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { CIVIC_MONITORS, CONCERN_ANSWERERS, mayOpen } from '../../navigation.ts';
import { useSession } from '../../session/useSession.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { RemarkCard } from './RemarkCard.tsx';
import { RemarkForm } from './RemarkForm.tsx';

/**
 * Civic monitoring of a tender: every comment and concern with the buyer's answers; a registered
 * citizen's form; and for the buyer's own officers an answer form under each open concern.
 */
export function TenderRemarks({ tender }: { tender: TenderDetail }) {
  const { t } = useTranslation();
  const { user, roles } = useSession();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(null);
  const r = 'procurement.remarks' as const;
  const citizen = mayOpen(CIVIC_MONITORS, roles);
  // The server decides too (403 not_the_buyer); the form is offered to the buyer's agency only.
  const answers =
    user !== null &&
    mayOpen(CONCERN_ANSWERERS, roles) &&
    tender.buyerAgencyId !== null &&
    user.agencyId === tender.buyerAgencyId;
  return (
    <section aria-labelledby="tender-remarks" data-tender-remarks>
      <Title order={2} fz="lg" id="tender-remarks" mb="xs">
        {t(`${r}.title`)}
      </Title>
      <Text size="sm" className="akniet-reading" mb="sm">
        {t(`${r}.intro`)}
      </Text>
      <Stack gap="md">
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        {tender.remarks.length === 0 ? (
          <Text c="dimmed" data-no-remarks>
            {t(`${r}.none`)}
          </Text>
        ) : (
          <Stack
            gap="sm"
            component="ol"
            className="akniet-plain-list"
            aria-label={t(`${r}.listLabel`)}
          >
            {tender.remarks.map((remark) => (
              <li key={remark.id}>
                <RemarkCard remark={remark}>
                  {answers && remark.kind === 'concern' && remark.answer === null && (
                    <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
                      <AnswerForm
                        remarkId={remark.id}
                        onAnswered={() => setNotice(t(`${r}.answered`))}
                      />
                    </div>
                  )}
                </RemarkCard>
              </li>
            ))}
          </Stack>
        )}
        {citizen ? (
          <RemarkForm
            ocid={tender.ocid}
            onSent={(kind) =>
              setNotice(kind === 'concern' ? t(`${r}.sentConcern`) : t(`${r}.sentComment`))
            }
          />
        ) : user === null ? (
          <Text size="sm" data-sign-in-to-remark>
            {t(`${r}.signInToTake`)}{' '}
            <Anchor component={Link} to="/login" state={{ from: location.pathname }} size="sm">
              {t(`${r}.signIn`)}
            </Anchor>
          </Text>
        ) : (
          <Text size="sm" c="gray.7">
            {t(`${r}.onlyCitizens`)}
          </Text>
        )}
      </Stack>
    </section>
  );
}
