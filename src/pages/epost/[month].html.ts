/** The monthly digest e-mail: /epost/<yyyy>-<mm>.html for each of the last 12 months with posts (noindex). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDigestMonths } from '../../content/slices.ts';
import { monthPeriod } from '../../site/email/digest-email.ts';
import { digestEdition } from '../../site/email/editions.ts';
import { outputPaths } from '../../site/outputs.ts';
import { productionPaths } from '../../site/preview.ts';

export const getStaticPaths = (() =>
	outputPaths('digests', () =>
		productionPaths(async () => (await getDigestMonths()).map((month) => ({ params: { month } }))),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response((await digestEdition(monthPeriod(String(params.month)))).html, {
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});
