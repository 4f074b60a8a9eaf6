import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { probeImage, settledProbe } from '../../../src/images/probe.ts';
import { useImageExport, type ImageExport } from '../../helpers/image-export.ts';

let dir: string;
let files: ImageExport;
const path = (name: string) => join(dir, 'images', name);
const cache = () => ({ cacheDir: join(dir, 'cache') });

useImageExport('ks-probe-', (d, f) => {
	dir = d;
	files = f;
});

describe('probeImage', () => {
	test('reads size, alpha and a 20 px LQIP from a good photo', async () => {
		const probe = await probeImage(path(files.good.name), files.good.id, cache());
		expect(probe).toMatchObject({
			ok: true,
			width: 800,
			height: 600,
			format: 'jpeg',
			hasAlpha: false,
			notes: [],
		});
		const lqip = Buffer.from(
			(probe as { lqip: string }).lqip.replace('data:image/jpeg;base64,', ''),
			'base64',
		);
		expect(await sharp(lqip).metadata()).toMatchObject({ format: 'jpeg', width: 20, height: 15 });
	});

	test('finds transparency in a PNG', async () => {
		expect(await probeImage(path(files.png.name), files.png.id, cache())).toMatchObject({
			ok: true,
			hasAlpha: true,
		});
	});

	test.each([
		['corrupt', /kan ikke leses \(ødelagt fil eller ukjent format/],
		['truncated', /kan ikke leses \(avkortet eller ødelagt fil: .*premature end/i],
	] as const)('refuses a %s JPEG with a reason', async (kind, reason) => {
		const probe = await probeImage(path(files[kind].name), files[kind].id, cache());
		expect(probe.ok).toBe(false);
		expect((probe as { reason: string }).reason).toMatch(reason);
	});

	test('says when the file is missing', async () => {
		expect(await probeImage(path('nope.jpg'), 'image-x', cache())).toEqual({
			ok: false,
			reason: 'filen mangler i eksporten',
		});
	});

	test('keeps an SVG with a note that it is not a photo', async () => {
		const probe = await probeImage(path(files.svg.name), files.svg.id, cache());
		expect(probe).toMatchObject({ ok: true, format: 'svg', width: 400, height: 300 });
		expect((probe as { notes: string[] }).notes).toEqual([
			'SVG-grafikk, ikke et foto; vist som rasterbilde',
		]);
	});

	test('keeps a 12000×8000 JPEG with a note, and refuses it above the pixel limit without decoding', async () => {
		const probe = await probeImage(path(files.huge.name), files.huge.id, cache());
		expect(probe).toMatchObject({ ok: true, width: 12000, height: 8000 });
		expect((probe as { notes: string[] }).notes[0]).toMatch(/^svært stort \(12000×8000, 96 MP\)/);
		const limited = await probeImage(path(files.huge.name), files.huge.id, {
			...cache(),
			maxPixels: 50_000_000,
		});
		expect(limited).toEqual({
			ok: false,
			reason: 'for stort (12000×8000, 96 MP; grensen er 50 MP)',
		});
	});

	test('is memoised and cached on disk', async () => {
		const first = probeImage(path(files.good.name), files.good.id, cache());
		expect(probeImage(path(files.good.name), files.good.id, cache())).toBe(first);
		expect(settledProbe(path(files.good.name))).toEqual(await first);
		const cached = await readdir(join(dir, 'cache', 'probe'), { recursive: true });
		expect(cached.filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(5);
	});
});
