import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { Button, Flex, Form, Spin, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  CloseOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ItemThumb } from '../items/ItemThumb';
import type { PhotoAddRefusal } from './new-photo';
import { withinRoom } from './photo-list';

interface PhotoFieldProps {
  label: string;
  extra: string;
  /** The photos' ids in photoBlob, in order: the first is the cover. */
  ids: readonly string[];
  /** Photos still being prepared. */
  busy: number;
  max: number;
  onAdd: (file: Blob) => Promise<PhotoAddRefusal | null>;
  onRemove: (id: string) => void;
  /** Given: each photo gets buttons to move it one place earlier or later. */
  onMove?: (id: string, by: -1 | 1) => void;
}

const filesIn = (files: FileList | null | undefined) => [...(files ?? [])];
const imagesIn = (files: FileList | null | undefined) =>
  filesIn(files).filter((file) => file.type.startsWith('image/'));

/**
 * A form's photos (an item's, an offer's): choose from disk, paste, or drop; each is shrunk
 * before it is kept. A file that is not a usable image, or one past the limit, is refused with
 * the reason at the field.
 */
export function PhotoField({
  label,
  extra,
  ids,
  busy,
  max,
  onAdd,
  onRemove,
  onMove,
}: PhotoFieldProps) {
  const { t } = useTranslation('menu');
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const room = max - ids.length - busy;

  const addAll = async (files: Blob[]) => {
    const { taken, left } = withinRoom(files, room);
    const found = new Set<string>();
    if (left > 0) found.add(t('form.photoErrors.too_many', { max, count: left }));
    setErrors([...found]);
    for (const file of taken) {
      const refusal = await onAdd(file);
      if (refusal) found.add(t(`form.photoErrors.${refusal}`));
      setErrors([...found]);
    }
  };
  const onPaste = (event: ClipboardEvent) => {
    // Pasted text is left to the browser; only pasted images are the field's.
    const files = imagesIn(event.clipboardData.files);
    if (files.length === 0) return;
    event.preventDefault();
    void addAll(files);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void addAll(filesIn(event.dataTransfer.files));
  };

  return (
    <Form.Item
      label={label}
      extra={extra}
      validateStatus={errors.length > 0 ? 'error' : undefined}
      help={errors.length > 0 ? errors.join(' ') : undefined}
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
        {ids.map((id, index) => (
          <Flex key={id} vertical align="center" gap={2}>
            <ItemThumb photoId={id} size={72} />
            {onMove && (
              <Typography.Text style={{ fontSize: 12 }}>
                {index === 0 ? t('form.coverPhoto') : '\u00a0'}
              </Typography.Text>
            )}
            <Flex gap={0}>
              {onMove && (
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowLeftOutlined />}
                  disabled={index === 0}
                  aria-label={t('form.movePhotoEarlier', { n: index + 1 })}
                  onClick={() => onMove(id, -1)}
                />
              )}
              <Button
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label={t('form.removePhoto', { n: index + 1 })}
                onClick={() => onRemove(id)}
              />
              {onMove && (
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowRightOutlined />}
                  disabled={index === ids.length - 1}
                  aria-label={t('form.movePhotoLater', { n: index + 1 })}
                  onClick={() => onMove(id, 1)}
                />
              )}
            </Flex>
          </Flex>
        ))}
        {busy > 0 && <Spin aria-label={t('form.photoBusy')} />}
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
            // Every chosen file is tried: one that is not an image is refused with the reason.
            void addAll(filesIn(event.target.files));
            event.target.value = '';
          }}
        />
      </Flex>
    </Form.Item>
  );
}
