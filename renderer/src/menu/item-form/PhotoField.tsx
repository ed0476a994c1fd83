import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { Button, Flex, Form, Spin, Typography } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ItemThumb } from '../items/ItemThumb';
import type { PhotoRefusal } from '../photos/resize';
import { MAX_ITEM_PHOTOS, type PhotoDraft } from './use-photo-draft';

interface PhotoFieldProps {
  draft: PhotoDraft;
  onAdd: (file: Blob) => Promise<PhotoRefusal | null>;
  onRemove: (id: string) => void;
}

const imagesIn = (files: FileList | null | undefined) =>
  [...(files ?? [])].filter((file) => file.type.startsWith('image/'));

/** The item's photos: choose from disk, paste, or drop; each is shrunk before it is kept. */
export function PhotoField({ draft, onAdd, onRemove }: PhotoFieldProps) {
  const { t } = useTranslation('menu');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<PhotoRefusal | null>(null);
  const room = MAX_ITEM_PHOTOS - draft.ids.length;

  const addAll = async (files: Blob[]) => {
    setError(null);
    for (const file of files.slice(0, Math.max(room, 0))) {
      const refusal = await onAdd(file);
      if (refusal) setError(refusal);
    }
  };
  const onPaste = (event: ClipboardEvent) => {
    const files = imagesIn(event.clipboardData.files);
    if (files.length === 0) return;
    event.preventDefault();
    void addAll(files);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void addAll(imagesIn(event.dataTransfer.files));
  };

  return (
    <Form.Item
      label={t('form.photos')}
      extra={t('form.photosHelp')}
      validateStatus={error ? 'error' : undefined}
      help={error ? t(`form.photoErrors.${error}`) : undefined}
    >
      <Flex
        gap={8}
        wrap
        align="center"
        tabIndex={0}
        role="group"
        aria-label={t('form.photosPasteArea')}
        onPaste={onPaste}
        onDragOver={(event) => event.preventDefault()}
        onDrop={onDrop}
        style={{ padding: 8, border: '1px dashed #bfbfbf', borderRadius: 8 }}
      >
        {draft.ids.map((id, index) => (
          <Flex key={id} vertical align="center" gap={2}>
            <ItemThumb photoId={id} size={72} />
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined />}
              aria-label={t('form.removePhoto', { n: index + 1 })}
              onClick={() => onRemove(id)}
            />
          </Flex>
        ))}
        {draft.busy > 0 && <Spin aria-label={t('form.photoBusy')} />}
        <Button icon={<PlusOutlined />} disabled={room <= 0} onClick={() => input.current?.click()}>
          {t('form.addPhoto')}
        </Button>
        <Typography.Text type="secondary">{t('form.pasteHint')}</Typography.Text>
        <input
          ref={input}
          type="file"
          accept="image/*"
          multiple
          hidden
          style={{ display: 'none' }}
          onChange={(event) => {
            void addAll(imagesIn(event.target.files));
            event.target.value = '';
          }}
        />
      </Flex>
    </Form.Item>
  );
}
