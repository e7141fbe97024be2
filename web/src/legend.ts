/**
 * The legend on the left: colour by type or by community; node types and
 * relation types with checkboxes that hide and show them; the largest
 * communities, named after their member of highest degree; and the year
 * range (only when the graph has years at all). Sections are built once per
 * graph and then only updated, so that a slider keeps working while it is
 * dragged.
 */
import { relationCounts, typeColor, typeCounts } from './appearance.js';
import type { Communities } from './communities.js';
import { el } from './dom.js';
import type { Filters } from './filters.js';
import type { DisplayGraph } from './model.js';
import type { ViewerSettings } from './settings.js';
import type { TimeIndex, YearRange } from './time.js';
import type { ColourMode } from './url-state.js';

export interface LegendEvents {
  onColour: (mode: ColourMode) => void;
  onType: (kind: string, visible: boolean) => void;
  onRelation: (kind: string, visible: boolean) => void;
  /** While a slider moves (`final` false) and when it is let go or a box is ticked (`final` true). */
  onYears: (range: YearRange | undefined, final: boolean) => void;
  /** A community's name was chosen: its leading member. */
  onCommunity: (leader: string) => void;
}

export class Legend {
  private readonly colourBox = el('fieldset', { className: 'legend-colour' });
  private readonly types = el('section', { className: 'legend-types' });
  private readonly communities = el('section', { className: 'legend-communities' });
  private readonly relations = el('section', { className: 'legend-relations' });
  private readonly years = el('section', { className: 'legend-years' });
  private shownCommunities: Communities | undefined;
  private bounds: { min: number; max: number } | undefined;
  private yearInputs: { from: HTMLInputElement; to: HTMLInputElement; undated: HTMLInputElement; label: HTMLElement } | undefined;

  constructor(
    container: HTMLElement,
    private readonly settings: ViewerSettings,
    private readonly events: LegendEvents,
  ) {
    this.colourBox.append(el('legend', { text: 'Colour by' }));
    for (const [mode, text] of [['type', 'type'], ['community', 'community']] as const) {
      const radio = el('input');
      radio.type = 'radio';
      radio.name = 'colour';
      radio.value = mode;
      radio.id = `colour-${mode}`;
      radio.addEventListener('change', () => radio.checked && events.onColour(mode));
      const label = el('label', { className: 'legend-item' }, radio, el('span', { text }));
      this.colourBox.append(label);
    }
    this.communities.hidden = true;
    this.years.hidden = true;
    container.replaceChildren(this.colourBox, this.types, this.communities, this.relations, this.years);
  }

  /** Rebuilds the sections for a newly shown graph (its years when known). */
  setGraph(display: DisplayGraph, time: TimeIndex | undefined): void {
    this.types.replaceChildren(el('h2', { text: 'Types' }));
    for (const [kind, count] of typeCounts(display)) {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = typeColor(kind, this.settings);
      this.types.append(this.checkbox('type', kind, count, swatch, (visible) => this.events.onType(kind, visible)));
    }
    this.relations.replaceChildren(el('h2', { text: 'Relations' }));
    for (const [kind, count] of relationCounts(display)) {
      this.relations.append(this.checkbox('relation', kind, count, undefined, (visible) => this.events.onRelation(kind, visible)));
    }
    this.setYears(time);
    this.shownCommunities = undefined;
  }

  /** Shows the year range for these years; hidden when the graph has none. */
  setYears(time: TimeIndex | undefined): void {
    this.bounds = time?.bounds;
    this.yearInputs = undefined;
    this.years.hidden = this.bounds === undefined;
    if (!this.bounds) {
      this.years.replaceChildren();
      return;
    }
    const { min, max } = this.bounds;
    const slider = (id: string, value: number, text: string) => {
      const input = el('input');
      input.type = 'range';
      input.id = id;
      input.min = String(min);
      input.max = String(max);
      input.step = '1';
      input.value = String(value);
      input.setAttribute('aria-label', text);
      return input;
    };
    const from = slider('years-from', min, 'From year');
    const to = slider('years-to', max, 'To year');
    const undated = el('input');
    undated.type = 'checkbox';
    undated.id = 'years-undated';
    undated.checked = true;
    const label = el('output', { className: 'years-label' });
    label.id = 'years-label';
    label.setAttribute('for', 'years-from years-to');
    this.yearInputs = { from, to, undated, label };
    const changed = (final: boolean, moved?: HTMLInputElement) => {
      // The two thumbs never cross: the one not moved follows.
      if (Number(from.value) > Number(to.value)) {
        if (moved === from) to.value = from.value;
        else from.value = to.value;
      }
      const range = this.readYears();
      this.showYearLabel(range);
      this.events.onYears(range, final);
    };
    for (const input of [from, to]) {
      input.addEventListener('input', () => changed(false, input));
      input.addEventListener('change', () => changed(true, input));
    }
    undated.addEventListener('change', () => changed(true));
    const reset = el('button', { text: 'All years', className: 'small' });
    reset.type = 'button';
    reset.id = 'years-reset';
    reset.addEventListener('click', () => {
      from.value = String(min);
      to.value = String(max);
      undated.checked = true;
      changed(true);
    });
    this.years.replaceChildren(
      el('h2', { text: 'Years' }),
      label,
      el('label', { className: 'year-row' }, el('span', { text: 'from' }), from),
      el('label', { className: 'year-row' }, el('span', { text: 'to' }), to),
      el('label', { className: 'legend-item' }, undated, el('span', { text: 'facts without a year' })),
      reset,
    );
    this.showYearLabel(undefined);
  }

