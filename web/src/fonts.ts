/**
 * The CJK font shipped with the app. Noto Sans SC comes as ~100
 * unicode-range files and the browser fetches only those for text it has
 * already laid out; sigma draws labels on a canvas, which does not trigger
 * those fetches, so labels drawn too early come out as empty boxes. We ask
 * for the characters of every label before sigma draws (and again when new
 * labels arrive, e.g. from a Cypher query).
 */
import '@fontsource/noto-sans-sc/400.css';

const loaded = new Set<string>();

/** Loads the font files covering `texts`; resolves when they are usable. */
export async function loadFontFor(texts: Iterable<string>, family = '"Noto Sans SC"'): Promise<void> {
  let missing = '';
  for (const text of texts) {
    for (const ch of text) {
      if (!loaded.has(ch)) {
        loaded.add(ch);
        missing += ch;
      }
    }
  }
  if (missing === '') return;
  try {
    await document.fonts.load(`16px ${family}`, missing);
  } catch {
    // A font that cannot load leaves the sans-serif fallback: labels still show where the system has glyphs.
  }
}
