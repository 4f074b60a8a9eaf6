/**
 * The plain-language rules' counts for each published post, for the content report
 * (reports/content.json `readability`): the same pure rules as the Studio's assistant
 * (src/lib/plain-language/), with the office's targets and words from the settings.
 */
import {
	analyzeText,
	blockTexts,
	isTitleTooLong,
	resolvePlainLanguage,
	textParagraphs,
	type PlainLanguageReport,
	type StoredPlainLanguage,
} from '../lib/plain-language/index.ts';
import type { Post } from './store.ts';

/** The counts of one text: LIX, its band and target, and how many of each finding. */
export type TextReadability = Omit<PlainLanguageReport, 'longSentences' | 'heavyWords'> & {
	longSentences: number;
	heavyWords: number;
};

/** One post's entry: its id, slug and standard, the title's length, its ingress and body. */
export type PostReadability = {
	id: string;
	slug: string;
	language: string;
	titleLength: number;
	titleTooLong: boolean;
	excerpt: TextReadability;
	body: TextReadability;
};

const counts = ({ longSentences, heavyWords, ...rest }: PlainLanguageReport): TextReadability => ({
	...rest,
	longSentences: longSentences.length,
	heavyWords: heavyWords.reduce((sum, finding) => sum + finding.count, 0),
});

type ReadPost = Pick<Post, '_id' | 'slug' | 'language' | 'title' | 'excerpt' | 'bodyBlocks'>;

/** The readability entries of `posts`, in their order, read with `stored` settings. */
export function readabilityReport(
	posts: readonly ReadPost[],
	stored: StoredPlainLanguage,
): PostReadability[] {
	const settings = resolvePlainLanguage(stored);
	return posts.map((post) => {
		const options = { language: post.language, extraWords: settings.extraWords(post.language) };
		return {
			id: post._id,
			slug: post.slug,
			language: post.language,
			titleLength: post.title.trim().length,
			titleTooLong: isTitleTooLong(post.title),
			excerpt: counts(
				analyzeText(textParagraphs(post.excerpt), { ...options, lixTarget: settings.excerptLix }),
			),
			body: counts(
				analyzeText(blockTexts(post.bodyBlocks), { ...options, lixTarget: settings.bodyLix }),
			),
		};
	});
}
