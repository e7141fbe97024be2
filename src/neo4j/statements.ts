/**
 * Reading Cypher files: splitting a file into statements, removing comments,
 * reading a query file's header and finding the `$parameters` a statement
 * uses. A small scanner rather than regular expressions, so that `//`, `;`
 * and `$` inside strings and backquoted names are left alone.
 */

interface Scan {
  /** The text with comments replaced by spaces (same length, same offsets). */
  code: string;
  /** Offsets of `;` that end statements (outside strings and comments). */
  semicolons: number[];
  /** Parameter names used as `$name` or `$`name``. */
  parameters: string[];
}

function scan(text: string): Scan {
  let code = '';
  const semicolons: number[] = [];
  const parameters: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      code += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      code += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c !== '`' ? 2 : 1;
      code += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '$') {
      const match = /^\$(?:`([^`]+)`|([\p{L}_][\p{L}\p{N}_]*))/u.exec(text.slice(i, i + 200));
      if (match) {
        const name = (match[1] ?? match[2]) as string;
        if (!parameters.includes(name)) parameters.push(name);
        code += match[0];
        i += match[0].length;
      } else {
        code += c;
        i += 1;
      }
    } else {
      if (c === ';') semicolons.push(i);
      code += c;
      i += 1;
    }
  }
  return { code, semicolons, parameters };
}

/** The statements of a Cypher file, comments removed, empty ones dropped. */
export function splitStatements(text: string): string[] {
  const { code, semicolons } = scan(text);
  const out: string[] = [];
  let start = 0;
  for (const end of [...semicolons, code.length]) {
    const statement = code.slice(start, end).trim();
    if (statement !== '') out.push(statement);
    start = end + 1;
  }
  return out;
}

/** Parameter names a statement refers to, in order of first use. */
export function parametersOf(statement: string): string[] {
  return scan(statement).parameters;
}

export interface QueryHeader {
  /** The header comment's text, without the `//` markers. */
  description: string;
  /** Parameters declared on `// Params:` lines, e.g. `// Params: $programme  the programme's name`. */
  params: Array<{ name: string; description: string }>;
}

/** Reads the leading `//` comment block of a query file. */
export function readHeader(text: string): QueryHeader {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('//')) {
      if (t === '') continue;
      break;
    }
    lines.push(t.replace(/^\/\/\s?/, ''));
  }
  const params: QueryHeader['params'] = [];
  for (const line of lines) {
    const m = /^\s*(?:Params?:)?\s*\$([\p{L}_][\p{L}\p{N}_]*)\s*(.*)$/u.exec(line);
    if (m) params.push({ name: m[1] as string, description: (m[2] as string).replace(/^[-–—:]\s*/, '').trim() });
  }
  return { description: lines.join('\n').trim(), params };
}
