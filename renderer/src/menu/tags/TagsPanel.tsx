import { useMemo, useState } from 'react';
import { Button, Empty, Flex, Input, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LocalizedName, Menu, MenuTag } from '@domain/menu/schema';
import { i18next } from '../../i18n';
import { useActiveVendor } from '../../vendors/use-vendor';
import { createTags, deleteTag, renameTag } from '../actions/schedule-actions';
import { useLocalName } from '../display';
import { useUndo } from '../undo/undo-context';
import { useRun } from '../use-run';

const presetKeys = ['signature', 'new', 'spicy', 'vegetarian'] as const;

function presetTags(): LocalizedName[] {
  const zh = i18next.getFixedT('zh-CN', 'menu');
  const en = i18next.getFixedT('en', 'menu');
  return presetKeys.map((key) => ({
    zh: zh(`tags.presets.${key}`),
    en: en(`tags.presets.${key}`),
  }));
}

/** The shop's item tags (招牌, 新品, 辣, 素 or its own), renamed in place; a delete can be undone. */
export function TagsPanel({ menu }: { menu: Menu }) {
  const { t } = useTranslation('menu');
  const { db } = useActiveVendor();
  const { offer } = useUndo();
  const run = useRun();
  const localName = useLocalName();
  const [name, setName] = useState('');
  const uses = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of menu.items)
      for (const id of item.tags) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [menu.items]);
  const missingPresets = presetTags().filter(
    (preset) => !menu.tags.some((tag) => tag.name.zh === preset.zh),
  );
  const addPresets = () => void run(() => createTags(db, missingPresets, menu.tags));
  const add = async () => {
    if (!name.trim()) return;
    await run(() => createTags(db, [{ zh: name.trim(), en: null }], menu.tags));
    setName('');
  };
  const rename = (tag: MenuTag, next: LocalizedName) => {
    if (next.zh && (next.zh !== tag.name.zh || next.en !== (tag.name.en ?? null)))
      void run(() => renameTag(db, tag.id, next));
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      {menu.tags.length === 0 ? (
        <Empty description={t('tags.empty')} />
      ) : (
        <ul
          aria-label={t('tags.listLabel')}
          style={{
            padding: 0,
            margin: 0,
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            background: '#fff',
          }}
        >
          {menu.tags.map((tag) => (
            <li
              key={tag.id}
              style={{ listStyle: 'none', padding: '8px 12px', borderBottom: '1px solid #f0f0f0' }}
            >
              <Flex gap={8} align="center">
                <Input
                  key={`zh:${tag.name.zh}`}
                  defaultValue={tag.name.zh}
                  aria-label={t('tags.nameZhOf', { name: tag.name.zh })}
                  style={{ width: 160 }}
                  onBlur={(e) =>
                    rename(tag, { zh: e.target.value.trim(), en: tag.name.en ?? null })
                  }
                />
                <Input
                  key={`en:${tag.name.en ?? ''}`}
                  defaultValue={tag.name.en ?? ''}
                  aria-label={t('tags.nameEnOf', { name: tag.name.zh })}
                  placeholder={t('tags.nameEn')}
                  style={{ width: 160 }}
                  onBlur={(e) =>
                    rename(tag, { zh: tag.name.zh, en: e.target.value.trim() || null })
                  }
                />
                <Typography.Text type="secondary" style={{ flex: 1 }}>
                  {t('tags.uses', { count: uses.get(tag.id) ?? 0 })}
                </Typography.Text>
                <Button
                  danger
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('tags.deleteNamed', { name: tag.name.zh })}
                  onClick={async () => {
                    const undo = await run(() => deleteTag(db, tag));
                    if (undo) offer(t('tags.deleted', { name: localName(tag.name) }), undo);
                  }}
                />
              </Flex>
            </li>
          ))}
        </ul>
      )}
      <Flex gap={8}>
        <Input
          aria-label={t('tags.newName')}
          placeholder={t('tags.newName')}
          style={{ width: 240 }}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => void add()}
        />
        <Button icon={<PlusOutlined />} onClick={() => void add()}>
          {t('tags.add')}
        </Button>
        {missingPresets.length > 0 && (
          <Button onClick={addPresets}>
            {t('tags.addPresets', {
              names: missingPresets.map((preset) => localName(preset)).join(t('listSeparator')),
            })}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
