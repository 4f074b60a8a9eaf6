/**
 * Parsers for environment values with readable Norwegian errors, shared by the configs of the
 * publish server and the Facebook poster (each program reads its environment in one place).
 */

/** A bad environment value; `message` is one Norwegian line for the admin. */
export class ConfigError extends Error {}

/** Reads an integer within [min, max]; unset or empty gives `fallback`. Throws ConfigError. */
export function readInteger(
	env: NodeJS.ProcessEnv,
	name: string,
	fallback: number,
	min: number,
	max: number,
): number {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min || value > max)
		throw new ConfigError(`${name} må være et heltall fra ${min} til ${max} (fikk «${raw}»).`);
	return value;
}

/** Reads a yes/no flag (`1`/`true`/`ja` or `0`/`false`/`nei`); unset gives false. Throws ConfigError. */
export function readFlag(env: NodeJS.ProcessEnv, name: string): boolean {
	const raw = env[name]?.trim().toLowerCase();
	if (!raw || ['0', 'false', 'nei', 'no'].includes(raw)) return false;
	if (['1', 'true', 'ja', 'yes'].includes(raw)) return true;
	throw new ConfigError(`${name} må være 1 (på) eller 0 (av) (fikk «${env[name]}»).`);
}

/** Reads an absolute http(s) URL without a trailing slash; unset gives `fallback`. */
export function readHttpUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	const url = URL.parse(raw);
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
		throw new ConfigError(`${name} må være en http(s)-adresse (fikk «${raw}»).`);
	return raw.replace(/\/+$/, '');
}
