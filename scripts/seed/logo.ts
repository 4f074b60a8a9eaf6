/**
 * The seed's placeholder logo: a square emblem (fjord and mountains on a light tile) and a
 * monoline wordmark "KS TRØNDELAG", drawn as SVG paths so it renders the same everywhere
 * (no fonts). Light on transparent, for the dark blue header; the hotspot sits on the emblem,
 * so the square icons the site renders from the logo show the emblem alone.
 */

/** Glyphs on a grid with cap height 24 (top 0, baseline 24): outline path and advance width. */
const GLYPHS: Record<string, { d: string; w: number }> = {
	K: { d: 'M1.5 0V24M15 0L1.5 13.5M6.5 8.5L15.5 24', w: 17 },
	S: {
		d: 'M14.5 4.2C13 1.6 10.6 0 7.6 0 4 0 1.6 2.2 1.6 5.6c0 7.5 13.4 4.8 13.4 12.4 0 3.6-2.8 6-6.8 6-3.3 0-6-1.6-7.4-4.4',
		w: 16.5,
	},
	T: { d: 'M0 0H16M8 0V24', w: 16 },
	R: { d: 'M1.5 24V0H8.5C12.5 0 15 2.4 15 6.3S12.5 12.6 8.5 12.6H1.5M9 12.6L15.5 24', w: 17 },
	Ø: { d: 'M9 0C4.3 0 1.5 5 1.5 12S4.3 24 9 24 16.5 19 16.5 12 13.7 0 9 0ZM2.5 25L15.5-1', w: 18 },
	N: { d: 'M1.5 24V0L15.5 24V0', w: 17 },
	D: { d: 'M1.5 0V24H7C12.5 24 16 19.5 16 12S12.5 0 7 0Z', w: 17.5 },
	E: { d: 'M14 0H1.5V24H14.5M1.5 11.8H12', w: 15.5 },
	L: { d: 'M1.5 0V24H14', w: 14.5 },
	A: { d: 'M0.5 24L8.5 0 16.5 24M3.4 15.5H13.6', w: 17 },
	G: {
		d: 'M16 4.8C14.6 1.8 12 0 8.9 0 4.3 0 1.5 5 1.5 12S4.3 24 8.9 24C13 24 16 21.2 16 16.4V13.6H9.5',
		w: 18,
	},
	' ': { d: '', w: 7 },
};

/** The wordmark's paths, one per glyph, laid out with `tracking` between glyphs. */
function wordmark(text: string, tracking: number): { paths: string; width: number } {
	let x = 0;
	const paths = [...text]
		.map((ch) => {
			const glyph = GLYPHS[ch];
			if (!glyph) throw new Error(`no glyph for ${ch}`);
			const path = glyph.d ? `<path transform="translate(${x} 0)" d="${glyph.d}"/>` : '';
			x += glyph.w + tracking;
			return path;
		})
		.join('');
	return { paths, width: x - tracking };
}

/** Height of the logo in SVG pixels; the emblem is a square of this size. */
export const LOGO_HEIGHT = 72;

/** The logo as an SVG document, and its pixel size. */
export function logoSvg(): { svg: string; width: number; height: number } {
	const h = LOGO_HEIGHT;
	const scale = 1.2; // cap height 28.8 px
	// "KS" heavier than the region's name, like an organisation's lockup.
	const ks = wordmark('KS', 3.2);
	const region = wordmark('TRØNDELAG', 3.2);
	const space = GLYPHS[' ']!.w + 3.2;
	const markWidth = ks.width + 3.2 + space + region.width;
	const gap = 18;
	const width = Math.ceil(h + gap + markWidth * scale + 4);
	const top = (h - 24 * scale) / 2;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">
	<g>
		<rect width="${h}" height="${h}" rx="16" fill="#ffffff"/>
		<g transform="scale(${h / 32})" fill="#0c4459">
			<path d="M5 21.5 11.5 11l4 6 4.5-8 7 12.5z"/>
			<path d="M5 25.5c1.4-1.2 2.8-1.2 4.2 0s2.8 1.2 4.2 0 2.8-1.2 4.2 0 2.8 1.2 4.2 0 2.8-1.2 4.2 0" fill="none" stroke="#0c4459" stroke-width="1.8" stroke-linecap="round"/>
		</g>
	</g>
	<g transform="translate(${h + gap} ${top}) scale(${scale})" fill="none" stroke="#ffffff" stroke-linejoin="miter" stroke-miterlimit="3">
		<g stroke-width="3.6">${ks.paths}</g>
		<g stroke-width="2.4" transform="translate(${ks.width + 3.2 + space} 0)">${region.paths}</g>
	</g>
</svg>
`;
	return { svg, width, height: h };
}

/** The emblem's centre as a Sanity hotspot (fractions of the logo): the square icons show it. */
export function logoHotspot(width: number): {
	x: number;
	y: number;
	width: number;
	height: number;
} {
	const fraction = LOGO_HEIGHT / width;
	return { x: fraction / 2, y: 0.5, width: fraction, height: 1 };
}
