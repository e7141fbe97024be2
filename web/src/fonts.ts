/**
 * The CJK font shipped with the app, loaded for the labels sigma draws.
 *
 * Noto Sans SC comes as ~100 unicode-range files and the browser fetches
 * only those for text it has laid out; sigma draws labels on a canvas, which
 * does not trigger those fetches. Waiting for the files of every label before
 * the first frame cost a large graph hundreds of milliseconds (and files for
 * labels too small to be drawn), so sigma draws at once with the fallback
 * font, and after each frame the characters of the labels it drew that are
 * not loaded yet are requested; when they arrive, sigma draws again.
 */
import '@fontsource/noto-sans-sc/400.css';

export class LabelFonts {
  private readonly requested = new Set<string>();
  private pending = 0;
  private checked = false;

  constructor(
    /** Called when newly loaded characters are usable: draw the labels again. */
    private readonly onLoaded: () => void,
    private readonly family = '"Noto Sans SC"',
  ) {}

  /** Whether every character requested so far is loaded (and at least one request was made). */
  get ready(): boolean {
    return this.checked && this.pending === 0;
  }

  /** Loads the font files covering `texts`, if any character is new; resolves when they are usable. */
  request(texts: Iterable<string>): Promise<void> {
    this.checked = true;
    let missing = '';
    for (const text of texts) {
      for (const ch of text) {
        if (!this.requested.has(ch)) {
          this.requested.add(ch);
          missing += ch;
        }
      }
    }
    if (missing === '') return Promise.resolve();
    this.pending++;
    return document.fonts
      .load(`16px ${this.family}`, missing)
      // A font that cannot load leaves the sans-serif fallback: labels still show where the system has glyphs.
      .catch(() => undefined)
      .then(() => {
        this.pending--;
        this.onLoaded();
      });
  }
}
