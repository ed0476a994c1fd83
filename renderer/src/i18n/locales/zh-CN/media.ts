export default {
  uploads: {
    title: '图片上传',
    intro:
      '商品和团购的图片先保存在这台电脑上，再上传到平台，店里其他电脑和顾客看到的都是平台上的这一份。',
    waiting_one: '{{count}} 张图片等待上传，联网后自动上传。',
    waiting_other: '{{count}} 张图片等待上传，联网后自动上传。',
    refused_one: '平台拒收了 {{count}} 张图片，其他电脑看不到它：换一张图片后再保存。',
    refused_other: '平台拒收了 {{count}} 张图片，其他电脑看不到它们：换一张图片后再保存。',
    reasonLabel: '原因',
  },
  refusal: {
    not_an_image: '文件不是 JPEG、PNG 或 WebP 图片',
    image_type_mismatch: '文件内容与声明的图片类型不符',
    image_unreadable: '图片已损坏，无法读取',
    image_too_many_pixels: '图片像素太多（最多 5000 万像素）',
    body_too_large: '图片文件太大（最大 10 MB）',
    media_quota_exceeded: '店铺的图片存储空间已满',
    unsupported_media_type: '平台不接受这种文件类型',
    hash_mismatch: '上传过程中图片内容有变化',
    other: '平台拒收了这张图片',
  },
} as const;
