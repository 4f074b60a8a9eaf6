import type { Template } from 'sanity';
import type { PostKind } from './lib/post-kinds';

/** A "new post" template that sets the kind and today's date. */
function postTemplate(id: string, title: string, kind: PostKind): Template {
	return {
		id,
		title,
		schemaType: 'post',
		value: () => ({ kind, publishedAt: new Date().toISOString() }),
	};
}

/** Initial-value templates shown in "Opprett" menus and the structure lists. */
export const postTemplates: Template[] = [
	postTemplate('post-summerGreeting', 'Ny sommerhilsen', 'summerGreeting'),
	postTemplate('post-christmasGreeting', 'Ny julehilsen', 'christmasGreeting'),
	postTemplate('post-newsletter', 'Nytt nyhetsbrev', 'newsletter'),
];
