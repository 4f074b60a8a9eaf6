import { describe, expect, test } from 'vitest';
import { contentType, fileTypeLabel, mimeType } from '../../../src/lib/mime.ts';

describe('fileTypeLabel', () => {
	test.each([
		{ extension: 'pdf', expected: 'PDF' },
		{ extension: 'PDF', expected: 'PDF' },
		{ extension: 'docx', expected: 'Word' },
		{ extension: 'xlsx', expected: 'Excel' },
		{ extension: 'pptx', expected: 'PowerPoint' },
		{ extension: 'odt', expected: 'ODT' },
		{ extension: 'csv', expected: 'CSV' },
		{ extension: '', expected: 'Fil' },
		{ extension: null, expected: 'Fil' },
		{ extension: undefined, expected: 'Fil' },
	])('labels "$extension" as "$expected"', ({ extension, expected }) => {
		expect(fileTypeLabel(extension)).toBe(expected);
	});
});

describe('mimeType', () => {
	test.each([
		{ extension: 'pdf', expected: 'application/pdf' },
		{ extension: 'JPG', expected: 'image/jpeg' },
		{ extension: '.png', expected: 'image/png' },
		{
			extension: 'docx',
			expected: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		},
		{ extension: 'exe', expected: 'application/octet-stream' },
		{ extension: null, expected: 'application/octet-stream' },
	])('gives "$expected" for "$extension"', ({ extension, expected }) => {
		expect(mimeType(extension)).toBe(expected);
	});
});

describe('contentType', () => {
	test.each([
		{ extension: '.html', expected: 'text/html; charset=utf-8' },
		{ extension: 'xml', expected: 'application/xml; charset=utf-8' },
		{ extension: 'ics', expected: 'text/calendar; charset=utf-8' },
		{ extension: 'pdf', expected: 'application/pdf' },
		{ extension: 'woff2', expected: 'font/woff2' },
		{ extension: 'unknown', expected: 'application/octet-stream' },
	])('is "$expected" for "$extension"', ({ extension, expected }) => {
		expect(contentType(extension)).toBe(expected);
	});
});
