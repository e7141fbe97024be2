/**
 * Chinese personal names: "looks like a full name" is a known surname
 * (dict/surnames.txt) plus one or two given-name characters. Used by
 * bylines and by person extraction, from the same list, so both agree.
 */
export interface Names {
  /** Length of the surname at the start of `s` (0 when it does not start with one). */
  surnameLength(s: string): number;
  /** A full personal name: a known surname plus one or two given-name characters. */
  looksLikeFullName(s: string): boolean;
  /** `s` starts with a common surname: a compound one, or one of the first COMMON_SURNAMES single ones. */
  commonSurname(s: string): boolean;
}

/**
 * How many of the single surnames, in the list's order of frequency, count as common: they cover
 * nearly every name in the news, while the rarer ones (於, 信, 由) start ordinary words as often as names.
 */
export const COMMON_SURNAMES = 150;

const HAN = /^[\u4e00-\u9fff]+$/;

export function createNames(surnames: readonly string[]): Names {
  // Sets, not lists: extraction asks this for many tokens of every sentence.
  const compound = new Set(surnames.filter((s) => s.length === 2));
  const singles = new Set(surnames.filter((s) => s.length === 1));
  const common = new Set(surnames.filter((s) => s.length === 1).slice(0, COMMON_SURNAMES));
  const surnameLength = (s: string): number => {
    if (s.length >= 2 && compound.has(s.slice(0, 2))) return 2;
    return singles.has(s[0] ?? '') ? 1 : 0;
  };
  return {
    surnameLength,
    looksLikeFullName(s) {
      if (!HAN.test(s)) return false;
      const sl = surnameLength(s);
      return sl > 0 && s.length - sl >= 1 && s.length - sl <= 2;
    },
    commonSurname(s) {
      return surnameLength(s) === 2 || common.has(s[0] ?? '');
    },
  };
}
