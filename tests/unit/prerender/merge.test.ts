/**
 * What a worker thread found while rendering reaches the main thread's build state once: image
 * jobs by file, image uses by asset, document and field, report entries and lines by content.
 */
import { describe, expect, test } from 'vitest';
import { createRegistry, type ImageJob } from '../../../src/images/registry.ts';
import { absorb, harvest } from '../../../src/prerender/merge.ts';
import { ContentReport } from '../../../src/report/report.ts';

const job = (file: string): ImageJob => ({
	file,
	key: `key-${file}`,
	assetId: 'image-abc-800x600-jpg',
	source: 'file:///tmp/a.jpg',
	sourceWidth: 800,
	sourceHeight: 600,
	rect: { left: 0, top: 0, width: 800, height: 600 },
	width: 400,
	height: 300,
	format: 'avif',
});

describe('harvest and absorb', () => {
	test("a worker's new jobs, uses and report entries are added once, the main thread's kept", () => {
		// The worker: it rendered a body the main thread rendered too, and one only it rendered.
		const worker = { images: createRegistry(), report: new ContentReport() };
		worker.images.jobs.set('a.avif', job('a.avif'));
		worker.images.jobs.set('b.avif', job('b.avif'));
		worker.images.uses.set('image-abc-800x600-jpg', [
			{ type: 'post', id: 'p1', path: 'mainImage' },
			{ type: 'post', id: 'p2', path: 'body[3]' },
		]);
		worker.report.warn('post', 'p1', 'body[0]', 'lenken mangler');
		worker.report.warn('post', 'p2', 'body[1]', 'bildet mangler alt-tekst');
		worker.report.note('[bilder] en linje');
		const found = structuredClone(harvest(worker.images, worker.report));

		// The main thread: the first job, use and warning are already there.
		const main = { images: createRegistry(), report: new ContentReport() };
		main.images.jobs.set('a.avif', job('a.avif'));
		main.images.uses.set('image-abc-800x600-jpg', [{ type: 'post', id: 'p1', path: 'mainImage' }]);
		main.report.warn('post', 'p1', 'body[0]', 'lenken mangler');
		absorb(found, main.images, main.report);
		absorb(found, main.images, main.report);

		expect([...main.images.jobs.keys()]).toEqual(['a.avif', 'b.avif']);
		expect(main.images.uses.get('image-abc-800x600-jpg')!.map((u) => u.id)).toEqual(['p1', 'p2']);
		expect(main.report.warnings.map((i) => `${i.id} ${i.path}`)).toEqual([
			'p1 body[0]',
			'p2 body[1]',
		]);
		expect(main.report.lines).toEqual(['[bilder] en linje']);
	});

	test('an asset only a worker saw gets its uses', () => {
		const images = createRegistry();
		absorb(
			{
				jobs: [],
				uses: [['image-new-10x10-png', [{ type: 'event', id: 'e1', path: 'image' }]]],
				issues: [],
				lines: [],
			},
			images,
			new ContentReport(),
		);
		expect(images.uses.get('image-new-10x10-png')).toEqual([
			{ type: 'event', id: 'e1', path: 'image' },
		]);
	});
});
