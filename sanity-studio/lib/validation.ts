import { SLUG_PATTERN } from '../../src/lib/slugify';

/** URL schemes a link in the body may use; the site renders anything else as plain text. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** File extensions accepted as attachments. */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt'];

/** Validation messages shared by several types. */
export const messages = {
	slugRequired: 'Lag en adresse (slug): trykk «Generer».',
	slugFormat:
		'Adressen kan bare inneholde små bokstaver a–z, tall og bindestrek (æ, ø og å skrives ae, o og a).',
} as const;

/** Custom rule for slugs: the stored value must already be in URL form. */
export function checkSlugFormat(value: { current?: string } | undefined): true | string {
	if (!value?.current) return true;
	return SLUG_PATTERN.test(value.current) ? true : messages.slugFormat;
}

/** Returns the file extension of an asset reference id such as "file-<sha1>-pdf". */
export function assetExtension(ref: string | undefined): string | undefined {
	return ref?.split('-').at(-1)?.toLowerCase();
}
