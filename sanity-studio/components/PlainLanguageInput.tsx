import { Stack } from '@sanity/ui';
import {
	createElement,
	type ReactElement,
	type ReactNode,
	useEffect,
	useMemo,
	useState,
} from 'react';
import { useClient, useFormValue, type InputProps } from 'sanity';
import {
	analyzeText,
	blockTexts,
	resolvePlainLanguage,
	textParagraphs,
	type StoredPlainLanguage,
} from '../../src/lib/plain-language/index.ts';
import { API_VERSION } from '../lib/constants';
import { writtenStandard } from '../lib/languages';
import {
	PLAIN_LANGUAGE_SETTINGS_PARAMS,
	PLAIN_LANGUAGE_SETTINGS_QUERY,
} from '../lib/plain-language-settings';
import type { AssistedText } from '../lib/plain-language';
import { PlainLanguagePanel } from './PlainLanguagePanel';

// @sanity/ui's polymorphic props defeat createElement's overloads, so props are not type-checked here.
const h = createElement as (
	type: unknown,
	props: object | null,
	...children: ReactNode[]
) => ReactElement;

/**
 * Wraps the default input of a body or ingress with the assistant's panel, recomputed as the
 * editor types; the office's targets and words are read once from the settings.
 */
export function plainLanguageInput(kind: AssistedText) {
	return function PlainLanguageInput(props: InputProps) {
		const client = useClient({ apiVersion: API_VERSION });
		const [stored, setStored] = useState<StoredPlainLanguage>(null);
		useEffect(() => {
			const subscription = client.observable
				.fetch<StoredPlainLanguage>(PLAIN_LANGUAGE_SETTINGS_QUERY, PLAIN_LANGUAGE_SETTINGS_PARAMS)
				.subscribe({ next: setStored, error: () => setStored(null) });
			return () => subscription.unsubscribe();
		}, [client]);
		const language = writtenStandard(useFormValue(['language']));
		const report = useMemo(() => {
			const paragraphs = kind === 'body' ? blockTexts(props.value) : textParagraphs(props.value);
			if (paragraphs.length === 0) return null;
			const settings = resolvePlainLanguage(stored);
			return analyzeText(paragraphs, {
				language,
				lixTarget: kind === 'body' ? settings.bodyLix : settings.excerptLix,
				extraWords: settings.extraWords(language),
			});
		}, [props.value, stored, language]);
		return h(
			Stack,
			{ space: 2 },
			props.renderDefault(props),
			report ? h(PlainLanguagePanel, { report }) : null,
		);
	};
}
