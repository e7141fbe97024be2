/**
 * Undoes the "bold text printed twice" artefact of some newspaper PDFs:
 * 陈四清陈四清（（中中））到通江县到通江县 → 陈四清（中）到通江县.
 *
 * Chinese has legitimate reduplication (歇歇脚, 常常, 上上网), so a line is
 * only repaired when most of it consists of runs of three or more characters
 * immediately repeated; then single doubled characters are undone too.
 */
import { MappedBuilder, type Mapped } from '../text/mapped.js';

const MAX_RUN = 40;

function repeatAt(s: string, i: number, minLen: number): number {
  const max = Math.min(MAX_RUN, Math.floor((s.length - i) / 2));
  // Compares character codes in place: slicing here made this the hottest allocation of a build.
  outer: for (let len = max; len >= minLen; len--) {
    for (let k = 0; k < len; k++) if (s.charCodeAt(i + k) !== s.charCodeAt(i + len + k)) continue outer;
    return len;
  }
  return 0;
}

/** Share of the line's characters that lie in runs of ≥3 characters repeated at once. */
function doubledCoverage(s: string): number {
  let covered = 0;
  let i = 0;
  while (i < s.length) {
    const len = repeatAt(s, i, 3);
    if (len > 0) {
      covered += 2 * len;
      i += 2 * len;
    } else i++;
  }
  const nonSpace = s.replace(/\s/g, '').length;
  return nonSpace === 0 ? 0 : covered / nonSpace;
}

export function undoubleLine(line: Mapped): Mapped {
  const s = line.text;
  if (s.length < 8) return line;
  // Cheap rejection first: a line printed twice has a repeated run near its start.
  let early = false;
  for (let i = 0; i < Math.min(12, s.length) && !early; i++) early = repeatAt(s, i, 3) > 0;
  if (!early || doubledCoverage(s) < 0.6) return line;
  const out = new MappedBuilder();
  let i = 0;
  while (i < s.length) {
    const len = repeatAt(s, i, 1);
    const end = len > 0 ? i + len : i + 1;
    out.pushMapped(line, i, end);
    i = len > 0 ? i + 2 * len : i + 1;
  }
  return out.build(line.offsets[line.offsets.length - 1]!);
}
