import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { resetBuildState } from '../../../src/build-state.ts';
import { readConfig } from '../../../src/config.ts';
import { produceVariant, writeVariants } from '../../../src/images/produce.ts';
import { imageRegistry } from '../../../src/images/registry.ts';
import { responsiveImage, shareImage, shareImageBytes } from '../../../src/images/responsive.ts';
import { writeImageExport } from '../../fixtures/image-export.ts';

let dir: string;
let server: Server;
let requests = 0;
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
	resetBuildState(readConfig({}));
	await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
	const registry = imageRegistry();
	registry.jobs.clear();
	registry.stats.encoded = 0;
	registry.stats.downloaded = 0;
});

describe('writeVariants', () => {
	test('encodes every registered variant once; a second run, into a fresh folder, encodes nothing', async () => {
		resetBuildState(readConfig({ IMAGE_CACHE_DIR: join(dir, 'cache-a') }));
		const image = responsiveImage({
			...figureOf(files.good),
			hotspot: files.hotspot,
			crop: files.crop,
		});
		shareImage(figureOf(files.good));
		const count = imageRegistry().jobs.size;
		// The crop is 720 px wide: 400, 640 and 720 px in AVIF, WebP and JPEG, plus the share image.
		expect(count).toBe(3 * 3 + 1);
		const first = await writeVariants(join(dir, 'dist-1', 'bilder'));
		expect(first).toMatchObject({ files: count, encoded: count, cached: 0, failed: [] });
		expect((await readdir(join(dir, 'dist-1', 'bilder'))).sort()).toEqual(
			[...imageRegistry().jobs.keys()].sort(),
		);
		const avif = image.sources[0]!.srcset.split(' ')[0]!.replace('/bilder/', '');
		expect(await sharp(join(dir, 'dist-1', 'bilder', avif)).metadata()).toMatchObject({
			format: 'heif',
			width: 400,
		});

		imageRegistry().stats.encoded = 0;
		const second = await writeVariants(join(dir, 'dist-2', 'bilder'));
		expect(second).toMatchObject({ files: count, encoded: 0, cached: count });
	});

	test('reports a variant it cannot make instead of throwing, and writes the rest', async () => {
		resetBuildState(readConfig({ IMAGE_CACHE_DIR: join(dir, 'cache-b') }));
		shareImage(figureOf(files.good));
		shareImage(figureOf(files.truncated));
		const result = await writeVariants(join(dir, 'dist-3', 'bilder'));
		expect(result.files).toBe(1);
		expect(result.failed).toHaveLength(1);
		expect(result.failed[0]!.job.assetId).toBe(files.truncated.id);
		expect(result.failed[0]!.reason).toMatch(/premature end/i);
	});
});

describe('API originals', () => {
	test('are downloaded once, then processed by the same code as local files', async () => {
		resetBuildState(readConfig({ IMAGE_CACHE_DIR: join(dir, 'cache-c') }));
		const { port } = server.address() as { port: number };
		const url = `http://127.0.0.1:${port}/images/proj/production/${files.good.name}`;
		requests = 0;
		responsiveImage(figureOf(files.good, url));
		const result = await writeVariants(join(dir, 'dist-4', 'bilder'));
		expect(result).toMatchObject({ failed: [], downloaded: 1 });
		expect(requests).toBe(1);
	});
});

describe('produceVariant / shareImageBytes', () => {
	test('encodes on demand once, shared by parallel callers, and knows the file size', async () => {
		resetBuildState(readConfig({ IMAGE_CACHE_DIR: join(dir, 'cache-d') }));
		const figure = figureOf(files.good);
		const [a, b] = await Promise.all([shareImageBytes(figure), shareImageBytes(figure)]);
		expect(a).toBe(b);
		expect(a).toBeGreaterThan(1000);
		expect(imageRegistry().stats.encoded).toBe(1);
		const job = imageRegistry().jobs.get(shareImage(figure).url.replace('/bilder/', ''))!;
		expect((await produceVariant(job)).length).toBe(a);
		expect(imageRegistry().stats.encoded).toBe(1);
	});
});
