import { representation, type CachedBody } from './cached-body.js';
import type { HeaderList } from './plugins/security-headers.js';

/** One form of a cached answer (identity, gzip or brotli) as written: bytes, ETag and both header blocks. */
export interface WireForm {
  encoding: 'br' | 'gzip' | null;
  etag: string;
  bytes: Buffer;
  /** Headers of the 200 answer, flat (name, value, name, value…) as `writeHead` takes them. */
  ok: string[];
  /** Headers of the 304 answer to a matching If-None-Match. */
  notModified: string[];
}

/**
 * A GET answer kept for repeated requests: the body with its compressed forms, and for each form the complete
 * header block (security headers of the route that made it included), each built once on first demand. A repeated
 * request then costs a lookup and one write, with no header to compute, validate against the route or hash.
 */
export class CachedAnswer {
  private readonly forms = new Map<string, WireForm>();

  constructor(
    readonly body: CachedBody,
    private readonly security: HeaderList,
  ) {}

  /** The form to send for an Accept-Encoding header. */
  form(acceptEncoding: string | string[] | undefined): WireForm {
    const rep = representation(this.body, acceptEncoding);
    const key = rep.encoding ?? '';
    let form = this.forms.get(key);
    if (!form) {
      const validators = ['etag', rep.etag, 'cache-control', 'no-cache', 'vary', 'accept-encoding'];
      const security = this.security.flat();
      form = {
        encoding: rep.encoding,
        etag: rep.etag,
        bytes: rep.bytes,
        ok: [
          ...security,
          'content-type',
          this.body.type,
          ...validators,
          ...(rep.encoding ? ['content-encoding', rep.encoding] : []),
          'content-length',
          String(rep.bytes.length),
        ],
        notModified: [...security, ...validators],
      };
      this.forms.set(key, form);
    }
    return form;
  }
}
