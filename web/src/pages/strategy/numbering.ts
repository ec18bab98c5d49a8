/**
 * The Plan's texts often repeat their own number ("1. ...") where the page already shows it as a
 * heading or code; this drops that leading number, and only when it is the expected one.
 */
export function withoutOwnNumber(text: string, number: number | string): string {
  const prefix = new RegExp(`^\\s*${String(number).replace('.', '\\.')}\\.\\s+`);
  return text.replace(prefix, '');
}

/** The position of an indicator inside its activity: "2.1.3" -> "3". */
export function lastSegment(code: string): string {
  return code.slice(code.lastIndexOf('.') + 1);
}
