/**
 * zod for every file the app reads, configured once: jitless, so it never compiles validators
 * with Function() (which the Content-Security-Policy's script-src 'self' forbids, and which zod
 * would otherwise probe for on first use).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
