import { describe, expect, it } from 'vitest';
import { webAddress } from '../../src/query/web-address.js';

describe('webAddress: only http and https addresses become links', () => {
  it.each([
    'javascript:alert(8)',
    ' JavaScript:alert(8)',
    'jAvAsCrIpT:alert(document.cookie)',
    'data:text/html,<script>alert(8)</script>',
    'vbscript:msgbox(8)',
    'file:///etc/passwd',
    'ftp://example.org/x',
    '/relative/path',
    'example.org',
    '',
    null,
    undefined,
  ])('%s → no link', (url) => {
    expect(webAddress(url)).toBeNull();
  });

  it('keeps web addresses, normalised', () => {
    expect(webAddress('https://rosstat.gov.ru/folder/210/document/13204')).toBe(
      'https://rosstat.gov.ru/folder/210/document/13204',
    );
    expect(webAddress(' HTTP://Example.ORG/a b')).toBe('http://example.org/a%20b');
  });
});
