import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { produceVariant, writeVariants } from '../../../src/images/produce.ts';
import type { ImageContext } from '../../../src/images/registry.ts';
import { responsiveImage, shareImage, shareImageBytes } from '../../../src/images/responsive.ts';
import { srcset } from '../../../src/render/figure.ts';
import { writeImageExport } from '../../fixtures/image-export.ts';
import { imageContext } from '../../helpers/images.ts';

let dir: string;
let server: Server;
let requests = 0;
let ctx: ImageContext;
let files: Awaited<ReturnType<typeof writeImageExport>>;

const figureOf = (
	f: { id: string; name: string; width: number; height: number },
	url = pathToFileURL(join(dir, 'images', f.name)).href,
) => ({
	asset: {
		_id: f.id,
		url,
		width: f.width,
		height: f.height,
		size: 1000,
		originalFilename: 'foto.jpg',
	},
});

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-image-build-'));
	files = await writeImageExport(dir);
	server = createServer(async (req, res) => {
		requests++;
		const name = (req.url ?? '').split('/').pop()!;
		res.end(await readFile(join(dir, 'images', name)).catch(() => ''));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
}, 60_000);
afterAll(async () => {
	server.close();
	await rm(dir, { recursive: true, force: true });
});
/** A fresh registry with its own cache folder. */
const useCache = (name: string) => (ctx = imageContext({ IMAGE_CACHE_DIR: join(dir, name) }));

describe('writeVariants', () => {
	test('encodes every registered variant once; a second run, into a fresh folder, encodes nothing', async () => {
		useCache('cache-a');
		const image = responsiveImage(ctx, {
			...figureOf(files.good),
			hotspot: files.hotspot,
			crop: files.crop,
		});
		shareImage(ctx, figureOf(files.good));
		const count = ctx.registry.jobs.size;
		// The crop is 720 px wide: 400, 640 and 720 px in AVIF, WebP and JPEG, plus the share image.
		expect(count).toBe(3 * 3 + 1);
		const first = await writeVariants(join(dir, 'dist-1', 'bilder'), ctx);
		expect(first).toMatchObject({ files: count, encoded: count, cached: 0, failed: [] });
		expect((await readdir(join(dir, 'dist-1', 'bilder'))).sort()).toEqual(
			[...ctx.registry.jobs.keys()].sort(),
		);
		const avif = srcset(image.sources[0]!.files).split(' ')[0]!.replace('/bilder/', '');
		expect(await sharp(join(dir, 'dist-1', 'bilder', avif)).metadata()).toMatchObject({
			format: 'heif',
			width: 400,
		});

		ctx.registry.stats.encoded = 0;
		const second = await writeVariants(join(dir, 'dist-2', 'bilder'), ctx);
		expect(second).toMatchObject({ files: count, encoded: 0, cached: count });
	});

	test('reports a variant it cannot make instead of throwing, and writes the rest', async () => {
		useCache('cache-b');
		shareImage(ctx, figureOf(files.good));
		shareImage(ctx, figureOf(files.truncated));
		const result = await writeVariants(join(dir, 'dist-3', 'bilder'), ctx);
		expect(result.files).toBe(1);
		expect(result.failed).toHaveLength(1);
		expect(result.failed[0]!.job.assetId).toBe(files.truncated.id);
		expect(result.failed[0]!.reason).toMatch(/premature end/i);
	});
});

describe('API originals', () => {
	test('are downloaded once, then processed by the same code as local files', async () => {
		useCache('cache-c');
		const { port } = server.address() as { port: number };
		const url = `http://127.0.0.1:${port}/images/proj/production/${files.good.name}`;
		requests = 0;
		responsiveImage(ctx, figureOf(files.good, url));
		const result = await writeVariants(join(dir, 'dist-4', 'bilder'), ctx);
		expect(result).toMatchObject({ failed: [], downloaded: 1 });
		expect(requests).toBe(1);
	});
});

describe('produceVariant / shareImageBytes', () => {
	test('encodes on demand once, shared by parallel callers, and knows the file size', async () => {
		useCache('cache-d');
		const figure = figureOf(files.good);
		const [a, b] = await Promise.all([shareImageBytes(ctx, figure), shareImageBytes(ctx, figure)]);
		expect(a).toBe(b);
		expect(a).toBeGreaterThan(1000);
		expect(ctx.registry.stats.encoded).toBe(1);
		const job = ctx.registry.jobs.get(shareImage(ctx, figure).url.replace('/bilder/', ''))!;
		expect((await produceVariant(job, ctx)).length).toBe(a);
		expect(ctx.registry.stats.encoded).toBe(1);
	});
});
