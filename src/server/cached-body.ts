import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A response body kept for repeated requests: its bytes, ETag and compressed forms (made on first demand). */
export interface CachedBody {
  type: string;
  etag: string;
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export function cachedBody(body: string | Buffer, type: string): CachedBody {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  return { type, identity, etag: createHash('sha1').update(identity).digest('base64url') };
}

/** Whether an Accept-Encoding header accepts `coding` (listed, and not with q=0). */
function accepts(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (name!.trim().toLowerCase() !== coding && name!.trim() !== '*') continue;
    return !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
  }
  return false;
}

/** The coding chosen for each Accept-Encoding header seen (clients send few distinct ones): parsed once. */
const codings = new Map<string, 'br' | 'gzip' | null>();

function codingFor(header: string | undefined): 'br' | 'gzip' | null {
  if (!header) return null;
  let coding = codings.get(header);
  if (coding === undefined) {
    coding = accepts(header, 'br') ? 'br' : accepts(header, 'gzip') ? 'gzip' : null;
    if (codings.size >= 256) codings.clear();
    codings.set(header, coding);
  }
  return coding;
}

/**
 * The form of a cached body to send for an Accept-Encoding header: brotli (quality 5: most of the gain at a
 * fraction of the time) or gzip when accepted and smaller, else the bytes as they are. Each form has its own ETag.
 */
export function representation(
  entry: CachedBody,
  acceptEncoding: string | string[] | undefined,
): { encoding: 'br' | 'gzip' | null; bytes: Buffer; etag: string } {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (entry.identity.length > 256) {
    const coding = codingFor(header);
    if (coding === 'br') {
      entry.br ??= brotliCompressSync(entry.identity, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: entry.identity.length,
        },
      });
      return { encoding: 'br', bytes: entry.br, etag: `"${entry.etag}-br"` };
    }
    if (coding === 'gzip') {
      entry.gzip ??= gzipSync(entry.identity);
      return { encoding: 'gzip', bytes: entry.gzip, etag: `"${entry.etag}-gz"` };
    }
  }
  return { encoding: null, bytes: entry.identity, etag: `"${entry.etag}"` };
}
