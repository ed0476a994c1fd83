import { Button, Tooltip } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useUndo } from './undo-context';

/** Undoes the most recent bulk or destructive change; names it so the shop knows what comes back. */
export function UndoLastButton() {
  const { t } = useTranslation('menu');
  const { last, undo } = useUndo();
  return (
    <Tooltip title={last ? t('undo.lastIs', { label: last.label }) : t('undo.nothing')}>
      <Button icon={<UndoOutlined />} disabled={!last} onClick={() => last && void undo(last)}>
        {t('undo.last')}
      </Button>
    </Tooltip>
  );
}
