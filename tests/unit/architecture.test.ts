/**
 * The rooms follow the flow: every import in src/, server/, preview/ and scripts/ is one that
 * docs/architecture.md's "May import" table allows, and the table itself only points up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importFaults, parseRooms, tableFaults } from '../helpers/architecture.ts';
import { ROOT } from '../helpers/build.ts';
import { importsOf, sourceFiles } from '../helpers/imports.ts';

const rooms = parseRooms(readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8'));
const imports = ['src', 'server', 'preview', 'scripts'].flatMap((dir) =>
	sourceFiles(ROOT, dir).flatMap((file) => importsOf(ROOT, file)),
);

describe('the may-import table', () => {
	test('has a row for every room of the flow', () => {
		expect(rooms.map((r) => r.name)).toEqual(
			expect.arrayContaining(['config', 'report', 'sanity', 'images', 'render', 'content']),
		);
	});

	test('has no arrow back up: each room names only rooms above it', () => {
		expect(tableFaults(rooms)).toEqual([]);
	});
});

describe('imports', () => {
	test('are read from the code (value and type-only imports, .astro files too)', () => {
		expect(imports.length).toBeGreaterThan(500);
		expect(imports.some((i) => i.typeOnly)).toBe(true);
		expect(imports.some((i) => i.file.endsWith('.astro'))).toBe(true);
	});

	test('follow the table', () => {
		expect(importFaults(rooms, imports)).toEqual([]);
	});

	test('an arrow back up fails with its file and line', () => {
		const faults = importFaults(rooms, [
			{ file: 'src/lib/urls.ts', line: 7, target: 'src/content/store.ts', typeOnly: false },
			{ file: 'src/render/figure.ts', line: 3, target: 'src/content/images.ts', typeOnly: true },
			{ file: 'src/render/figure.ts', line: 4, target: 'src/images/responsive.ts', typeOnly: true },
		]);
		expect(faults).toEqual([
			'src/lib/urls.ts:7: lib may not import content (src/content/store.ts)',
			'src/render/figure.ts:3: render may not import types of content (src/content/images.ts)',
		]);
	});

	test('a table row that points down, or names no row, is a fault', () => {
		const table = [
			{ name: 'lib', folders: ['src/lib/'], mayImport: ['content', 'nowhere'], typesOf: [] },
			{ name: 'content', folders: ['src/content/'], mayImport: ['lib'], typesOf: [] },
		];
		expect(tableFaults(table)).toEqual([
			'lib may import content, a room at or below it',
			'lib names a room the table lacks: nowhere',
		]);
	});
});
