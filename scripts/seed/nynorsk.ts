/**
 * A newsletter in nynorsk: the office writes both standards (språklova), and the site marks it
 * `lang="nn"` on its page, its e-mail edition (every newsletter has one) and its feed items.
 */
import { h2, p } from './portable-text.ts';
import type { PostSpec } from './types.ts';

export const nynorsk: PostSpec[] = [
	{
		id: 'post-velkomne-nye-ordforarar-2023',
		title: 'Velkomne, nye ordførarar – vi møtest på Arena Trøndelag',
		slug: 'velkomne-nye-ordforarar-2023',
		kind: 'newsletter',
		language: 'nn',
		publishedAt: '2023-10-02T08:00:00Z',
		excerpt:
			'Etter valet har mange kommunar i Trøndelag fått nye ordførarar. Vi gler oss til å møte dykk på Arena Trøndelag i november.',
		body: [
			p(
				'Etter valet i september har mange kommunar i Trøndelag fått nye ordførarar. KS Trøndelag ønskjer alle nye folkevalde velkomne.',
			),
			h2('Møtestad i november'),
			p(
				'I november møter vi nye ordførarar og kommunedirektørar på Arena Trøndelag. Der blir vi kjende med kvarandre. Vi snakkar om kva som ventar i den nye perioden.',
			),
			p(
				'Gjennom folkevaldprogrammet kjem vi òg ut til alle kommunestyra. [Les meir om programmet](ref:post-folkevalgtprogrammet-2023).',
			),
		],
		topics: ['arena-trondelag', 'folkevalgtprogrammet'],
		contact: 'person-kari-nordvik',
	},
];
