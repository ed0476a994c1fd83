import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '@domain/ipc-contract';
import { useLanguage } from './language';

const languages: Language[] = ['zh-CN', 'en'];

/** Language names are shown in their own language (the same in every locale), so anyone finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation('settings');
  const { language, changeLanguage } = useLanguage();
  return (
    <Segmented<Language>
      aria-label={t('language')}
      value={language}
      options={languages.map((value) => ({ value, label: t(`languageNames.${value}`) }))}
      onChange={(value) => void changeLanguage(value)}
    />
  );
}
