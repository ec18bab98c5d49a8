import { isApiError } from '../../api/ApiError.ts';

/**
 * The inputs a refusal points at, as dotted paths ("heldOn", "agenda.ky", "criteria.meetingsHeld").
 * The server names them as schema paths ([{path: '/agenda/ky'}]) or as keys ({year: '...'}); its
 * wording is English, so a form marks the field and the alert shows the localized message.
 */
export function fieldsInError(error: unknown): Set<string> {
  const fields = new Set<string>();
  if (!isApiError(error) || error.code !== 'validation_failed' || !error.details) return fields;
  if (Array.isArray(error.details)) {
    for (const d of error.details) {
      const path = String((d as { path?: unknown }).path ?? '');
      if (path) fields.add(path.replace(/^\//, '').replaceAll('/', '.'));
    }
  } else {
    for (const key of Object.keys(error.details as object)) fields.add(key);
  }
  return fields;
}

/** Whether a field, or any part of it ("agenda" covers "agenda.ky"), was refused. */
export const refused = (fields: Set<string>, name: string) =>
  [...fields].some((f) => f === name || f.startsWith(`${name}.`));

/** A refusal because the record exists already (one evaluation per council and year). */
export const isDuplicate = (error: unknown) => isApiError(error) && error.code === 'conflict';
