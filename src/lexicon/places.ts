/**
 * Places (dict/places.tsv and `# list: places` user files): provinces and
 * their prefecture-level cities by short name, so that a unit named after a
 * city can be placed under the city's and the province's branches.
 */
import { DictionaryError, readLines } from './read.js';

export interface Places {
  provinces: Set<string>;
  /** City (short form) → province (short form). */
  provinceOfCity: Map<string, string>;
}

export function emptyPlaces(): Places {
  return { provinces: new Set(), provinceOfCity: new Map() };
}

/** Reads `province<TAB>city city …` lines into `into`; a city keeps the first province it was given. */
export function readPlaces(file: string, into: Places): void {
  for (const { text, line } of readLines(file)) {
    const [province, cities = '', ...extra] = text.split('\t');
    if (!province?.trim() || extra.length) throw new DictionaryError(file, line, `expected "province<TAB>city city …", got "${text}"`);
    into.provinces.add(province.trim());
    for (const c of cities.split(/\s+/).filter(Boolean)) if (!into.provinceOfCity.has(c)) into.provinceOfCity.set(c, province.trim());
  }
}
