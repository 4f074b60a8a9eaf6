/**
 * Keeps every published address answering (issue 27, point 2). After a production build: reads the
 * record of addresses (`<reportDir>/urls.json`, beside the builds, never in dist/), adds this
 * build's addresses (src/site/addresses/current.ts), writes the redirect and «Saken er fjernet»
 * pages, `_redirects` and the public copy `/adresser.json` into the build, and saves the record.
 * A preview publishes nothing and keeps no record. Runs after the attachments integration, whose
 * files the moved file addresses copy.
 */
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildConfig } from '../build-state.ts';
import { buildReport } from '../content/source.ts';
import { loadContent } from '../content/store.ts';
import { addressMessages as m } from '../report/messages.ts';
import { currentAddresses } from '../site/addresses/current.ts';
import { publishOldAddresses } from '../site/addresses/publish.ts';
import {
	emptyRecord,
	parseRecord,
	updateRecord,
	type AddressRecord,
} from '../lib/address-record.ts';

/** The record file beside the builds. */
export const recordFile = (reportDir: string) => join(reportDir, 'urls.json');

/** Reads the record; a missing one is empty, an unreadable one is kept aside and reported. */
async function readRecord(file: string): Promise<AddressRecord> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		return emptyRecord();
	}
	try {
		return parseRecord(text);
	} catch (e) {
		await copyFile(file, `${file}.ugyldig`).catch(() => undefined);
		buildReport().note(m.badRecord(file, (e as Error).message.split('\n')[0]!));
		return emptyRecord();
	}
}

/** Updates the record with this build and writes the old addresses into `dir`. */
export async function publishAddresses(
	dir: string,
): Promise<{ moved: number; gone: number; file: string }> {
	const config = buildConfig();
	const store = await loadContent();
	const file = recordFile(config.reportDir);
	const previous = await readRecord(file);
	const first = Object.keys(previous.entries).length === 0;
	const record = updateRecord(previous, currentAddresses(store, first), store.builtAt);
	const written = await publishOldAddresses(dir, record, {
		url: store.settings.url,
		title: store.settings.title,
	});
	await mkdir(config.reportDir, { recursive: true });
	const tmp = `${file}.${process.pid}.tmp`;
	await writeFile(tmp, `${JSON.stringify(record, null, '\t')}\n`);
	await rename(tmp, file);
	return { ...written, file };
}

export default function addresses(): AstroIntegration {
	return {
		name: 'ks-addresses',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (buildConfig().preview) return;
				try {
					const result = await publishAddresses(fileURLToPath(dir));
					logger.info(m.stats(result.moved, result.gone, result.file));
				} catch (e) {
					// The record must not be lost silently: the build fails with one line.
					logger.error(
						m.writeFailed(
							recordFile(buildConfig().reportDir),
							(e as Error).message.split('\n')[0]!,
						),
					);
					throw e;
				}
			},
		},
	};
}
