/**
 * Verifies a Sanity GROQ-powered webhook call: the `sanity-webhook-signature` header
 * (`t=<ms>,v1=<HMAC-SHA256 of "t.body">`, checked by @sanity/webhook over the raw body) and the
 * age of its timestamp, so a captured request cannot be replayed later. The timestamp is inside
 * the signed text, so it can only be trusted after the signature is checked.
 * @see https://www.sanity.io/docs/webhooks#signed-webhooks
 */
import { decodeSignatureHeader, isValidSignature } from '@sanity/webhook';

/** Why a call was refused; all are answered 401 without saying which. */
export type Refusal = 'unsigned' | 'malformed' | 'bad-signature' | 'stale';

export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

/** Norwegian log line for each refusal (server log only, never in the response). */
export const REFUSAL_MESSAGES: Record<Refusal, string> = {
	unsigned: 'Webhook avvist: signatur mangler.',
	malformed: 'Webhook avvist: signaturen har feil format.',
	'bad-signature':
		'Webhook avvist: signaturen stemmer ikke (feil hemmelighet eller endret innhold).',
	stale:
		'Webhook avvist: tidsstempelet er mer enn 5 minutter fra serverens klokke (mulig gjentakelse).',
};

/** Checks `signature` for the raw `body`; resolves to null when valid, else the refusal reason. */
export async function verifyWebhook(
	body: string,
	signature: string | undefined,
	secret: string,
	now: Date,
	maxAgeMs = MAX_SIGNATURE_AGE_MS,
): Promise<Refusal | null> {
	if (!signature) return 'unsigned';
	let timestamp: number;
	try {
		timestamp = decodeSignatureHeader(signature).timestamp;
	} catch {
		return 'malformed';
	}
	const valid = await isValidSignature(body, signature, secret).catch(() => false);
	if (!valid) return 'bad-signature';
	// Both directions: a clock far ahead is as suspicious as an old call.
	if (Math.abs(now.getTime() - timestamp) > maxAgeMs) return 'stale';
	return null;
}
