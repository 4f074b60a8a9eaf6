import { isValidElement, type ReactNode } from 'react';

/** A React element's own props, as the tests read them. */
type Props = { children?: ReactNode; href?: string } & Record<string, unknown>;

/**
 * Walks a tree of plain React elements (host elements only, as `createElement('p', …)` makes) and
 * returns its text and its links, without a renderer: enough to test a small static pane.
 */
export function readTree(node: ReactNode): { text: string; links: Props[]; tags: string[] } {
	const result = { text: '', links: [] as Props[], tags: [] as string[] };
	const visit = (current: ReactNode) => {
		if (typeof current === 'string' || typeof current === 'number') result.text += current;
		else if (Array.isArray(current)) current.forEach(visit);
		else if (isValidElement<Props>(current)) {
			if (typeof current.type !== 'string') throw new Error('readTree reads host elements only');
			result.tags.push(current.type);
			if (current.type === 'a') result.links.push(current.props);
			visit(current.props.children);
			result.text += ' ';
		}
	};
	visit(node);
	return { ...result, text: result.text.replace(/\s+/g, ' ').trim() };
}
