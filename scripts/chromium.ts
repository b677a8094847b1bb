import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, the only browser here: browser downloads fail on these
 * machines, so Playwright (charts, browser tests) is pointed at it.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless on a closed network: without the background-networking flags Chromium keeps dialling out. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Makes sure Chromium is there before a step that needs it. On a fresh Debian
 * machine where we are root, installs the `chromium` package (so `npm ci &&
 * npm run build` works there as is; `ORGANICA_NO_APT=1` turns this off);
 * elsewhere, fails with what to install.
 */
export function ensureChromium(step: string): void {
  if (existsSync(chromiumPath)) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env['ORGANICA_NO_APT'] && !process.env['CHROMIUM_PATH'];
  if (canInstall) {
    console.log(`${step}: ${chromiumPath} no está; instalando el paquete chromium de Debian (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) break;
    }
    if (existsSync(chromiumPath)) return;
  }
  throw new Error(
    `${step}: se necesita Chromium en ${chromiumPath} para dibujar los organigramas. Instálelo con \`apt-get install chromium\` ` +
      '(o indique otro ejecutable con CHROMIUM_PATH).',
  );
}
