import { describe, expect, it } from 'vitest';
import { checkEvidence, cleanFilename, MAX_EVIDENCE_BYTES } from './evidence.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('evidence files', () => {
  it('accepts files that are what their name says', () => {
    expect(checkEvidence({ filename: 'order.pdf', bytes: text('%PDF-1.7\n...') })).toEqual({
      ok: true,
      filename: 'order.pdf',
      mediaType: 'application/pdf',
    });
    expect(checkEvidence({ filename: 'photo.JPG', bytes: bytes(0xff, 0xd8, 0xff, 0xe0) }).ok).toBe(
      true,
    );
    expect(checkEvidence({ filename: 'Отчёт 2024.csv', bytes: text('a,b\n1,2\n') })).toMatchObject({
      ok: true,
      filename: 'Отчёт 2024.csv',
    });
  });

  it('refuses executables, disguised files, empty and oversized ones', () => {
    expect(checkEvidence({ filename: 'setup.exe', bytes: bytes(0x4d, 0x5a) })).toEqual({
      ok: false,
      reason: 'type_not_allowed',
    });
    expect(checkEvidence({ filename: 'invoice.pdf', bytes: bytes(0x4d, 0x5a, 0x90) })).toEqual({
      ok: false,
      reason: 'content_does_not_match_type',
    });
    expect(checkEvidence({ filename: 'notes.txt', bytes: bytes(0x41, 0x00, 0x42) }).ok).toBe(false);
    expect(checkEvidence({ filename: 'page.html', bytes: text('<script>') })).toEqual({
      ok: false,
      reason: 'type_not_allowed',
    });
    expect(checkEvidence({ filename: 'a.pdf', bytes: new Uint8Array() })).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(
      checkEvidence({ filename: 'a.txt', bytes: new Uint8Array(MAX_EVIDENCE_BYTES + 1) }),
    ).toEqual({
      ok: false,
      reason: 'too_large',
    });
  });

  it('strips paths and control characters from names', () => {
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('C:\\Users\\x\\report.pdf')).toBe('report.pdf');
    expect(cleanFilename('bad"name\u0007.pdf')).toBe('badname.pdf');
    expect(cleanFilename('..')).toBeNull();
  });
});
