// Debian's chromium driven by playwright-core: never a downloaded browser. CHROMIUM_PATH overrides
// the binary found on PATH.
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not on PATH under this name
    }
  }
  throw new Error('Browser tests need Debian’s chromium on PATH: apt-get install -y chromium (or set CHROMIUM_PATH)');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
