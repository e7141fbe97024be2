/**
 * Merging file graphs into the corpus graph, then the passes that need the
 * whole corpus: a branch named only by a short form in its file joins the
 * unique full name of the same bank found elsewhere, and units are placed
 * under the branches of their city and province (工行沈阳向工街支行 →
 * 工行沈阳分行 → 中国工商银行辽宁省分行) when those branches are in the text.
 */
import { pushTo } from '../base/collections.js';
import { edgeKey, nodeKey } from '../graph/keys.js';
import { createGraph, type GuanxiGraph } from '../graph/model.js';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../graph/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { locatedInBranchName, partOfArticleProvinceBranch, partOfCityBranch, partOfNameChain, partOfProvinceBranch, placeInBranchName } from '../extract/resolution-rules.js';
import { MAX_EVIDENCE, type FileGraph } from './file/index.js';
import { comparableTitle, isShortFormOf, unitSuffixRun, withoutConferrer } from './names.js';

interface BranchMeta {
  bank: string;
  core: string;
  anchored: boolean;
}

export class GraphMerger {
  readonly graph: GuanxiGraph = createGraph();
  private readonly branches = new Map<string, BranchMeta>();
  /** Facts found per rule over all files (see FileGraph.found). */
  readonly found: Record<string, number> = {};
  /** Files read as Traditional (FileGraph.traditional), as their evidence names them. */
  readonly traditionalFiles = new Set<string>();

  constructor(private readonly lex: Lexicon) {}

  add(fg: FileGraph): void {
    const g = this.graph;
    for (const [rule, n] of Object.entries(fg.found)) this.found[rule] = (this.found[rule] ?? 0) + n;
    if (fg.traditional) this.traditionalFiles.add(fg.file);
    g.updateAttribute('articles', (n) => (n ?? 0) + fg.articles);
    g.updateAttribute('files', (f) => {
      // In place: a copy per file is quadratic in the number of files.
      const files = f ?? [];
      files.push(fg.file);
      return files;
    });
    for (const n of fg.nodes) {
      if (!g.hasNode(n.key)) {
        const attrs: NodeAttributes = { id: n.key, type: n.type, name: n.name, aliases: [], confidence: n.confidence, rule: n.rule, evidence: [], mentions: 0 };
        if (n.bank) attrs.bank = n.bank;
        if (n.title !== undefined) attrs.title = n.title;
        if (n.file !== undefined) attrs.file = n.file;
        if (n.index !== undefined) attrs.index = n.index;
        if (n.date !== undefined) attrs.date = n.date;
        g.addNode(n.key, attrs);
      }
      mergeInto(g.getNodeAttributes(n.key), n);
      if (n.type === 'Branch' && n.core !== undefined) {
        const meta = this.branches.get(n.key);
        this.branches.set(n.key, { bank: n.bank ?? '', core: n.core, anchored: (meta?.anchored ?? false) || !!n.anchored });
      }
    }
    for (const e of fg.edges) this.addEdge(e.key, e.source, e.target, e);
  }

  private addEdge(key: string, source: string, target: string, e: Omit<EdgeAttributes, 'evidence'> & { evidence: Evidence[] }): void {
    const g = this.graph;
    if (!g.hasEdge(key)) {
      const attrs: EdgeAttributes = { type: e.type, confidence: e.confidence, rule: e.rule, evidence: [] };
      g.addEdgeWithKey(key, source, target, attrs);
    }
    const a = g.getEdgeAttributes(key);
    for (const ev of e.evidence) if (a.evidence.length < MAX_EVIDENCE && !a.evidence.some((x) => x.file === ev.file && x.start === ev.start && x.rule === ev.rule)) a.evidence.push(ev);
    if (e.confidence > a.confidence) {
      a.confidence = e.confidence;
      a.rule = e.rule;
    }
    if (e.role && !a.role) a.role = e.role;
    if (e.conferrer && !a.conferrer) a.conferrer = e.conferrer;
    if (e.year && !a.year) a.year = e.year;
  }

  /** Runs the corpus-wide passes and returns the graph. */
  finish(): GuanxiGraph {
    this.mergeShortForms();
    this.mergeHonourForms();
    this.placeHierarchy();
    return this.graph;
  }

