/**
 * Starts the instance field (see InstanceName.astro) where the page has one: loaded with the copy buttons,
 * which every page with commands has, so that the field costs no script of its own.
 */
import { enhance } from './instance-name.ts';

const field = document.querySelector<HTMLElement>('instance-name');
if (field) enhance(field);
