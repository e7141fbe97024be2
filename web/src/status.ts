/**
 * The page's state as a tagged union, and the message area that shows every
 * state but `drawn` and `ready`. `drawn`: the graph is on screen, its data
 * graph (panel, search, paths) is being made; `ready`: all of it works.
 * Messages are text: they may quote file paths or server errors, never markup.
 */
export type Status =
  | { type: 'loading'; what: string }
  | { type: 'drawn' }
  | { type: 'ready' }
  | { type: 'empty'; message: string }
  | { type: 'error'; title: string; message: string };

export function showStatus(status: Status): void {
  document.body.dataset['status'] = status.type;
  const box = document.getElementById('message');
  if (!box) return;
  box.replaceChildren();
  if (status.type === 'ready' || status.type === 'drawn') {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.className = `message message-${status.type}`;
  const title = document.createElement('strong');
  const body = document.createElement('p');
  switch (status.type) {
    case 'loading':
      title.textContent = `Loading ${status.what}…`;
      break;
    case 'empty':
      title.textContent = 'The graph is empty';
      body.textContent = status.message;
      break;
    case 'error':
      title.textContent = status.title;
      body.textContent = status.message;
      break;
  }
  box.append(title, body);
}