  /** Brings every control in line with the state (after a change from anywhere: legend, URL, history). */
  update(filters: Filters, colour: ColourMode, communities: Communities | undefined): void {
    for (const radio of this.colourBox.querySelectorAll<HTMLInputElement>('input[name="colour"]')) radio.checked = radio.value === colour;
    for (const box of this.types.querySelectorAll<HTMLInputElement>('input[data-type]')) box.checked = !filters.hiddenTypes.has(box.dataset['type'] ?? '');
    for (const box of this.relations.querySelectorAll<HTMLInputElement>('input[data-relation]')) box.checked = !filters.hiddenRelations.has(box.dataset['relation'] ?? '');
    for (const swatch of this.types.querySelectorAll<HTMLElement>('.swatch')) swatch.classList.toggle('muted-swatch', colour === 'community');
    if (this.yearInputs && this.bounds) {
      const y = filters.years;
      this.yearInputs.from.value = String(y?.from ?? this.bounds.min);
      this.yearInputs.to.value = String(y?.to ?? this.bounds.max);
      this.yearInputs.undated.checked = y?.undated ?? true;
      this.showYearLabel(y);
    }
    this.showCommunities(colour === 'community' ? communities : undefined);
  }

  private readYears(): YearRange | undefined {
    const inputs = this.yearInputs;
    const bounds = this.bounds;
    if (!inputs || !bounds) return undefined;
    const range = { from: Number(inputs.from.value), to: Number(inputs.to.value), undated: inputs.undated.checked };
    // The whole range with undated facts is no filter at all (and no entry in the URL).
    return range.from <= bounds.min && range.to >= bounds.max && range.undated ? undefined : range;
  }

  private showYearLabel(range: YearRange | undefined): void {
    if (!this.yearInputs || !this.bounds) return;
    const from = range?.from ?? this.bounds.min;
    const to = range?.to ?? this.bounds.max;
    this.yearInputs.label.textContent = from === to ? String(from) : `${from} – ${to}`;
  }

  private showCommunities(communities: Communities | undefined): void {
    this.communities.hidden = communities === undefined;
    if (communities === this.shownCommunities) return;
    this.shownCommunities = communities;
    if (!communities) {
      this.communities.replaceChildren();
      return;
    }
    const top = communities.list.slice(0, this.settings.legendCommunities);
    const list = el('ol', { className: 'community-list' });
    for (const c of top) {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = c.color;
      const name = el('button', { className: 'link', text: c.name, title: `Select ${c.name}, the member with the most relations` });
      name.type = 'button';
      name.addEventListener('click', () => this.events.onCommunity(c.leader));
      const item = el('li', { className: 'legend-item' }, swatch, name, el('span', { className: 'count', text: String(c.size) }));
      item.dataset['leader'] = c.leader;
      list.append(item);
    }
    const rest = communities.list.length - top.length;
    this.communities.replaceChildren(el('h2', { text: `Communities (${communities.list.length})` }), list);
    if (rest > 0) {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = this.settings.otherCommunityColor;
      this.communities.append(el('p', { className: 'legend-item muted' }, swatch, el('span', { text: `${rest} smaller` })));
    }
  }

  private checkbox(what: 'type' | 'relation', kind: string, count: number, swatch: HTMLElement | undefined, onToggle: (visible: boolean) => void): HTMLElement {
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset[what] = kind;
    box.addEventListener('change', () => onToggle(box.checked));
    return el('label', { className: 'legend-item' }, box, ...(swatch ? [swatch] : []), el('span', { text: kind }), el('span', { className: 'count', text: String(count) }));
  }
}
