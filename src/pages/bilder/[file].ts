/** Publishes the original files of local image assets at /bilder/<sha1>-<w>x<h>.<ext>. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAssets } from '../../sanity/content.ts';
import { isLocalAsset, localAssetPath, publishedImageName } from '../../sanity/images.ts';
import type { Asset } from '../../sanity/schemas.ts';

export const getStaticPaths = (async () =>
	(await getAssets())
		.filter((a) => a._id.startsWith('image-') && isLocalAsset(a))
		.map((asset) => ({ params: { file: publishedImageName(asset) }, props: { asset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ asset: Asset }> = async ({ props }) => new Response(await readFile(localAssetPath(props.asset)));
