/**
 * Compares a new screenshot with the committed one, so a reviewer sees which images changed:
 * pixelmatch counts the pixels that differ beyond anti-aliasing (threshold 0.1, its default).
 */
import { execFileSync } from 'node:child_process';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export type ScreenshotChange =
	| { kind: 'new' }
	| { kind: 'unchanged' }
	| { kind: 'resized'; from: string; to: string; pixels: number; percent: number }
	| { kind: 'changed'; pixels: number; percent: number };

/** The committed version of a file at HEAD (path relative to the repository), or null. */
export function committedFile(root: string, path: string): Buffer | null {
	try {
		return execFileSync('git', ['show', `HEAD:${path}`], {
			cwd: root,
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		return null;
	}
}

/** How `next` (PNG) differs from `previous` (PNG, or null when there was none). */
export function compareScreenshots(previous: Buffer | null, next: Buffer): ScreenshotChange {
	if (!previous) return { kind: 'new' };
	const a = PNG.sync.read(previous);
	const b = PNG.sync.read(next);
	if (a.width === b.width && a.height === b.height) {
		const pixels = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
		if (pixels === 0) return { kind: 'unchanged' };
		return { kind: 'changed', pixels, percent: (100 * pixels) / (a.width * a.height) };
	}
	// A page that grew or shrank: compare the part both have (from the top), and say so.
	const width = Math.min(a.width, b.width);
	const height = Math.min(a.height, b.height);
	const pixels = pixelmatch(
		crop(a, width, height),
		crop(b, width, height),
		undefined,
		width,
		height,
		{
			threshold: 0.1,
		},
	);
	return {
		kind: 'resized',
		from: `${a.width}×${a.height}`,
		to: `${b.width}×${b.height}`,
		pixels,
		percent: (100 * pixels) / (width * height),
	};
}

/** The top-left `width`×`height` pixels of an RGBA image. */
function crop(png: PNG, width: number, height: number): Buffer {
	const out = Buffer.alloc(width * height * 4);
	for (let y = 0; y < height; y++)
		png.data.copy(out, y * width * 4, y * png.width * 4, (y * png.width + width) * 4);
	return out;
}

/** One line of the report: "changed: 1234 pixels (0.52 %)", "unchanged", "new", "resized: …". */
export function describeChange(change: ScreenshotChange): string {
	switch (change.kind) {
		case 'new':
		case 'unchanged':
			return change.kind;
		case 'resized':
			return `changed: size ${change.from} → ${change.to}, ${change.pixels} pixels (${change.percent.toFixed(2)} %) of the common area`;
		case 'changed':
			return `changed: ${change.pixels} pixels (${change.percent.toFixed(2)} %)`;
	}
}
