import { formatDateNb } from './dates';
import { formatPostKind } from './post-kinds';

/** Builds a post's preview subtitle: "Sommerhilsen · 23. juni 2023", marking future dates as planned. */
export function describePost(
	{ kind, publishedAt }: { kind?: string; publishedAt?: string },
	now: Date = new Date(),
): string {
	const date = formatDateNb(publishedAt);
	if (!date || !publishedAt) return `${formatPostKind(kind)} · uten publiseringsdato`;
	const planned = new Date(publishedAt).getTime() > now.getTime();
	return `${formatPostKind(kind)} · ${planned ? `planlagt ${date}` : date}`;
}
