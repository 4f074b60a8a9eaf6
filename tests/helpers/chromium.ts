/**
 * Launches the system (Debian) Chromium through playwright-core: Playwright's own browser
 * download does not work here, and CI installs `chromium` with apt-get.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--no-first-run',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** A headless Chromium (with any extra command-line flags); close it when done. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, ...extraArgs],
		headless: true,
	});
}
