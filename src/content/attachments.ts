/**
 * Decides, before anything renders, which attachments a post may link: only PDF, docx, xlsx, pptx
 * and odt, judged by the file's content (src/sanity/file-type.ts), at most ATTACHMENT_MAX_BYTES.
 * Anything else (an `innkalling.html` with a script, an SVG, a 2 GB upload, a file the export only
 * points at on another host) is left out of the body with a report line naming the post and field,
 * so a page never links a file that was not published, and /vedlegg/ never serves HTML, SVG, XML
 * or scripts from the site's origin. The files themselves are copied by src/integrations/attachments.ts.
 */
import { ATTACHMENT_MAX_BYTES } from '../consts.ts';
import { formatFileSize } from '../lib/format.ts';
import { mimeType } from '../lib/mime.ts';
import {
	fileUrl,
	isLocalAsset,
	localAssetPath,
	stableAttachmentUrl,
} from '../sanity/asset-files.ts';
import { DOCUMENT_TYPES, sniffDocument, type Sniffed } from '../sanity/file-type.ts';
import { attachmentMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import type { Asset, PostData } from '../sanity/schemas.ts';

type Verdict = { file: Asset } | { reason: string };
const sniffs = new Map<string, Promise<Sniffed>>();
const sniff = (path: string) => {
	let pending = sniffs.get(path);
	if (!pending) sniffs.set(path, (pending = sniffDocument(path)));
	return pending;
};

/** The file to publish for an attachment, or why it is left out; `local`: the build reads an export. */
export async function checkAttachmentFile(file: Asset, local: boolean): Promise<Verdict> {
	const name = file.originalFilename ?? file._id;
	if (!isLocalAsset(file)) {
		// An export that only points at a remote file would make the build depend on the network.
		if (local) return { reason: m.remote(name, file.url) };
		const ext = (file.extension ?? '').toLowerCase();
		const declared = DOCUMENT_TYPES.find((t) => t === ext);
		if (!declared || (file.mimeType && file.mimeType !== mimeType(declared)))
			return { reason: m.notDocument(name, file.mimeType ?? ext ?? '?') };
		return { file };
	}
	if ((file.size ?? 0) > ATTACHMENT_MAX_BYTES)
		return {
			reason: m.tooLarge(name, formatFileSize(file.size!), formatFileSize(ATTACHMENT_MAX_BYTES)),
		};
	const found = await sniff(localAssetPath(file));
	if (found.size > ATTACHMENT_MAX_BYTES)
		return {
			reason: m.tooLarge(name, formatFileSize(found.size), formatFileSize(ATTACHMENT_MAX_BYTES)),
		};
	if (!found.ok) return { reason: m.notDocument(name, found.what) };
	return {
		file: { ...file, extension: found.type, mimeType: mimeType(found.type), size: found.size },
	};
}

/**
 * The post with every attachment checked: allowed ones carry their sniffed type and their address
 * (`href`: permanent for self-hosted files, see stableAttachmentUrl; `hashHref`: the content-hash
 * address such a file had before), others are left out.
 */
export async function checkAttachments<P extends Pick<PostData, '_id' | 'body'>>(
	post: P,
	report: ContentReport,
	local: boolean,
): Promise<P> {
	if (!post.body.some((b) => b?._type === 'attachment')) return post;
	const verdicts = await Promise.all(
		post.body.map((block) => {
			const file = block?._type === 'attachment' ? (block as { file?: Asset }).file : undefined;
			return file ? checkAttachmentFile(file, local) : null;
		}),
	);
	const body = post.body.flatMap((block, i) => {
		const verdict = verdicts[i];
		if (!verdict) return [block];
		if ('file' in verdict) {
			const key = (block as { _key?: string })._key ?? String(i);
			// Self-hosted files get their permanent address (and keep the content-hash address they had
			// before, for the address record); a file on the Sanity CDN keeps its URL.
			if (!isLocalAsset(verdict.file))
				return [{ ...block, file: verdict.file, href: fileUrl(verdict.file) }];
			const href = stableAttachmentUrl(post._id, key, verdict.file);
			return [{ ...block, file: verdict.file, href, hashHref: fileUrl(verdict.file) }];
		}
		report.warn('post', post._id, `body[${i}].file`, verdict.reason);
		// A hole, not a removal: later steps report by the original index (holes.ts).
		return [null];
	});
	return { ...post, body: body as P['body'] };
}
