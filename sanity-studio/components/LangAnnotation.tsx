import { createElement as h } from 'react';
import type { BlockAnnotationProps } from 'sanity';

/**
 * How the editor sees a part marked with a language: dotted underline and the language code after
 * it («nn», «se» …), and `lang` on the span so the Studio's own spell checking follows it.
 */
export function LangAnnotation(props: BlockAnnotationProps) {
	const code = (props.value as { lang?: string } | undefined)?.lang;
	return h(
		'span',
		{ lang: code, style: { textDecoration: 'underline dotted' }, title: code },
		props.renderDefault(props),
		code
			? h('sup', { 'aria-hidden': true, style: { fontSize: '0.7em', opacity: 0.7 } }, code)
			: null,
	);
}