  /**
   * One honour named in two articles, in one by its full name and in the other by a form the full name is also
   * called where it stands (青年文明号集体 with 青年文明号 / 青年文明号): one node, as a reader takes them. Only where
   * that form is a form of one honour alone (先进集体 as a form of two honours joins neither).
   */
  private mergeHonourForms(): void {
    const g = this.graph;
    // (Two honours of one name under two keys, as when a file names one honour at its levels: one node.)
    const byName = new Map<string, string>();
    for (const k of g.filterNodes((_, a) => a.type === 'Honour')) {
      const same = byName.get(g.getNodeAttribute(k, 'name'));
      if (same) this.mergeNode(k, same);
      else byName.set(g.getNodeAttribute(k, 'name'), k);
    }
    this.mergeByOwnForm('Honour');
    this.mergeByOwnForm('Programme');
  }

  /**
   * A node of `type` named in one article by a form that one other node of that type is also called (its alias
   * there) joins that node. A form that is an alias of several nodes joins the one of them whose own name compares
   * equal to it (comparableTitle: 青年文明号 with 青年文明号集体, not with 某省青年文明号), and none when that is not
   * exactly one. A name with the body that confers it in front (共青团某市委员会青年文明号) is looked up without it, among
   * the other nodes' own names as well.
   */
  private mergeByOwnForm(type: 'Honour' | 'Programme'): void {
    const g = this.graph;
    const nodes = g.filterNodes((_, a) => a.type === type);
    const holders = new Map<string, string[]>();
    const owners = new Map<string, string[]>();
    for (const k of nodes) {
      for (const a of g.getNodeAttribute(k, 'aliases')) pushTo(holders, a, k);
      pushTo(owners, g.getNodeAttribute(k, 'name'), k);
    }
    // Each node is looked up, and compared, by the name it had before the pass: one another has joined may since go
    // by the other's, fuller name.
    const ownName = new Map(nodes.map((k) => [k, g.getNodeAttribute(k, 'name')]));
    const unique = (k: string, form: string, cands: string[]): string | undefined => {
      let into = [...new Set(cands)].filter((o) => o !== k && g.hasNode(o));
      if (into.length > 1) into = into.filter((o) => comparableTitle(ownName.get(o)!) === comparableTitle(form));
      return into.length === 1 ? into[0] : undefined;
    };
    for (const k of nodes) {
      const name = ownName.get(k)!;
      const into = g.hasNode(k) ? unique(k, name, holders.get(name) ?? []) : undefined;
      if (into) this.mergeNode(k, into);
    }
    // Then, with the bare forms joined where they go, the names with a conferring body in front.
    if (type !== 'Honour') return;
    for (const k of nodes) {
      const bare = withoutConferrer(ownName.get(k)!);
      const into = g.hasNode(k) && bare !== ownName.get(k) ? unique(k, bare, [...(owners.get(bare) ?? []), ...(holders.get(bare) ?? [])]) : undefined;
      if (into) this.mergeNode(k, into);
    }
  }

  /** A branch only ever named by a short form joins the unique full name of its bank elsewhere. */
  private mergeShortForms(): void {
    for (const [key, meta] of [...this.branches]) {
      if (meta.anchored || !this.graph.hasNode(key)) continue;
      const candidates = [...this.branches].filter(([k, m]) => k !== key && m.bank === meta.bank && this.graph.hasNode(k) && isShortFormOf(meta.core, m.core, unitSuffixRun(this.lex.units), this.lex.cues['unit-speciality']));
      const longest = candidates.sort((a, b) => b[1].core.length - a[1].core.length)[0];
      if (longest && candidates.every(([, m]) => m === longest[1] || isShortFormOf(m.core, longest[1].core, unitSuffixRun(this.lex.units), this.lex.cues['unit-speciality']))) {
        this.mergeNode(key, longest[0]);
      }
    }
  }

  private mergeNode(from: string, into: string): void {
    const g = this.graph;
    const a = g.getNodeAttributes(from);
    mergeInto(g.getNodeAttributes(into), { ...a, aliases: [a.name, ...a.aliases] });
    g.forEachOutEdge(from, (_edge, attrs, _s, target) => {
      if (target !== into) this.addEdge(edgeKey(attrs.type, into, target), into, target, attrs);
    });
    g.forEachInEdge(from, (_edge, attrs, source) => {
      if (source !== into) this.addEdge(edgeKey(attrs.type, source, into), source, into, attrs);
    });
    g.dropNode(from);
    this.branches.delete(from);
  }

