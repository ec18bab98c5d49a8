import type { Db } from '../../../platform/db/client.ts';
import { notify } from '../../../platform/notifications/service.ts';

/**
 * In-app notices to the people who must act. They carry the public reference only: a notice is
 * stored in the clear, so nothing the reporter wrote goes into it.
 */
export function tellNewReport(
  db: Db,
  reportId: string,
  reference: string,
  userIds: readonly string[],
) {
  return notify(
    db,
    userIds.map((userId) => ({
      userId,
      kind: 'reporting.report.new',
      title: {
        ky: `Кезегиңизде жаңы билдирүү: ${reference}`,
        ru: `Новое сообщение в вашей очереди: ${reference}`,
        en: `New report in your queue: ${reference}`,
      },
      link: `/work/whistleblower-reports/${reportId}`,
      dedupeKey: `reporting.new:${reportId}:${userId}`,
    })),
  );
}

export function tellReporterWrote(
  db: Db,
  reportId: string,
  reference: string,
  userIds: readonly string[],
  messageId: string,
) {
  return notify(
    db,
    userIds.map((userId) => ({
      userId,
      kind: 'reporting.report.reply',
      title: {
        ky: `Билдирүүчү жооп жазды: ${reference}`,
        ru: `Заявитель ответил: ${reference}`,
        en: `The reporter wrote back: ${reference}`,
      },
      link: `/work/whistleblower-reports/${reportId}`,
      dedupeKey: `reporting.reply:${messageId}:${userId}`,
    })),
  );
}

export function tellProtectionRequested(
  db: Db,
  requestId: string,
  reference: string,
  deadline: string,
  userIds: readonly string[],
) {
  return notify(
    db,
    userIds.map((userId) => ({
      userId,
      kind: 'reporting.protection.requested',
      title: {
        ky: `Коргоо өтүнүчү (${reference}): ${deadline} чейин жооп бериңиз`,
        ru: `Запрос о защите (${reference}): ответить до ${deadline}`,
        en: `Protection request (${reference}): answer by ${deadline}`,
      },
      link: '/work/protection',
      dedupeKey: `reporting.protection:${requestId}:${userId}`,
    })),
  );
}

export function tellIdentityRequested(
  db: Db,
  requestId: string,
  reference: string,
  userIds: readonly string[],
) {
  return notify(
    db,
    userIds.map((userId) => ({
      userId,
      kind: 'reporting.identity.requested',
      title: {
        ky: `Инсандыкты ачуу суроо-талабы: ${reference}`,
        ru: `Запрос на раскрытие личности: ${reference}`,
        en: `Request to see a reporter's identity: ${reference}`,
      },
      link: '/work/identity-requests',
      dedupeKey: `reporting.identity:${requestId}:${userId}`,
    })),
  );
}
