/**
 * Small DOM helpers. Text from the graph (names, evidence, titles, query
 * results) comes from untrusted articles, so it only ever goes in through
 * `textContent`: nothing here accepts HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; title?: string } = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (options.className) e.className = options.className;
  if (options.text !== undefined) e.textContent = options.text;
  if (options.title !== undefined) e.title = options.title;
  for (const c of children) e.append(c); // strings become text nodes
  return e;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}: index.html and main.ts disagree`);
  return e as T;
}

/** Offers `content` as a download named `name`. */
export function download(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
