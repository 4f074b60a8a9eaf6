/** Temporary publish roots and the fake build command for the publish-server tests. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';

export const FAKE_BUILD = join(import.meta.dirname, 'fake-build.mjs');

export type PublishRoot = {
	root: string;
	/** Counts builds started (one line each). */
	counter: string;
	/** Write `fail` here to make the next builds fail. */
	mode: string;
	/** How many builds the fake command has started. */
	builds: () => Promise<number>;
	/** The fake build command with this root's counter and mode file. */
	command: (delayMs?: number) => string[];
	remove: () => Promise<void>;
};

/** A fresh empty folder to publish into. */
export async function makePublishRoot(): Promise<PublishRoot> {
	const root = await mkdtemp(join(tmpdir(), 'ks-publish-'));
	const counter = join(root, 'builds.txt');
	const mode = join(root, 'mode.txt');
	await writeFile(mode, 'ok');
	return {
		root,
		counter,
		mode,
		builds: async () =>
			(await readFile(counter, 'utf8').catch(() => '')).split('\n').filter(Boolean).length,
		command: (delayMs = 0) => [
			process.execPath,
			FAKE_BUILD,
			'--counter',
			counter,
			'--mode',
			mode,
			'--delay',
			String(delayMs),
		],
		remove: () => rm(root, { recursive: true, force: true }),
	};
}

/** Headers of a Sanity webhook call signed with `secret` at `timestamp` (ms). */
export async function signedHeaders(
	body: string,
	secret: string,
	timestamp = Date.now(),
): Promise<Record<string, string>> {
	return {
		'content-type': 'application/json',
		[SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, timestamp, secret),
	};
}
