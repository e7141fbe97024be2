/**
 * `--open`: asks the desktop to open the page when it has a way to
 * (xdg-open, open, start); otherwise the printed address is enough.
 */
import { spawn } from 'node:child_process';

export function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    // A missing opener is expected on servers and in CI: the URL is printed anyway.
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Same as above.
  }
}
