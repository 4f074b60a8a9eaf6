import { Card, Stack, Text } from '@sanity/ui';
import { createElement, type ReactElement, type ReactNode } from 'react';
import type { PlainLanguageReport } from '../../src/lib/plain-language/index.ts';
import { plainLanguageMessages } from '../lib/plain-language';

// @sanity/ui's polymorphic props defeat createElement's overloads, so props are not type-checked here.
const h = createElement as (
	type: unknown,
	props: object | null,
	...children: ReactNode[]
) => ReactElement;

/**
 * The assistant's small panel under a body or ingress: LIX, its band and the office's target,
 * then the same findings as the field's warnings. Written with createElement so the schema
 * (which imports it) loads in the tests without a JSX transform.
 */
export function PlainLanguagePanel({ report }: { report: PlainLanguageReport }) {
	const findings = plainLanguageMessages(report).map((message) =>
		message.replace(/^Klarspråk: /, ''),
	);
	const tone = report.overTarget || findings.length > 0 ? 'caution' : 'positive';
	return h(
		Card,
		{ padding: 3, radius: 2, tone, border: true, 'data-testid': 'plain-language' },
		h(
			Stack,
			{ space: 3 },
			h(
				Text,
				{ size: 1, weight: 'semibold' },
				`Klarspråk: LIX ${report.lix} – ${report.band} (mål: under ${report.lixTarget}) · ${report.words} ord · ${report.sentences} setninger`,
			),
			...findings.map((finding) => h(Text, { size: 1, key: finding }, finding)),
		),
	);
}
