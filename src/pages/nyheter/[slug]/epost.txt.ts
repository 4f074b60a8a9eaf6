/** The text part of a post's e-mail edition: /nyheter/<slug>/epost.txt. */
import { emailEditionPaths, emailEditionRoute } from '../../../site/email/routes.ts';

export const getStaticPaths = emailEditionPaths;
export const GET = emailEditionRoute('text');
