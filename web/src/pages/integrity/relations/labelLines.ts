/** Characters per line of a node's label (about 165 px at 12 px). */
export const LINE_LENGTH = 24;

/**
 * A node's name on at most two lines, broken between words. What does not fit is left out, whole
 * words at a time, and `cut` set (the picture adds an ellipsis; the full name is in the node's
 * accessible name and title).
 */
export function labelLines(name: string, max = LINE_LENGTH): { lines: string[]; cut: boolean } {
  const words = name.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max || !line) {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  // A first word longer than a line is broken inside it.
  const flat = lines.flatMap((l) =>
    l.length > max && lines.length === 1 ? [l.slice(0, max), l.slice(max)] : [l],
  );
  if (flat.length <= 2 && flat.every((l) => l.length <= max)) return { lines: flat, cut: false };
  // Cut between words: a cut word would no longer be part of the node's accessible name.
  const rest = flat.slice(1).join(' ').split(' ');
  let second = '';
  for (const word of rest) {
    const next = second ? `${second} ${word}` : word;
    if (next.length > max - 1) break;
    second = next;
  }
  return {
    lines: [(flat[0] ?? '').slice(0, max), second || (rest[0] ?? '').slice(0, max - 1)],
    cut: true,
  };
}
