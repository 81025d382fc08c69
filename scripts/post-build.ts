/**
 * Steps after `astro build` on the staged site, before it replaces `dist/`.
 */

/** Runs the post-build steps on a built site folder; throws with a reason when one fails. */
export async function postBuild(_dir: string): Promise<void> {}
