/** An image's address on the platform: the lower-case hex SHA-256 of its bytes (domain/media). */
export async function contentHashOf(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
