import { PictureOutlined } from '@ant-design/icons';
import { usePhotoUrl } from '../photos/use-photo-url';

/** A small square photo, or a placeholder when the item has none on this device. */
export function ItemThumb({ photoId, size = 44 }: { photoId: string | undefined; size?: number }) {
  const url = usePhotoUrl(photoId, 'thumb');
  const box = { width: size, height: size, borderRadius: 6, flex: 'none' } as const;
  if (!url) {
    return (
      <span
        aria-hidden
        style={{
          ...box,
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
  return <img src={url} alt="" style={{ ...box, objectFit: 'cover' }} />;
}
