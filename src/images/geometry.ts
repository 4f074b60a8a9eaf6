/**
 * Validates a figure's crop and hotspot against its image before any URL is built. Sanity stores
 * both as fractions of the original (`sanity.imageCrop`: the share cut from each side;
 * `sanity.imageHotspot`: centre x/y and width/height), and @sanity/image-url turns whatever it
 * gets into a `rect=` — a crop with left+right ≥ 1 gives a negative width, `<img width="-320">`
 * and files that are never written. Here a sane value is clamped into 0–1 silently (Studio
 * rounding can give -0.0001), and a crop or hotspot that leaves nothing to show is ignored with a
 * report line naming the field.
 */
import { imageMessages as m } from '../report/messages.ts';

export type Crop = {
	_type?: string | undefined;
	top: number;
	bottom: number;
	left: number;
	right: number;
};
export type Hotspot = {
	_type?: string | undefined;
	x: number;
	y: number;
	width: number;
	height: number;
};
export type Geometry = { crop?: Crop | null | undefined; hotspot?: Hotspot | null | undefined };
export type GeometryResult = {
	crop: Crop | null;
	hotspot: Hotspot | null;
	/** `[field, reason]` for each value that was ignored. */
	problems: Array<[field: 'crop' | 'hotspot', reason: string]>;
};

const clamp = (v: number) => Math.min(1, Math.max(0, v));
const finite = (...values: unknown[]) =>
	values.every((v) => typeof v === 'number' && Number.isFinite(v));
/** True when every numeric field of `a` equals `b`'s: the original object is kept (no copy, same cache key). */
const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
	Object.keys(a).every((k) => a[k] === b[k]);
const pct = (v: number) => `${Math.round(v * 1000) / 10} %`;

/** The crop and hotspot to use for an image `width`×`height` px, and what was wrong with them. */
export function checkGeometry(
	{ crop, hotspot }: Geometry,
	size: { width: number; height: number },
): GeometryResult {
	const out: GeometryResult = { crop: null, hotspot: null, problems: [] };
	if (crop) {
		const { top, bottom, left, right } = crop;
		if (!finite(top, bottom, left, right)) out.problems.push(['crop', m.cropNotNumbers]);
		else {
			const c = {
				...crop,
				top: clamp(top),
				bottom: clamp(bottom),
				left: clamp(left),
				right: clamp(right),
			};
			// At least one whole pixel must remain in each direction.
			const w = Math.floor(size.width * (1 - c.left - c.right));
			const h = Math.floor(size.height * (1 - c.top - c.bottom));
			if (w < 1) out.problems.push(['crop', m.cropEmpty('venstre + høyre', pct(c.left + c.right))]);
			else if (h < 1)
				out.problems.push(['crop', m.cropEmpty('topp + bunn', pct(c.top + c.bottom))]);
			else out.crop = same(c, crop) ? crop : c;
		}
	}
	if (hotspot) {
		const { x, y, width, height } = hotspot;
		if (!finite(x, y, width, height)) out.problems.push(['hotspot', m.hotspotNotNumbers]);
		else if (width <= 0 || height <= 0) out.problems.push(['hotspot', m.hotspotEmpty]);
		else {
			const h = {
				...hotspot,
				x: clamp(x),
				y: clamp(y),
				width: Math.min(1, width),
				height: Math.min(1, height),
			};
			out.hotspot = same(h, hotspot) ? hotspot : h;
		}
	}
	return out;
}