  /** PART_OF by place: a unit named after a city joins the city's branch, else the province's. */
  private placeHierarchy(): void {
    const g = this.graph;
    const byBankCore = new Map<string, string>();
    for (const [key, m] of this.branches) if (g.hasNode(key)) byBankCore.set(`${m.bank}|${m.core}`, key);
    const find = (bank: string, core: string): string | undefined => byBankCore.get(`${bank}|${core}`);
    // Province-level branches per bank, for units whose place the text does not give.
    for (const [key, m] of this.branches) {
      if (!g.hasNode(key) || !m.bank) continue;
      // (A county's city only from a branch of it an article of the unit names: what a shard of the corpus sees too.)
      const { province, city, rest } = this.placeOf(m.core, (c) => {
        const b = find(m.bank, `${c}分行`);
        return b !== undefined && this.shareArticle(key, b);
      });
      const cityBranch = city ? find(m.bank, `${city}分行`) : undefined;
      const provBranch = province ? find(m.bank, `${province}分行`) : undefined;
      const isCityBranch = !!city && rest === '分行';
      const isProvBranch = !!province && !city && rest === '分行';
      let parent: string | undefined;
      let rule: typeof partOfCityBranch | typeof partOfProvinceBranch = partOfCityBranch;
      if (!isCityBranch && !isProvBranch && cityBranch && cityBranch !== key) {
        parent = cityBranch;
      } else if (!isProvBranch && provBranch && provBranch !== key) {
        parent = provBranch;
        rule = partOfProvinceBranch;
      }
      // Only as far as the text supports: the parent must be named in an article that names the unit.
      if (parent && !this.shareArticle(key, parent)) parent = undefined;
      // A unit whose name already gives its branch (某支行营业室, 某支行某储蓄所) is that branch's, not the city's or the
      // province's as well.
      if (parent && g.someOutEdge(key, (_e, a, _s, t) => a.type === 'PART_OF' && a.rule === partOfNameChain.id && g.getNodeAttribute(t, 'type') === 'Branch')) parent = undefined;
      if (parent && !g.hasEdge(edgeKey('PART_OF', key, parent))) {
        const ev = g.getNodeAttributes(key).evidence[0];
        this.addEdge(edgeKey('PART_OF', key, parent), key, parent, { type: 'PART_OF', confidence: rule.confidence, rule: rule.id, evidence: ev ? [{ ...ev, rule: rule.id, confidence: rule.confidence }] : [] });
      }
      if (city || province) {
        const place = city ?? province!;
        const pk = nodeKey('Place', place);
        if (!g.hasNode(pk)) g.addNode(pk, { id: pk, type: 'Place', name: place, aliases: [], confidence: placeInBranchName.confidence, rule: placeInBranchName.id, evidence: [], mentions: 0 });
        const ev = g.getNodeAttributes(key).evidence[0];
        const r = locatedInBranchName;
        this.addEdge(edgeKey('LOCATED_IN', key, pk), key, pk, { type: 'LOCATED_IN', confidence: r.confidence, rule: r.id, evidence: ev ? [{ ...ev, rule: r.id, confidence: r.confidence }] : [] });
      }
    }
    // Units with no place in their name: under the one province branch the same articles name.
    const provinceBranches = new Map<string, Array<{ key: string; articles: Set<string> }>>();
    for (const [k, meta] of this.branches) {
      if (!g.hasNode(k) || !meta.bank) continue;
      const p = this.placeOf(meta.core);
      if (!p.province || p.city || p.rest !== '分行') continue;
      const list = provinceBranches.get(meta.bank) ?? [];
      list.push({ key: k, articles: new Set(g.getNodeAttributes(k).evidence.map((e) => e.article)) });
      provinceBranches.set(meta.bank, list);
    }
    for (const [key, m] of this.branches) {
      if (!g.hasNode(key) || !m.bank) continue;
      const hasParent = g.someOutEdge(key, (_e, a, _s, t) => a.type === 'PART_OF' && g.getNodeAttribute(t, 'type') === 'Branch');
      if (hasParent || /分行$/.test(m.core) && !/营业|储蓄|分理/.test(m.core)) continue;
      const articles = g.getNodeAttributes(key).evidence.map((e) => e.article);
      const provs = new Set((provinceBranches.get(m.bank) ?? []).filter((p) => p.key !== key && articles.some((a) => p.articles.has(a))).map((p) => p.key));
      if (provs.size === 1) {
        const parent = [...provs][0]!;
        const ev = g.getNodeAttributes(key).evidence[0];
        const r = partOfArticleProvinceBranch;
        this.addEdge(edgeKey('PART_OF', key, parent), key, parent, { type: 'PART_OF', confidence: r.confidence, rule: r.id, evidence: ev ? [{ ...ev, rule: r.id, confidence: r.confidence }] : [] });
      }
    }
  }

