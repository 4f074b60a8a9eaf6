/**
 * The publish server's status writer: always `reports/status.json` beside dist (operators, tests),
 * and with SANITY_STATUS_TOKEN also the Sanity documents the Studio shows. The token goes only into
 * the client; errors are logged as one line without it.
 */
import { join } from 'node:path';
import { createClient } from '@sanity/client';
import type { StatusApiConfig } from '../config.ts';
import { redact } from '../facebook/graph-errors.ts';
import {
	fanOutStatusWriter,
	fileStatusWriter,
	sanityStatusWriter,
	type StatusClient,
	type StatusWriter,
} from './writer.ts';

/** Path of the status file below the publish root. */
export const statusFile = (root: string) => join(root, 'reports', 'status.json');

/** A @sanity/client for writing status documents (live API, never the CDN). */
export function statusClient(api: StatusApiConfig): StatusClient {
	return createClient({
		projectId: api.projectId,
		dataset: api.dataset,
		apiVersion: api.apiVersion,
		token: api.token,
		useCdn: false,
		...(api.apiHost ? { apiHost: api.apiHost, useProjectHostname: false } : {}),
	});
}

/** The file writer plus, when configured, the Sanity writer; failures go to `onError` (redacted). */
export function statusWriterFor(
	root: string,
	api: StatusApiConfig | null,
	onError: (line: string) => void,
	makeClient: (api: StatusApiConfig) => StatusClient = statusClient,
): StatusWriter {
	const writers = [fileStatusWriter(statusFile(root))];
	if (api) writers.push(sanityStatusWriter(makeClient(api)));
	return fanOutStatusWriter(writers, (line) => onError(redact(line, api?.token)));
}
