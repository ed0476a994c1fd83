/** An empty list's note, dark enough to read (antd's own placeholder grey fails contrast). */
export function EmptyNote({ children }: { children: string }) {
  return <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{children}</span>;
}
