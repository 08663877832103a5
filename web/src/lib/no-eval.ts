// Imported first by each entry (page and worker): zod would otherwise probe `new Function` on its first parse, which
// the server's Content-Security-Policy (no 'unsafe-eval') refuses and reports as a violation.
import { config } from 'zod';

config({ jitless: true });
