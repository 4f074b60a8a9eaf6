import { audience } from './documents/audience';
import { event } from './documents/event';
import { municipality } from './documents/municipality';
import { person } from './documents/person';
import { post } from './documents/post';
import { postStatus } from './documents/postStatus';
import { siteStatus } from './documents/siteStatus';
import { topic } from './documents/topic';
import { accessibilitySettings } from './objects/accessibilitySettings';
import { attachment } from './objects/attachment';
import { blockContent } from './objects/blockContent';
import { facebookShare } from './objects/facebookShare';
import { figure } from './objects/figure';
import { internalLink } from './objects/internalLink';
import { langSpan } from './objects/langSpan';
import { link } from './objects/link';
import { plainLanguageSettings } from './objects/plainLanguageSettings';
import { newsletterSend } from './objects/newsletterSend';
import { newsletterSettings } from './objects/newsletterSettings';
import { seo } from './objects/seo';
import { siteSettings } from './singletons/siteSettings';

export const schemaTypes = [
	// Dokumenter
	post,
	topic,
	person,
	municipality,
	event,
	audience,
	// Objekter
	figure,
	attachment,
	link,
	internalLink,
	langSpan,
	blockContent,
	seo,
	facebookShare,
	newsletterSend,
	newsletterSettings,
	accessibilitySettings,
	plainLanguageSettings,
	// Singletons
	siteSettings,
	// Status fra publiseringsserveren (skrivebeskyttet)
	postStatus,
	siteStatus,
];
