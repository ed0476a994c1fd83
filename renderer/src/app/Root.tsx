import { useMemo, useState } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Language } from '@domain/ipc-contract';
import { LanguageContext, applyLanguage, type LanguageState } from '../settings/language';
import { App } from './App';
import { UpdatePrompt } from './UpdatePrompt';

// Alipay blue one step darker, and secondary text darker than antd's default, so text meets
// WCAG AA contrast (axe's color-contrast rule) on white and on the primary's light tints.
const theme = {
  token: {
    colorPrimary: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorError: '#cf1322',
    colorLink: '#0958d9',
  },
};

/** Language and Ant Design's locale, which follow each other. */
export function Root({ initialLanguage }: { initialLanguage: Language }) {
  const [language, setLanguage] = useState(initialLanguage);
  const state = useMemo<LanguageState>(
    () => ({
      language,
      changeLanguage: async (next) => {
        await applyLanguage(next);
        setLanguage(next);
      },
    }),
    [language],
  );
  return (
    <LanguageContext.Provider value={state}>
      <ConfigProvider
        locale={language === 'zh-CN' ? zhCN : enUS}
        theme={theme}
        // antd would render two-character labels as "取 消"; Chinese UI copy is written as meant.
        button={{ autoInsertSpace: false }}
      >
        <AntApp>
          <UpdatePrompt />
          <App />
        </AntApp>
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}
