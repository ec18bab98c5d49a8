import type { Db } from '../../../platform/db/client.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { notify } from '../../../platform/notifications/service.ts';

/**
 * In-app notices to the people who must act. They carry the public reference only: a notice is
 * stored in the clear, so nothing the reporter wrote goes into it.
 */
function tell(
  db: Db,
  userIds: readonly string[],
  notice: { kind: string; title: LocalizedText; link: string; dedupe: string },
) {
  return notify(
    db,
    userIds.map((userId) => ({
      userId,
      kind: notice.kind,
      title: notice.title,
      link: notice.link,
      dedupeKey: `${notice.dedupe}:${userId}`,
    })),
  );
}

export const tellNewReport = (
  db: Db,
  reportId: string,
  reference: string,
  userIds: readonly string[],
) =>
  tell(db, userIds, {
    kind: 'reporting.report.new',
    title: {
      ky: `Кезегиңизде жаңы билдирүү: ${reference}`,
      ru: `Новое сообщение в вашей очереди: ${reference}`,
      en: `New report in your queue: ${reference}`,
    },
    link: `/work/whistleblower-reports/${reportId}`,
    dedupe: `reporting.new:${reportId}`,
  });

export const tellReporterWrote = (
  db: Db,
  reportId: string,
  reference: string,
  userIds: readonly string[],
  messageId: string,
) =>
  tell(db, userIds, {
    kind: 'reporting.report.reply',
    title: {
      ky: `Билдирүүчү жооп жазды: ${reference}`,
      ru: `Заявитель ответил: ${reference}`,
      en: `The reporter wrote back: ${reference}`,
    },
    link: `/work/whistleblower-reports/${reportId}`,
    dedupe: `reporting.reply:${messageId}`,
  });

export const tellProtectionRequested = (
  db: Db,
  requestId: string,
  reference: string,
  deadline: string,
  userIds: readonly string[],
) =>
  tell(db, userIds, {
    kind: 'reporting.protection.requested',
    title: {
      ky: `Коргоо өтүнүчү (${reference}): ${deadline} чейин жооп бериңиз`,
      ru: `Запрос о защите (${reference}): ответить до ${deadline}`,
      en: `Protection request (${reference}): answer by ${deadline}`,
    },
    link: '/work/protection',
    dedupe: `reporting.protection:${requestId}`,
  });

export const tellIdentityRequested = (
  db: Db,
  requestId: string,
  reference: string,
  userIds: readonly string[],
) =>
  tell(db, userIds, {
    kind: 'reporting.identity.requested',
    title: {
      ky: `Инсандыкты ачуу суроо-талабы: ${reference}`,
      ru: `Запрос на раскрытие личности: ${reference}`,
      en: `Request to see a reporter's identity: ${reference}`,
    },
    link: '/work/identity-requests',
    dedupe: `reporting.identity:${requestId}`,
  });
