import type { Template } from 'sanity';
import type { PostKind } from './lib/post-kinds';

/** A "new post" template that sets the kind; the publish time is set when it is published. */
function postTemplate(id: string, title: string, kind: PostKind): Template {
	return {
		id,
		title,
		schemaType: 'post',
		value: () => ({ kind }),
	};
}

/** Initial-value templates shown in "Opprett" menus and the structure lists. */
const postTemplates: Template[] = [
	postTemplate('post-summerGreeting', 'Ny sommerhilsen', 'summerGreeting'),
	postTemplate('post-christmasGreeting', 'Ny julehilsen', 'christmasGreeting'),
	postTemplate('post-newsletter', 'Nytt nyhetsbrev', 'newsletter'),
];

/**
 * The workspace's templates: the schema's defaults with the plain post retitled «Ny nyhet» (its
 * kind defaults to news), no template for singletons, and the three post templates above.
 */
export function resolveTemplates(previous: Template[], singletonTypes: Set<string>): Template[] {
	return [
		...previous
			.filter((template) => !singletonTypes.has(template.schemaType))
			.map((template) => (template.id === 'post' ? { ...template, title: 'Ny nyhet' } : template)),
		...postTemplates,
	];
}
