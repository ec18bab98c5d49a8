import { eq } from 'drizzle-orm';
import { loadConfig } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/client.ts';
import { seededRandom } from '../../../platform/demo-random.ts';
import { REPORT_CATEGORIES } from '../config/categories.ts';
import { reportingSecrets } from '../crypto/installation-secret.ts';
import { demoReceipt } from '../crypto/receipt.ts';
import { submitReport } from '../intake/submit.ts';
import { agencyIdByCode } from '../read/bodies.ts';
import { reports } from '../schema.ts';

/**
 * Synthetic demo reports, made through the real intake (encrypted, sealed for the demo
 * handlers), then aged and moved along so that queues and statistics have something to show.
 * Every title says it is synthetic. The first one's receipt is derived from the installation's
 * secret so the start banner can print it (see demoReportReceipt).
 */
const SYNTHETIC = '[СИНТЕТИКАЛЫК ДЕМО]';
const SUBJECTS = [
  'Паспорт бөлүмүндө кошумча акча талап кылынды',
  'Мектепке кабыл алууда «демөөрчүлүк жардам» суралды',
  'Курулушка уруксат берүү үчүн пара сунушталды',
  'Тендер бир гана катышуучуга ылайыкталып жарыяланды',
  'Бюджеттик унааны жеке максатта пайдалануу',
  'Ооруканада кезексиз кабыл алуу үчүн акча алынууда',
];

export const demoReportReceipt = (dataDir = loadConfig().dataDir) =>
  demoReceipt(reportingSecrets(dataDir).demoReceiptSeed);

export async function seedDemoReports(db: Db): Promise<string[]> {
  const existing = await db.$count(reports, eq(reports.synthetic, true));
  if (existing > 0) return [];
  const secrets = reportingSecrets(loadConfig().dataDir);
  const justice = await agencyIdByCode(db, 'ministry-of-justice');
  const random = seededRandom(1208);
  const categories = REPORT_CATEGORIES.filter((c) => c.body !== 'agency');
  const made: string[] = [];
  // Five per category, so that the public statistics show counts and not only withheld cells.
  const count = categories.length * 5 + 2;
  for (let i = 0; i < count; i++) {
    const category =
      i < count - 2
        ? categories[i % categories.length]!
        : REPORT_CATEGORIES.find((c) => c.body === 'agency')!;
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const done = await submitReport(db, {
      content: {
        category: category.code,
        ...(category.body === 'agency' && justice ? { agencyId: justice } : {}),
        title: `${SYNTHETIC} ${subject}`,
        text: `${SYNTHETIC} Бул билдирүү демонстрация үчүн ойлоп табылган; чыныгы адамдарга же окуяларга тиешеси жок. ${subject}.`,
      },
      files: [],
      receiptSalt: secrets.receiptSalt,
      ...(i === 0 ? { receipt: demoReceipt(secrets.demoReceiptSeed) } : {}),
    });
    const submittedAt = new Date(Date.now() - random.int(3, 200) * 86_400_000);
    const responded = i !== 0 && random.chance(0.8);
    const closed = i !== 0 && responded && random.chance(0.5);
    await db
      .update(reports)
      .set({
        synthetic: true,
        submittedAt,
        firstResponseAt: responded
          ? new Date(submittedAt.getTime() + random.int(4, 240) * 3_600_000)
          : null,
        status: closed ? 'closed' : responded ? 'in_progress' : 'new',
        outcome: closed
          ? random.pick([
              'substantiated',
              'partly_substantiated',
              'not_substantiated',
              'referred',
            ] as const)
          : null,
        closedAt: closed ? new Date(submittedAt.getTime() + 30 * 86_400_000) : null,
        expiresAt: closed
          ? new Date(submittedAt.getTime() + (30 + category.retentionDays) * 86_400_000)
          : null,
        awaitingHandler: !responded,
      })
      .where(eq(reports.id, done.reportId));
    made.push(done.reference);
  }
  return [`synthetic whistleblower reports: ${made.length}`];
}
