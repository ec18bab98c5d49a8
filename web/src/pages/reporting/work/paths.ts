/**
 * Where the handlers' pages live. /work/reports/:id is taken by the Plan's measure reports, so
 * whistleblower reports have their own path.
 */
export const WORK_REPORTS_PATH = '/work/whistleblower-reports';
