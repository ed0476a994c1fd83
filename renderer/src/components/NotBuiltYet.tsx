import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Says plainly that a part of the console is not built yet. */
export function NotBuiltYet({ page }: { page: string }) {
  const { t } = useTranslation();
  return (
    <Result status="info" title={t('notBuilt.title', { page })} subTitle={t('notBuilt.body')} />
  );
}
