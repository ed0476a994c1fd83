import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/storefront/checks';

/**
 * The checks before publishing (domain/storefront/checks.ts): one sentence per problem code,
 * {{…}} the problem's values; the names of fields and photo places the sentences use.
 */
export default {
  severity: { error: 'Must be fixed before publishing', warning: 'Worth a look' },
  page_empty: 'The page has no blocks yet.',
  notice_empty: 'The notice has no Chinese text: customers would see an empty notice.',
  text_empty: 'The text block has no Chinese text.',
  gallery_empty: 'The gallery has no photos yet.',
  banner_no_image: 'The banner has no image yet.',
  menu_names_nothing:
    'Every category and dish chosen for this menu block has been deleted: it would show nothing.',
  offers_names_nothing:
    'All {{count}} group-buy offers chosen here are deleted or not on sale: this block would show nothing.',
  booking_names_nothing:
    'Every service chosen for this booking block has been deleted or archived: there is nothing to book.',
  image_missing:
    'A photo of the $t(storefront:checks.where.{{where}}) ({{hash}}) is neither on this computer nor uploaded: customers would see a broken image. Choose the photo again.',
  offer_missing: '{{count}} of the offers chosen here have been deleted and will not show.',
  offer_ended: 'The group-buy “{{title}}” has ended and will not show any more.',
  offer_sale_over: 'The sale of the group-buy “{{title}}” is over; it will not show any more.',
  offer_not_on_sale:
    'The group-buy “{{title}}” is $t(offers:status.{{status}}): it will not show until it is on sale.',
  category_missing: '{{count}} of the categories chosen here have been deleted.',
  item_missing: '{{count}} of the dishes chosen here have been deleted.',
  service_missing: '{{count}} of the services chosen here have been deleted or archived.',
  daypart_missing:
    '{{count}} of the dayparts this block shows in have been deleted; it shows in the others only.',
  banner_target_missing:
    'The block this banner links to is not on the page: tapping it would do nothing.',
  visibility_dates_reversed:
    'The block’s last day ({{until}}) is before its first day ({{from}}): it would never show.',
  visibility_days_outside_dates:
    'There are no $t(storefront:checks.days.{{days}}) between {{from}} and {{until}}: the block would never show.',
  visibility_dayparts_deleted:
    'Every daypart this block shows in ({{count}}) has been deleted: it would never show.',
  visibility_past: 'The block’s dates ended on {{until}}: it will not show again.',
  english_missing:
    'The $t(storefront:checks.fields.{{field}}) has Chinese only: English-speaking customers will see the Chinese.',
  banner_alt_missing:
    'The banner’s image has no description: customers using a screen reader will not know what it shows.',
  contrast_text:
    'The text colour on the background has a contrast of only {{ratio}}; it needs at least {{required}} to be easy to read.',
  contrast_button:
    'The button label (the background colour) on the primary colour has a contrast of only {{ratio}}; it needs at least {{required}}.',
  fields: {
    text: 'notice',
    body: 'text',
    title: 'title',
    alt: 'image description',
    headline: 'banner headline',
    caption: 'photo caption',
  },
  days: { weekdays: 'weekdays', weekends: 'weekend days' },
  where: { logo: 'logo', cover: 'cover', gallery: 'gallery', banner: 'banner' },
} satisfies LocaleShape<typeof zh>;
