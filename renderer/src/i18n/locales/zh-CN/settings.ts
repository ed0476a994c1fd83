export default {
  title: '设置',
  languageNames: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  language: '界面语言',
  languageHelp: '切换后立即生效，并记住你的选择。',
  storage: '本机存储',
  storagePersistent: '浏览器已同意持久保存本机数据。',
  storageNotPersistent: '浏览器可能在磁盘紧张时清除本机数据。建议使用桌面版，或尽快同步。',
  storageDesktop: '桌面版的本机数据会一直保存在这台电脑上。',
  about: '关于',
  version: '版本 {{version}}（{{platform}}）',
  host: {
    desktop: '桌面版',
    web: '浏览器版',
  },
} as const;
