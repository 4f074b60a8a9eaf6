import { SunIcon } from '@sanity/icons/Sun';
import type { StructureBuilder, StructureResolverContext } from 'sanity/structure';
import { API_VERSION } from '../lib/constants';
import { toOsloYear } from '../lib/dates';

const SUMMER_FILTER = '_type == "post" && kind == "summerGreeting"';

/** Years (Oslo time) that have summer greetings, newest first. */
function summerGreetingYears(dates: (string | null)[]): number[] {
	const years = dates.map((date) => toOsloYear(date ?? undefined));
	return [...new Set(years.filter((year) => year !== undefined))].sort((a, b) => b - a);
}

/** "Sommerhilsener": one folder per year, plus greetings without a date. */
export function summerGreetingsItem(S: StructureBuilder, context: StructureResolverContext) {
	return S.listItem()
		.id('sommerhilsener')
		.title('Sommerhilsener')
		.icon(SunIcon)
		.child(async () => {
			const client = context.getClient({ apiVersion: API_VERSION });
			const dates = await client.fetch<(string | null)[]>(`*[${SUMMER_FILTER}].publishedAt`);
			const yearItems = summerGreetingYears(dates).map((year) =>
				S.listItem()
					.id(String(year))
					.title(String(year))
					.icon(SunIcon)
					.child(
						S.documentList()
							.id(`sommerhilsener-${year}`)
							.title(`Sommerhilsener ${year}`)
							.schemaType('post')
							.apiVersion(API_VERSION)
							// Year boundaries in Oslo time (UTC+1 at New Year).
							.filter(
								`${SUMMER_FILTER} && dateTime(publishedAt) >= dateTime($from) && dateTime(publishedAt) < dateTime($to)`,
							)
							.params({ from: `${year - 1}-12-31T23:00:00Z`, to: `${year}-12-31T23:00:00Z` })
							.defaultOrdering([{ field: 'publishedAt', direction: 'desc' }])
							.initialValueTemplates([S.initialValueTemplateItem('post-summerGreeting')]),
					),
			);
			return S.list()
				.id('sommerhilsener-ar')
				.title('Sommerhilsener')
				.initialValueTemplates([S.initialValueTemplateItem('post-summerGreeting')])
				.items([
					...yearItems,
					S.divider(),
					S.listItem()
						.id('uten-dato')
						.title('Uten dato')
						.child(
							S.documentList()
								.id('sommerhilsener-uten-dato')
								.title('Sommerhilsener uten dato')
								.schemaType('post')
								.apiVersion(API_VERSION)
								.filter(`${SUMMER_FILTER} && !defined(publishedAt)`)
								.initialValueTemplates([S.initialValueTemplateItem('post-summerGreeting')]),
						),
				]);
		});
}
