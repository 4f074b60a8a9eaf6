/**
 * Generated seed assets: placeholder photos (sharp), a small PDF and a small .docx.
 * Files are named like a real `sanity dataset export`: images/<sha1>-<w>x<h>.<ext>, files/<sha1>.<ext>.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { storedZip } from '../lib/zip.ts';

export type SeedAsset = { ref: string; path: string; originalFilename: string; mimeType: string };

const sha1 = (buf: Buffer) => createHash('sha1').update(buf).digest('hex');

/** A calm, photo-like placeholder: sky gradient, hills and a few "people" silhouettes. */
function placeholderSvg(w: number, h: number, hue: number, people: number): string {
	const figures = Array.from({ length: people }, (_, i) => {
		const x = ((i + 1) * w) / (people + 1);
		const s = h / 9;
		return `<circle cx="${x}" cy="${h * 0.55}" r="${s * 0.35}" fill="hsl(${hue},25%,22%)"/>
			<rect x="${x - s * 0.45}" y="${h * 0.55 + s * 0.4}" width="${s * 0.9}" height="${s * 1.6}" rx="${s * 0.3}" fill="hsl(${hue},25%,22%)"/>`;
	}).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
		<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
			<stop offset="0" stop-color="hsl(${hue},60%,78%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},45%,55%)"/>
		</linearGradient></defs>
		<rect width="100%" height="100%" fill="url(#g)"/>
		<path d="M0 ${h * 0.7} Q ${w * 0.3} ${h * 0.5} ${w * 0.6} ${h * 0.68} T ${w} ${h * 0.62} V ${h} H 0 Z" fill="hsl(${(hue + 90) % 360},35%,38%)"/>
		${figures}
	</svg>`;
}

/** A portrait placeholder in the same style: soft background, head and shoulders, centred. */
function portraitSvg(size: number, hue: number): string {
	const s = size;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}">
		<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
			<stop offset="0" stop-color="hsl(${hue},35%,82%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360},30%,64%)"/>
		</linearGradient></defs>
		<rect width="100%" height="100%" fill="url(#g)"/>
		<circle cx="${s / 2}" cy="${s * 0.4}" r="${s * 0.17}" fill="hsl(${hue},22%,30%)"/>
		<path d="M ${s * 0.16} ${s} C ${s * 0.18} ${s * 0.72} ${s * 0.34} ${s * 0.62} ${s / 2} ${s * 0.62} S ${s * 0.82} ${s * 0.72} ${s * 0.84} ${s} Z" fill="hsl(${hue},22%,30%)"/>
	</svg>`;
}

/** Writes an image file named like an export (`<sha1>-<w>x<h>.<ext>`). */
async function writeImageFile(
	dir: string,
	name: string,
	buf: Buffer,
	size: { width: number; height: number; ext: string; mimeType: string },
): Promise<SeedAsset> {
	const file = `${sha1(buf)}-${size.width}x${size.height}.${size.ext}`;
	await mkdir(join(dir, 'images'), { recursive: true });
	await writeFile(join(dir, 'images', file), buf);
	return {
		ref: `image@file://./images/${file}`,
		path: `images/${file}`,
		originalFilename: name,
		mimeType: size.mimeType,
	};
}

export async function writeImage(
	dir: string,
	name: string,
	opts: { width: number; height: number; hue: number; people?: number; portrait?: boolean },
): Promise<SeedAsset> {
	const svg = opts.portrait
		? portraitSvg(opts.width, opts.hue)
		: placeholderSvg(opts.width, opts.height, opts.hue, opts.people ?? 0);
	const buf = await sharp(Buffer.from(svg)).jpeg({ quality: 72, mozjpeg: true }).toBuffer();
	return writeImageFile(dir, name, buf, { ...opts, ext: 'jpg', mimeType: 'image/jpeg' });
}

/** Stores an SVG document as an image asset (a logo), at its own pixel size. */
export function writeSvg(
	dir: string,
	name: string,
	svg: { svg: string; width: number; height: number },
): Promise<SeedAsset> {
	return writeImageFile(dir, name, Buffer.from(svg.svg, 'utf8'), {
		width: svg.width,
		height: svg.height,
		ext: 'svg',
		mimeType: 'image/svg+xml',
	});
}

/** A one-page PDF with a few lines of Helvetica text (Latin-1 via WinAnsiEncoding). */
export function makePdf(lines: string[]): Buffer {
	const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
	const text = lines
		.map((l, i) => `BT /F1 ${i === 0 ? 18 : 11} Tf 56 ${780 - i * 22} Td (${esc(l)}) Tj ET`)
		.join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
	];
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(out, 'latin1'));
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}

const xmlEscape = (s: string) =>
	s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

/** A minimal Word document with one paragraph per line. */
export function makeDocx(lines: string[]): Buffer {
	const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
	const paras = lines
		.map((l) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(l)}</w:t></w:r></w:p>`)
		.join('');
	return storedZip([
		[
			'[Content_Types].xml',
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
		],
		[
			'_rels/.rels',
			'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
		],
		[
			'word/document.xml',
			`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paras}</w:body></w:document>`,
		],
	]);
}

export async function writeFileAsset(
	dir: string,
	name: string,
	ext: string,
	mimeType: string,
	buf: Buffer,
): Promise<SeedAsset> {
	const file = `${sha1(buf)}.${ext}`;
	await mkdir(join(dir, 'files'), { recursive: true });
	await writeFile(join(dir, 'files', file), buf);
	return {
		ref: `file@file://./files/${file}`,
		path: `files/${file}`,
		originalFilename: name,
		mimeType,
	};
}
