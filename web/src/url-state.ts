/**
 * The view as a URL: what is selected, the neighbourhood shown, the ends of
 * a path search, the filters, the colouring, the year range and the camera,
 * in the fragment (`#node=…&hide=Article`), so that a copied URL opens the
 * same view and the browser's history steps through what was looked at.
 * Decoding never throws: what it does not understand is left out.
 */
import type { YearRange } from './time.js';

export type ColourMode = 'type' | 'community';

export interface UrlState {
  node?: string;
  /** Only this node's neighbourhood is shown. */
  focus?: { center: string; hops: 1 | 2 };
  /** A path search: its ends (either may be missing while the user picks), k, and the relation types it leaves out. */
  path?: { from?: string; to?: string; k: number; avoid: string[] };
  hiddenTypes?: string[];
  hiddenRelations?: string[];
  colour?: ColourMode;
  years?: YearRange;
  camera?: { x: number; y: number; ratio: number };
}

/** What a path search leaves out unless told otherwise. */
export const DEFAULT_AVOID = ['MENTIONS'];
export const DEFAULT_K = 3;
export const MAX_K = 10;

const list = (v: string | null): string[] => (v ? v.split(',').filter((x) => x !== '') : []);
const round = (x: number): string => String(Math.round(x * 10_000) / 10_000);

export function encodeState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.node) p.set('node', s.node);
  if (s.focus) {
    p.set('focus', s.focus.center);
    p.set('hops', String(s.focus.hops));
  }
  if (s.path) {
    if (s.path.from) p.set('from', s.path.from);
    if (s.path.to) p.set('to', s.path.to);
    p.set('k', String(s.path.k));
    p.set('avoid', s.path.avoid.join(','));
  }
  if (s.hiddenTypes?.length) p.set('hide', [...s.hiddenTypes].sort().join(','));
  if (s.hiddenRelations?.length) p.set('rels', [...s.hiddenRelations].sort().join(','));
  if (s.colour === 'community') p.set('colour', 'community');
  if (s.years) {
    p.set('years', `${s.years.from}-${s.years.to}`);
    if (!s.years.undated) p.set('undated', '0');
  }
  if (s.camera) p.set('cam', [s.camera.x, s.camera.y, s.camera.ratio].map(round).join(','));
  return p.toString();
}

export function decodeState(fragment: string): UrlState {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const s: UrlState = {};
  const node = p.get('node');
  if (node) s.node = node;
  const focus = p.get('focus');
  if (focus) s.focus = { center: focus, hops: p.get('hops') === '2' ? 2 : 1 };
  if (p.has('from') || p.has('to') || p.has('k')) {
    const k = Number(p.get('k'));
    s.path = {
      k: Number.isInteger(k) && k >= 1 && k <= MAX_K ? k : DEFAULT_K,
      avoid: p.has('avoid') ? list(p.get('avoid')) : [...DEFAULT_AVOID],
    };
    const from = p.get('from');
    const to = p.get('to');
    if (from) s.path.from = from;
    if (to) s.path.to = to;
  }
  const hide = list(p.get('hide'));
  if (hide.length) s.hiddenTypes = hide;
  const rels = list(p.get('rels'));
  if (rels.length) s.hiddenRelations = rels;
  if (p.get('colour') === 'community') s.colour = 'community';
  const years = /^(\d{4})-(\d{4})$/.exec(p.get('years') ?? '');
  if (years) {
    const a = Number(years[1]);
    const b = Number(years[2]);
    s.years = { from: Math.min(a, b), to: Math.max(a, b), undated: p.get('undated') !== '0' };
  }
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && (cam[2] as number) > 0) s.camera = { x: cam[0] as number, y: cam[1] as number, ratio: cam[2] as number };
  return s;
}
