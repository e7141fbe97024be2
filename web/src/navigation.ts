/**
 * The view in the browser's history. Every step the user takes (select a
 * node, show a neighbourhood, search a path, change a filter or the
 * colouring) becomes a history entry whose URL holds the whole view; moving
 * the camera only rewrites the current entry (once it rests), so that Back
 * steps through what was looked at, not through every drag. Opening a URL,
 * and Back and Forward, restore the view it holds.
 */
import { decodeState, encodeState, type UrlState } from './url-state.js';

export class Navigation {
  private started = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** The view as it is now. */
    private readonly snapshot: () => UrlState,
    /** Makes the view what `state` says. */
    private readonly apply: (state: UrlState) => Promise<void>,
    private readonly cameraDelay: number,
  ) {}

  /** Restores the view of the URL the page was opened with, and follows Back and Forward from now on. */
  async start(): Promise<void> {
    if (this.started) return;
    await this.apply(decodeState(location.hash));
    this.started = true;
    this.write('replace');
    window.addEventListener('popstate', () => {
      clearTimeout(this.timer);
      void this.apply(decodeState(location.hash));
    });
  }

  /** A step the user took: a new history entry (none when nothing the URL holds changed). */
  push(): void {
    if (!this.started) return;
    clearTimeout(this.timer);
    this.write('push');
  }

  /** The camera moved: rewrite the current entry once it has rested. */
  cameraMoved(): void {
    if (!this.started) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write('replace'), this.cameraDelay);
  }

  private write(how: 'push' | 'replace'): void {
    const hash = `#${encodeState(this.snapshot())}`;
    const current = location.hash === '' ? '#' : location.hash;
    if (hash === current) return;
    const url = hash === '#' ? `${location.pathname}${location.search}` : hash;
    if (how === 'push' && withoutCamera(hash) !== withoutCamera(current)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}

/** The URL's view without the camera: a step that only moved the camera is not a new entry. */
function withoutCamera(hash: string): string {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  p.delete('cam');
  return p.toString();
}
