/** The body as text, or null once it passes `limit` bytes (read no further: a huge body costs nothing). */
export async function readLimitedText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

/**
 * `sendBeacon` with a string sends `text/plain`, the one type a cross-origin beacon may carry without
 * a CORS preflight (Fetch standard, "CORS-safelisted request-header"); the SDK's fetch fallback sends JSON.
 */
export function isRecordType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type === 'text/plain';
}
