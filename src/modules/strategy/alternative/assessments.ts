/**
 * What an organisation may say of a Plan item or a measure. A plain constant with no server code,
 * so the web app imports the same list.
 */
export const ASSESSMENTS = ['not_done', 'partly_done', 'done', 'cannot_assess'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];
