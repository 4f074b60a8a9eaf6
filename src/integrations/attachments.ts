/**
 * Publishes the attachment files the pages link, at /vedlegg/<key>/<name>.<ext>: copied from the
 * export into dist/ at the end of `astro build` with `copyFile` (the kernel copies; nothing is read
 * into memory, so a large PDF costs no heap), and streamed in `astro dev`. Only files that
 * src/content/attachments.ts accepted reach the store's asset list, so nothing else is published.
 * An Astro endpoint would buffer every response whole during the build (and fail at 2 GB).
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildReport } from '../content/source.ts';
import { getEvents, getPosts } from '../content/store.ts';
import { mimeType } from '../lib/mime.ts';
import { fileUrl, isLocalAsset, localAssetPath } from '../sanity/asset-files.ts';
import { DOCUMENT_TYPES } from '../sanity/file-type.ts';
import { attachmentMessages as m } from '../report/messages.ts';
import type { Asset } from '../sanity/schemas.ts';

type AttachmentBlock = { _type?: string; file?: Asset; href?: string };

/**
 * The local attachment files of the build: public path → asset. A post's attachment is at its
 * permanent address (`href`, src/content/attachments.ts); one in an event's description at the
 * file's own address.
 */
export async function attachmentFiles(): Promise<Map<string, Asset>> {
	const files = new Map<string, Asset>();
	const [posts, events] = await Promise.all([getPosts(), getEvents()]);
	const blocks = [...posts.flatMap((p) => p.body), ...events.flatMap((e) => e.descriptionBlocks)];
	for (const item of blocks) {
		const block = item as AttachmentBlock | null;
		const asset = block?._type === 'attachment' ? block.file : undefined;
		// Only what src/content/attachments.ts accepted reaches the store; the type check is a second lock.
		const type = DOCUMENT_TYPES.find((t) => t === asset?.extension);
		if (asset?._id.startsWith('file-') && isLocalAsset(asset) && type)
			files.set(block?.href ?? fileUrl(asset), asset);
	}
	return files;
}

/** Copies every attachment into `dir` (dist/); returns how many were written. */
export async function writeAttachments(dir: string): Promise<number> {
	let written = 0;
	for (const [path, asset] of await attachmentFiles()) {
		const target = join(dir, decodeURIComponent(path));
		try {
			await mkdir(dirname(target), { recursive: true });
			await copyFile(localAssetPath(asset), target);
			written++;
		} catch (e) {
			buildReport().note(m.copyFailed(path, (e as Error).message.split('\n')[0]!));
		}
	}
	return written;
}

export default function attachments(): AstroIntegration {
	return {
		name: 'ks-attachments',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use('/vedlegg/', (req, res, next) => {
					const path = `/vedlegg${(req.url ?? '').split('?')[0]}`;
					attachmentFiles().then((files) => {
						const asset = files.get(path);
						if (!asset) return next();
						res.setHeader('Content-Type', mimeType(asset.extension));
						createReadStream(localAssetPath(asset)).pipe(res);
					}, next);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				logger.info(m.stats(await writeAttachments(fileURLToPath(dir))));
			},
		},
	};
}
