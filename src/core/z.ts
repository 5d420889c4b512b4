/**
 * Zod for the whole extension: the tree-shakable `zod/mini` build with English messages. The classic
 * build would put some 90 kB of gzip into every page (the popup's budget is 60 kB in all).
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config(en());

export { z };
