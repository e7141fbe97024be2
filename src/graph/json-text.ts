/**
 * Parses the text of a graph file as JSON and, when it is not JSON, says
 * where without quoting it: the file may be anything (a secret a symlink
 * points at, binary bytes that upset a terminal), and the message goes to a
 * terminal or to the viewer's page.
 */
export type JsonText = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, reason: whereInvalid(text, err instanceof Error ? err.message : '') };
  }
}

function whereInvalid(text: string, message: string): string {
  if (text.trim() === '') return 'the file is empty';
  if (/end of JSON input/i.test(message)) return 'it ends too early (cut short?)';
  const at = /position (\d+)/.exec(message);
  if (at) {
    const offset = Number(at[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `unexpected content at line ${line}, column ${column}`;
  }
  return /^\s*[[{]/.test(text) ? 'unexpected content inside it' : 'it does not start with { or [';
}
