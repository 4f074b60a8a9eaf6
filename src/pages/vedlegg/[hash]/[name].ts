/** Publishes local attachment files at /vedlegg/<sha1>/<readable-name>.<ext>. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAssets } from '../../../content/store.ts';
import { fileUrl, isLocalAsset, localAssetPath } from '../../../sanity/asset-files.ts';
import type { Asset } from '../../../sanity/schemas.ts';

export const getStaticPaths = (async () =>
	(await getAssets())
		.filter((a) => a._id.startsWith('file-') && isLocalAsset(a))
		.map((asset) => {
			const [, , hash = '', name = ''] = fileUrl(asset).split('/');
			return { params: { hash, name }, props: { asset } };
		})) satisfies GetStaticPaths;

export const GET: APIRoute<{ asset: Asset }> = async ({ props }) =>
	new Response(await readFile(localAssetPath(props.asset)));
