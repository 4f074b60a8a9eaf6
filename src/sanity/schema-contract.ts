/**
 * Compile-time contract between the zod schemas (schemas.ts) and the result types that Sanity
 * TypeGen generates from the Studio schema and queries.ts (sanity.types.ts). `npm run check` fails
 * when a query returns a field the site does not validate, when a schema validates a field the
 * query no longer returns, or when a generated field type no longer fits its schema.
 */
import type { z } from 'astro/zod';
import type {
	assetSchema,
	audienceSchema,
	newsletterSendSchema,
	eventSchema,
	facebookSchema,
	figureSchema,
	logoSchema,
	municipalityRefSchema,
	municipalitySchema,
	personSchema,
	postSchema,
	siteSettingsSchema,
	topicRefSchema,
	topicSchema,
} from './schemas.ts';
import type {
	AudiencesQueryResult,
	MunicipalitiesQueryResult,
	EventsQueryResult,
	PostsQueryResult,
	SiteSettingsQueryResult,
	TopicsQueryResult,
} from './sanity.types.ts';

type Keys<T> = keyof NonNullable<T>;
/** `true` when both have the same fields; otherwise a type naming the difference (a type error). */
type SameKeys<Schema, Query> = [
	Exclude<Keys<Schema>, Keys<Query>>,
	Exclude<Keys<Query>, Keys<Schema>>,
] extends [never, never]
	? true
	: {
			onlyInSchema: Exclude<Keys<Schema>, Keys<Query>>;
			onlyInQuery: Exclude<Keys<Query>, Keys<Schema>>;
		};
/** `true` when every value of A is accepted where B is expected. */
type Fits<A, B> = [A] extends [B] ? true : { doesNotFit: A; expected: B };
/** The generated type with the fields the site requires made non-null (what the schema enforces). */
type Refined<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
type In<S extends z.ZodType> = z.input<S>;

type QueryPost = PostsQueryResult[number];
type QueryFigure = NonNullable<QueryPost['mainImage']>;
type QueryEvent = EventsQueryResult[number];
type EventScalars = '_id' | '_type' | 'title' | 'slug' | 'start' | 'end' | 'registrationDeadline';
type PostScalars =
	'_id' | '_type' | 'title' | 'slug' | 'publishedAt' | 'kind' | 'excerpt' | 'deadline';

export type SchemaContract = [
	SameKeys<In<typeof postSchema>, QueryPost>,
	SameKeys<Omit<In<typeof figureSchema>, '_key'>, QueryFigure>,
	SameKeys<In<typeof assetSchema>, QueryFigure['asset']>,
	SameKeys<In<typeof topicRefSchema>, NonNullable<QueryPost['topics']>[number]>,
	SameKeys<In<typeof municipalityRefSchema>, NonNullable<QueryPost['municipalities']>[number]>,
	SameKeys<In<typeof personSchema>, QueryPost['contact']>,
	SameKeys<In<typeof facebookSchema>, QueryPost['facebook']>,
	Fits<NonNullable<QueryPost['facebook']>, In<typeof facebookSchema>>,
	SameKeys<In<typeof siteSettingsSchema>, SiteSettingsQueryResult>,
	SameKeys<In<typeof logoSchema>, NonNullable<SiteSettingsQueryResult>['logo']>,
	SameKeys<
		NonNullable<In<typeof siteSettingsSchema>['leadStory']>,
		NonNullable<SiteSettingsQueryResult>['leadStory']
	>,
	SameKeys<In<typeof newsletterSendSchema>, QueryPost['newsletter']>,
	Fits<NonNullable<QueryPost['newsletter']>, In<typeof newsletterSendSchema>>,
	SameKeys<In<typeof audienceSchema>, AudiencesQueryResult[number]>,
	Fits<Refined<AudiencesQueryResult[number], 'title' | 'slug'>, In<typeof audienceSchema>>,
	SameKeys<In<typeof topicSchema>, TopicsQueryResult[number]>,
	SameKeys<In<typeof municipalitySchema>, MunicipalitiesQueryResult[number]>,
	Fits<
		Pick<Refined<QueryPost, 'title' | 'slug' | 'publishedAt' | 'kind'>, PostScalars>,
		Pick<In<typeof postSchema>, PostScalars>
	>,
	Fits<Refined<TopicsQueryResult[number], 'title' | 'slug'>, In<typeof topicSchema>>,
	Fits<
		Refined<MunicipalitiesQueryResult[number], 'name' | 'slug' | 'kind'>,
		In<typeof municipalitySchema>
	>,
	SameKeys<In<typeof eventSchema>, QueryEvent>,
	SameKeys<NonNullable<In<typeof eventSchema>['location']>, QueryEvent['location']>,
	Fits<
		Pick<Refined<QueryEvent, 'title' | 'slug' | 'start'>, EventScalars>,
		Pick<In<typeof eventSchema>, EventScalars>
	>,
];

/** Every entry must be `true`; anything else is a drift between schema, query and zod. */
export const schemaContract = [
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
] as const satisfies SchemaContract;
