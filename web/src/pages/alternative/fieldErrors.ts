import { isApiError } from '../../api/ApiError.ts';

export type FormField = 'organisation' | 'target' | 'assessment' | 'text' | 'evidenceUrl';

const FIELD_OF: Record<string, FormField> = {
  organisationId: 'organisation',
  itemNumber: 'target',
  measureId: 'target',
  assessment: 'assessment',
  text: 'text',
  evidenceUrl: 'evidenceUrl',
};

/**
 * The form fields a refused filing points at. The server names them in its error details, either
 * as schema paths ([{path: '/evidenceUrl'}]) or as keys ({itemNumber: '...'}); its wording is
 * English, so the form marks the field and the alert shows the server's localized message.
 */
export function fieldsInError(error: unknown): Set<FormField> {
  const fields = new Set<FormField>();
  if (!isApiError(error) || !error.details) return fields;
  const names = Array.isArray(error.details)
    ? error.details.map((d) => String((d as { path?: unknown }).path ?? '').split('/')[1] ?? '')
    : Object.keys(error.details as object);
  for (const name of names) {
    const field = FIELD_OF[name];
    if (field) fields.add(field);
  }
  return fields;
}
