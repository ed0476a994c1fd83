import { PictureOutlined } from '@ant-design/icons';
import { usePhotoUrl } from '../photos/use-photo-url';

const box = (size: number) =>
  ({ width: size, height: size, borderRadius: 6, flex: 'none' }) as const;

function Placeholder({ size }: { size: number }) {
  return (
    <span
      aria-hidden
      style={{
        ...box(size),
        display: 'grid',
        placeItems: 'center',
        background: '#f5f5f5',
        color: '#8c8c8c',
      }}
    >
      <PictureOutlined />
    </span>
  );
}

function StoredPhoto({ photoId, size }: { photoId: string; size: number }) {
  const url = usePhotoUrl(photoId, 'thumb');
  if (!url) return <Placeholder size={size} />;
  return <img src={url} alt="" style={{ ...box(size), objectFit: 'cover' }} />;
}

/**
 * A small square photo, or a placeholder when the item has none on this device. An item without
 * photos reads nothing: a long list mounts rows quickly as it scrolls.
 */
export function ItemThumb({ photoId, size = 44 }: { photoId: string | undefined; size?: number }) {
  return photoId ? <StoredPhoto photoId={photoId} size={size} /> : <Placeholder size={size} />;
}
