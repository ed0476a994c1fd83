import type { LocaleShape } from '../../shape';
import type zh from '../zh-CN/media';

export default {
  uploads: {
    title: 'Photo uploads',
    intro:
      'Item and offer photos are saved on this computer first, then uploaded to the platform: your other computers and your customers see the platform’s copy.',
    waiting_one: '{{count}} photo is waiting to upload; it goes up automatically when online.',
    waiting_other: '{{count}} photos are waiting to upload; they go up automatically when online.',
    refused_one:
      'The platform refused {{count}} photo, so your other computers cannot see it: save the item with another photo.',
    refused_other:
      'The platform refused {{count}} photos, so your other computers cannot see them: save the items with other photos.',
    reasonLabel: 'Reason',
  },
  refusal: {
    not_an_image: 'The file is not a JPEG, PNG or WebP image',
    image_type_mismatch: 'The file’s content does not match its declared image type',
    image_unreadable: 'The image is damaged and cannot be read',
    image_too_many_pixels: 'The image has too many pixels (50 megapixels at most)',
    body_too_large: 'The image file is too large (10 MB at most)',
    media_quota_exceeded: 'The shop’s photo storage is full',
    unsupported_media_type: 'The platform does not take this type of file',
    hash_mismatch: 'The image changed while it was uploading',
    other: 'The platform refused this photo',
  },
} as const satisfies LocaleShape<typeof zh>;
