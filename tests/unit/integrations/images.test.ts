/** Failures of the image step become warnings of the one content report, naming post and field. */
import { describe, expect, test } from 'vitest';
import { createRegistry, recordUse, type ImageJob } from '../../../src/images/registry.ts';
import { reportFailures } from '../../../src/integrations/images.ts';
import { ContentReport } from '../../../src/report/report.ts';

const job = (assetId: string, file: string) => ({ assetId, file }) as ImageJob;

describe('reportFailures', () => {
	test('reports each failed asset once for every document and field that shows it', () => {
		const registry = createRegistry();
		recordUse(registry, 'image-a-10x10-jpg', { type: 'post', id: 'post-1', path: 'body[3]' });
		recordUse(registry, 'image-a-10x10-jpg', { type: 'post', id: 'post-2', path: 'mainImage' });
		const report = new ContentReport();
		reportFailures(
			[
				{ job: job('image-a-10x10-jpg', 'a-400.avif'), reason: 'VipsJpeg: premature end' },
				{ job: job('image-a-10x10-jpg', 'a-400.webp'), reason: 'VipsJpeg: premature end' },
				{ job: job('image-b-10x10-jpg', 'b-400.avif'), reason: 'nedlasting feilet' },
			],
			report,
			registry,
		);
		expect(report.warnings.map((w) => `${w.id} ${w.path}: ${w.reason}`)).toEqual([
			'post-1 body[3]: bildet image-a-10x10-jpg: 2 bildefiler kunne ikke lages (VipsJpeg: premature end); siden viser bildet ikke',
			'post-2 mainImage: bildet image-a-10x10-jpg: 2 bildefiler kunne ikke lages (VipsJpeg: premature end); siden viser bildet ikke',
		]);
		expect(report.lines).toEqual([
			'[bilder] bildet image-b-10x10-jpg: 1 bildefil kunne ikke lages (nedlasting feilet); siden viser bildet ikke',
		]);
	});
});
