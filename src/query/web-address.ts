/**
 * A source's address as a link target, only when it is a web address (http or https). Anything else — javascript:,
 * data:, file:, a malformed address — is shown as text and never followed: stores written before imports checked
 * addresses (or edited by hand) may hold such values.
 */
export function webAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
