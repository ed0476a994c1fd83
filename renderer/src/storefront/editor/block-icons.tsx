/** Each block type's icon, in the palette and the list. */
import type { ReactNode } from 'react';
import {
  AlignLeftOutlined,
  CalendarOutlined,
  FileImageOutlined,
  NotificationOutlined,
  PictureOutlined,
  ShopOutlined,
  TagsOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { BlockType } from '@domain/storefront/schema';

export const blockIcons: Record<BlockType, ReactNode> = {
  header: <ShopOutlined aria-hidden />,
  notice: <NotificationOutlined aria-hidden />,
  menu: <UnorderedListOutlined aria-hidden />,
  offers: <TagsOutlined aria-hidden />,
  booking: <CalendarOutlined aria-hidden />,
  gallery: <PictureOutlined aria-hidden />,
  text: <AlignLeftOutlined aria-hidden />,
  banner: <FileImageOutlined aria-hidden />,
};
