/** Slug rule shared with the Studio: lower case, æ→ae, ø→o, å→a, then [a-z0-9-]. */
export function slugify(input: string): string {
	return input
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/[øö]/g, 'o')
		.replace(/[åä]/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
