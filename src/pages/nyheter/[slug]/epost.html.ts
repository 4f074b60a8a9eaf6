/** The e-mail edition of a post (HTML part): /nyheter/<slug>/epost.html (noindex; docs/email-calendar.md). */
import { emailEditionPaths, emailEditionRoute } from '../../../site/email/routes.ts';

export const getStaticPaths = emailEditionPaths;
export const GET = emailEditionRoute('html');
