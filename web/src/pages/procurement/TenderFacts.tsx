import '../declarations/form/form.css';
import { Anchor, Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tenderOcdsUrl } from '../../api/endpoints.ts';
import type { DatePeriod, TenderDetail } from '../../api/types.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { buyerPath, mainCategoryText, methodText, statusText } from './terms.ts';

/**
 * The tender's key facts as published: buyer, method and its ground, status, value, bidders,
 * dates, and the OCDS release itself to download.
 */
export function TenderFacts({ tender }: { tender: TenderDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'procurement.tender' as const;
  const none = t('common.none');
  const period = (p: DatePeriod | null) =>
    p && (p.start || p.end)
      ? t(`${n}.period`, {
          start: p.start ? formatDateTime(p.start, language) : '…',
          end: p.end ? formatDateTime(p.end, language) : '…',
        })
      : none;
  const entity = tender.procuringEntity;
  // The procuring entity is named only when it is not the buyer itself.
  const otherEntity = entity?.id && entity.id !== tender.buyer?.id ? entity : null;
  const category = mainCategoryText(t, tender.mainProcurementCategory);
  return (
    <Card withBorder padding="md" data-tender-facts>
      <dl className="akniet-declaration-facts">
        <dt>{t(`${n}.ocid`)}</dt>
        <dd data-ocid>{tender.ocid}</dd>
        <dt>{t(`${n}.buyer`)}</dt>
        <dd data-buyer>
          {tender.buyer ? (
            <Anchor component={Link} to={buyerPath(tender.buyer.id)} size="sm">
              {tender.buyer.name ?? tender.buyer.id}
            </Anchor>
          ) : (
            none
          )}
        </dd>
        {otherEntity && (
          <>
            <dt>{t(`${n}.procuringEntity`)}</dt>
            <dd>{otherEntity.name ?? otherEntity.id}</dd>
          </>
        )}
        <dt>{t(`${n}.region`)}</dt>
        <dd>{tender.region ?? none}</dd>
        <dt>{t(`${n}.method`)}</dt>
        <dd data-method>{methodText(t, tender.method, tender.methodDetails)}</dd>
        {tender.methodRationale && (
          <>
            <dt>{t(`${n}.methodRationale`)}</dt>
            <dd>{tender.methodRationale}</dd>
          </>
        )}
        {category && (
          <>
            <dt>{t(`${n}.category`)}</dt>
            <dd>{category}</dd>
          </>
        )}
        {tender.classification && (
          <>
            <dt>{t(`${n}.classification`)}</dt>
            <dd>{tender.classification}</dd>
          </>
        )}
        <dt>{t(`${n}.status`)}</dt>
        <dd>{statusText(t, tender.status)}</dd>
        <dt>{t(`${n}.value`)}</dt>
        <dd data-value>{tender.value ? formatMoney(tender.value, language) : none}</dd>
        <dt>{t(`${n}.bidders`)}</dt>
        <dd data-bidders={tender.bidders ?? ''}>{tender.bidders ?? none}</dd>
        <dt>{t(`${n}.publishedAt`)}</dt>
        <dd>{tender.publishedAt ? formatDate(tender.publishedAt, language) : none}</dd>
        <dt>{t(`${n}.tenderPeriod`)}</dt>
        <dd>{period(tender.tenderPeriod)}</dd>
        <dt>{t(`${n}.awardPeriod`)}</dt>
        <dd>{period(tender.awardPeriod)}</dd>
        {tender.releasedAt && (
          <>
            <dt>{t(`${n}.releasedAt`)}</dt>
            <dd>{formatDateTime(tender.releasedAt, language)}</dd>
          </>
        )}
      </dl>
      <Anchor
        href={tenderOcdsUrl(tender.ocid)}
        download={`${tender.ocid}.json`}
        size="sm"
        mt="sm"
        display="inline-block"
        data-ocds-download
      >
        {t(`${n}.download`)}
      </Anchor>
    </Card>
  );
}
