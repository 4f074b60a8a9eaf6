/**
 * The accessibility audit's last result, docs/a11y-status.json: written by `npm run audit`
 * (scripts/audit.ts), committed, and read by the build for the accessibility statement.
 */
import { z } from 'astro/zod';
import raw from '../../docs/a11y-status.json' with { type: 'json' };

export const lighthouseResultSchema = z.object({
	page: z.string(),
	accessibility: z.number(),
	seo: z.number(),
	bestPractices: z.number(),
	performance: z.number(),
});

export const a11yStatusSchema = z.object({
	/** Calendar date of the run (YYYY-MM-DD, Oslo time). */
	date: z.iso.date(),
	tools: z.array(z.object({ name: z.string(), version: z.string() })),
	browserSuite: z.object({
		passed: z.number().int(),
		failed: z.number().int(),
		total: z.number().int(),
	}),
	lighthouse: z.array(lighthouseResultSchema),
});

export type A11yStatus = z.infer<typeof a11yStatusSchema>;
export type LighthouseResult = z.infer<typeof lighthouseResultSchema>;

/** The committed audit result; `null` when the file does not match the schema. */
export function getA11yStatus(): A11yStatus | null {
	const parsed = a11yStatusSchema.safeParse(raw);
	return parsed.success ? parsed.data : null;
}
