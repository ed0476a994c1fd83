import { useState } from 'react';
import { Button, Divider, Flex, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MenuTag } from '@domain/menu/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { createTags } from '../actions/schedule-actions';
import { useLocalName } from '../display';
import { useRun } from '../use-run';

interface TagSelectProps {
  tags: readonly MenuTag[];
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}

/** The item's tags, with a box to add a new tag to the shop's list right there. */
export function TagSelect({ tags, value = [], onChange, id }: TagSelectProps) {
  const { t } = useTranslation('menu');
  const { db } = useActiveVendor();
  const run = useRun();
  const localName = useLocalName();
  const [name, setName] = useState('');

  const addTag = async () => {
    const zh = name.trim();
    if (!zh) return;
    const existing = tags.find((tag) => tag.name.zh === zh || tag.name.en === zh);
    const tag = existing ?? (await run(() => createTags(db, [{ zh, en: null }], tags)))?.[0];
    if (tag && !value.includes(tag.id)) onChange?.([...value, tag.id]);
    setName('');
  };

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      optionFilterProp="label"
      options={tags.map((tag) => ({ value: tag.id, label: localName(tag.name) }))}
      popupRender={(menu) => (
        <>
          {menu}
          <Divider style={{ margin: '8px 0' }} />
          <Flex gap={8} style={{ padding: '0 8px 4px' }}>
            <Input
              aria-label={t('tags.newName')}
              placeholder={t('tags.newName')}
              value={name}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => event.stopPropagation()}
              onPressEnter={() => void addTag()}
            />
            <Button icon={<PlusOutlined />} onClick={() => void addTag()}>
              {t('tags.add')}
            </Button>
          </Flex>
        </>
      )}
    />
  );
}