  private shareArticle(a: string, b: string): boolean {
    const articles = new Set(this.graph.getNodeAttributes(a).evidence.map((e) => e.article));
    return this.graph.getNodeAttributes(b).evidence.some((e) => articles.has(e.article));
  }

  /**
   * The province and city a unit's name starts with (湖南省浏阳支行 → 湖南; 唐山迁安支行 → 河北, 唐山), and what
   * follows them. A name that starts with a county or a district instead (迁安支行, 东城区支行) is in that county's
   * city, when `hasCityBranch` says so of it (of exactly one of them, for a county name several cities have: 新华区,
   * 朝阳区).
   */
  private placeOf(core: string, hasCityBranch: (city: string) => boolean = () => false): { province?: string; city?: string; rest: string } {
    let rest = core;
    let province: string | undefined;
    let city: string | undefined;
    for (const p of this.lex.places.provinces) {
      if (rest.startsWith(p) && rest.length > p.length) {
        province = p;
        rest = rest.slice(p.length);
        break;
      }
    }
    for (const [c, p] of this.lex.places.provinceOfCity) {
      if (rest.startsWith(c) && rest.length > c.length && (!province || province === p)) {
        city = c;
        province = p;
        rest = rest.slice(c.length);
        break;
      }
    }
    if (!city) {
      const county = this.countyAt(rest, province, hasCityBranch);
      if (county) {
        province = county.province;
        city = county.city;
        rest = rest.slice(county.length);
      }
    }
    return { ...(province ? { province } : {}), ...(city ? { city } : {}), rest };
  }

  private countyAt(rest: string, province: string | undefined, hasCityBranch: (city: string) => boolean): { province: string; city: string; length: number } | undefined {
    // Longest first, so that 迁安市支行 is read as 迁安市 and not as 迁安 with 市支行 after it. What follows must be
    // the unit's own word (新华路支行 is a road's, not the 新华区's).
    for (let len = Math.min(rest.length - 2, 8); len >= 2; len--) {
      if (!/^(?:支行|分行)/.test(rest.slice(len))) continue;
      const places = (this.lex.places.byName.get(rest.slice(0, len)) ?? []).filter((p) => p.level === 'county' && p.city && (!province || p.province === province));
      const cities = [...new Set(places.map((p) => p.city!))];
      // (Only where the bank has a branch of that city: a county's name can be something else as well, 龙江 a
      // short name of a province.)
      const chosen = cities.filter(hasCityBranch);
      if (chosen.length !== 1) continue;
      const place = places.find((p) => p.city === chosen[0])!;
      return { province: place.province, city: place.city!, length: len };
    }
    return undefined;
  }
}

function mergeInto(target: NodeAttributes, n: { name: string; aliases: string[]; evidence: Evidence[]; confidence: number; rule: string; mentions?: number }): void {
  // The fuller name wins; the other becomes an alias.
  if (n.name.length > target.name.length && target.type !== 'Article') {
    target.aliases.push(target.name);
    target.name = n.name;
  }
  for (const a of [n.name, ...n.aliases]) if (a && a !== target.name && !target.aliases.includes(a)) target.aliases.push(a);
  target.aliases = target.aliases.filter((a) => a !== target.name);
  for (const ev of n.evidence) if (target.evidence.length < MAX_EVIDENCE) target.evidence.push(ev);
  target.mentions = (target.mentions ?? 0) + (n.mentions ?? n.evidence.length);
  if (n.confidence > target.confidence) {
    target.confidence = n.confidence;
    target.rule = n.rule;
  }
}
