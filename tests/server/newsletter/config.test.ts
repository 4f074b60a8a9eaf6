import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../../server/config-values.ts';
import { readNewsletterConfig, readSmtp } from '../../../server/newsletter/config.ts';

describe('readSmtp', () => {
	test('reads smtp:// with user and password, STARTTLS port by default', () => {
		expect(readSmtp({ SMTP_URL: 'smtp://nyhetsbrev%40ks.no:hemmelig%21@smtp.example.no' })).toEqual(
			{
				host: 'smtp.example.no',
				port: 587,
				secure: false,
				auth: { user: 'nyhetsbrev@ks.no', pass: 'hemmelig!' },
			},
		);
	});

	test('reads OAuth2 for Microsoft 365 from its variables', () => {
		expect(
			readSmtp({
				SMTP_URL: 'smtp://nyhetsbrev%40ks.no@smtp.office365.com:587',
				SMTP_OAUTH2_CLIENT_ID: 'klient',
				SMTP_OAUTH2_CLIENT_SECRET: 'hemmelighet',
				SMTP_OAUTH2_REFRESH_TOKEN: 'oppfrisking',
				SMTP_OAUTH2_TOKEN_URL: 'https://login.microsoftonline.com/leietaker/oauth2/v2.0/token',
			})?.auth,
		).toEqual({
			type: 'OAuth2',
			user: 'nyhetsbrev@ks.no',
			clientId: 'klient',
			clientSecret: 'hemmelighet',
			refreshToken: 'oppfrisking',
			accessUrl: 'https://login.microsoftonline.com/leietaker/oauth2/v2.0/token',
		});
	});

	test.each([
		[{ SMTP_URL: 'http://smtp.example.no' }, 'SMTP_URL må se ut som smtp://'],
		[
			{ SMTP_URL: 'smtp://u@smtp.example.no', SMTP_OAUTH2_CLIENT_ID: 'k' },
			'SMTP_OAUTH2_CLIENT_SECRET mangler',
		],
	])('refuses %j with one Norwegian line', (env, message) => {
		expect(() => readSmtp(env)).toThrow(ConfigError);
		expect(() => readSmtp(env)).toThrow(message);
	});

	test('unset SMTP_URL means no sending, not an error', () => {
		expect(readNewsletterConfig({}).smtp).toBeNull();
	});

	test('DKIM needs all three variables', () => {
		expect(() => readNewsletterConfig({ DKIM_DOMAIN: 'example.no' })).toThrow(
			'DKIM krever alle tre: DKIM_DOMAIN, DKIM_SELECTOR og DKIM_PRIVATE_KEY_FILE.',
		);
	});
});
