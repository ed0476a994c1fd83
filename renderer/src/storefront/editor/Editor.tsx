/**
 * The storefront editor (店铺装修): a palette of block types, the page's blocks in order, the
 * chosen block's properties (or the theme), and the phone preview. Every change is a step of the
 * session's history (undo/redo by the buttons or Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z), written through
 * the mutation layer to the local draft, which syncs like everything else.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Empty, Flex, Select, Space, Tabs, Tooltip, Typography } from 'antd';
import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { problemsByBlock } from '@domain/storefront/checks';
import { draftDocument, themeFieldsOf } from '@domain/storefront/document';
import {
  MAX_BLOCKS,
  type BlockType,
  type DraftBlock,
  type DraftTheme,
  type ThemeFields,
} from '@domain/storefront/schema';
import { useCategories, useDayparts, useItems } from '../../menu/use-menu';
import { useOffers } from '../../offers/use-offers';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useDraftBlocks, useDraftTheme } from '../use-storefront';
import { useStorefrontProblems } from '../versions/problems';
import { BlockList, blockNames } from './BlockList';
import { ProblemNotes } from './BlockProblems';
import { BlockProperties, type ShopChoices } from './BlockProperties';
import { newBlock, sortKeyAt, sortKeyForMove, starterBlocks } from './blocks';
import { changedFields, type Step } from './history';
import { Palette, PALETTE_PREFIX } from './Palette';
import { Preview } from './Preview';
import { ThemePanel } from './ThemePanel';
import { useHistory } from './use-history';

/** Whether a key press is inside a field, where Ctrl+Z is the field's own undo of typing. */
const inField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function Editor() {
  const blocks = useDraftBlocks();
  const theme = useDraftTheme();
  const categories = useCategories();
  const items = useItems();
  const dayparts = useDayparts();
  const offers = useOffers();
  const { db, vendorId } = useActiveVendor();
  const services = useLiveQuery(() => db.service.toArray(), [db]);
  if (!blocks || theme === undefined) return null;
  const choices: ShopChoices = {
    categories: categories ?? [],
    items: items ?? [],
    offers: offers ?? [],
    services: services ?? [],
    dayparts: dayparts ?? [],
  };
  return <EditorView vendorId={vendorId} blocks={blocks} theme={theme} choices={choices} />;
}

function EditorView({
  vendorId,
  blocks,
  theme,
  choices,
}: {
  vendorId: string;
  blocks: DraftBlock[];
  theme: DraftTheme | null;
  choices: ShopChoices;
}) {
  const { t, i18n } = useTranslation('storefront');
  const history = useHistory();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [panel, setPanel] = useState<'block' | 'theme'>('block');
  const selected = blocks.find((block) => block.id === chosenId) ?? blocks[0] ?? null;
  const names = useMemo(() => blockNames(blocks, (type) => t(`editor.types.${type}`)), [blocks, t]);
  const themeFields = themeFieldsOf(theme);
  const document = useMemo(() => draftDocument(blocks, theme), [blocks, theme]);
  const checked = useStorefrontProblems(document);
  const problems = useMemo(() => problemsByBlock(checked ?? []), [checked]);

  const add = useCallback(
    async (type: BlockType, index = blocks.length) => {
      if (blocks.length >= MAX_BLOCKS) return;
      const block = newBlock(type, sortKeyAt(blocks, index), Date.now());
      if (await history.record({ kind: 'add', block })) {
        setChosenId(block.id);
        setPanel('block');
      }
    },
    [blocks, history],
  );

  const addStarter = async () => {
    const zh = i18n.getFixedT('zh-CN', 'storefront');
    const en = i18n.getFixedT('en', 'storefront');
    const steps: Step[] = starterBlocks(
      { zh: zh('editor.starter.notice'), en: en('editor.starter.notice') },
      Date.now(),
      blocks.at(-1)?.sortKey ?? null,
    ).map((block) => ({ kind: 'add', block }));
    await history.record({ kind: 'group', steps });
  };

  const move = (id: string, to: number) => {
    const from = blocks.findIndex((block) => block.id === id);
    const sortKey = sortKeyForMove(blocks, from, to);
    if (!sortKey) return;
    void history.record({ kind: 'move', id, from: blocks[from]!.sortKey, to: sortKey });
  };

  const remove = (id: string) => {
    const block = blocks.find((each) => each.id === id);
    if (block) void history.record({ kind: 'remove', block });
  };

  const editBlock = useCallback(
    (block: DraftBlock, fields: Record<string, unknown>) => {
      const change = changedFields(block as unknown as Record<string, unknown>, fields);
      if (change) void history.record({ kind: 'edit', id: block.id, type: block.type, ...change });
    },
    [history],
  );

  const editTheme = (fields: Partial<ThemeFields>) => {
    const change = changedFields(themeFields as unknown as Record<string, unknown>, fields);
    if (change)
      void history.record({
        kind: 'theme',
        fields: change.fields as Partial<ThemeFields>,
        previous: change.previous as Partial<ThemeFields>,
      });
  };

  const { undo, redo } = history;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || inField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const activeId = String(active.id);
    const overIndex = blocks.findIndex((block) => block.id === over.id);
    if (activeId.startsWith(PALETTE_PREFIX)) {
      const type = activeId.slice(PALETTE_PREFIX.length) as BlockType;
      void add(type, overIndex >= 0 ? overIndex : blocks.length);
    } else if (overIndex >= 0) {
      move(activeId, overIndex);
    }
  };
  const nameOf = (id: string | number) => {
    const text = String(id);
    return text.startsWith(PALETTE_PREFIX)
      ? t(`editor.types.${text.slice(PALETTE_PREFIX.length)}`)
      : (names.get(text) ?? text);
  };
  const position = (id: string | number | undefined) =>
    blocks.findIndex((block) => block.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('editor.dnd.start', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over && position(over.id) > 0
        ? t('editor.dnd.over', {
            name: nameOf(active.id),
            n: position(over.id),
            count: blocks.length,
          })
        : t('editor.dnd.outside', { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over && position(over.id) > 0
        ? t('editor.dnd.dropped', {
            name: nameOf(active.id),
            n: position(over.id),
            count: blocks.length,
          })
        : t('editor.dnd.cancelled', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('editor.dnd.cancelled', { name: nameOf(active.id) }),
  };

  const column = { background: '#fff', borderRadius: 8, padding: 12 } as const;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('editor.dnd.instructions') },
      }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
        <Typography.Text type="secondary">{t('editor.savedLocally')}</Typography.Text>
        <Space>
          <Tooltip title={t('editor.history.undoKeys')}>
            <Button icon={<UndoOutlined />} disabled={!history.canUndo} onClick={() => void undo()}>
              {t('editor.history.undo')}
            </Button>
          </Tooltip>
          <Tooltip title={t('editor.history.redoKeys')}>
            <Button icon={<RedoOutlined />} disabled={!history.canRedo} onClick={() => void redo()}>
              {t('editor.history.redo')}
            </Button>
          </Tooltip>
        </Space>
      </Flex>
      <Flex gap={12} align="start" wrap>
        <div style={{ ...column, width: 150 }}>
          <Palette full={blocks.length >= MAX_BLOCKS} onAdd={(type) => void add(type)} />
        </div>
        <section aria-labelledby="sf-list-title" style={{ ...column, width: 300 }}>
          <Typography.Title level={2} id="sf-list-title" style={{ fontSize: 16 }}>
            {t('editor.list.title')}
          </Typography.Title>
          {blocks.length === 0 ? (
            <Empty description={t('editor.empty.description')}>
              <Button type="primary" onClick={() => void addStarter()}>
                {t('editor.empty.starter')}
              </Button>
            </Empty>
          ) : null}
          <BlockList
            blocks={blocks}
            dayparts={choices.dayparts}
            problems={problems}
            selectedId={selected?.id ?? null}
            onSelect={(id) => {
              setChosenId(id);
              setPanel('block');
            }}
            onMove={(id, by) => move(id, blocks.findIndex((block) => block.id === id) + by)}
            onRemove={remove}
          />
        </section>
        <section
          aria-labelledby="sf-properties-title"
          style={{ ...column, flex: '1 1 340px', minWidth: 340 }}
        >
          <Typography.Title level={2} id="sf-properties-title" style={{ fontSize: 16 }}>
            {t('editor.properties.title')}
          </Typography.Title>
          <Tabs
            activeKey={panel}
            onChange={(key) => setPanel(key as 'block' | 'theme')}
            items={[
              {
                key: 'block',
                label: t('editor.properties.block'),
                children: selected ? (
                  <>
                    <Select
                      aria-label={t('editor.properties.choose')}
                      value={selected.id}
                      onChange={setChosenId}
                      options={blocks.map((block) => ({
                        value: block.id,
                        label: names.get(block.id),
                      }))}
                      style={{ width: '100%', marginBottom: 12 }}
                    />
                    <ProblemNotes problems={problems.get(selected.id) ?? []} />
                    <BlockProperties
                      key={selected.id}
                      block={selected}
                      choices={choices}
                      blocks={blocks}
                      names={names}
                      onEdit={(fields) => editBlock(selected, fields)}
                    />
                  </>
                ) : (
                  <Typography.Paragraph type="secondary">
                    {t('editor.properties.none')}
                  </Typography.Paragraph>
                ),
              },
              {
                key: 'theme',
                label: t('editor.properties.theme'),
                children: (
                  <>
                    <ProblemNotes problems={problems.get(null) ?? []} />
                    <ThemePanel ownerId={vendorId} theme={themeFields} onEdit={editTheme} />
                  </>
                ),
              },
            ]}
          />
        </section>
        <div style={{ ...column }}>
          <Preview document={document} />
        </div>
      </Flex>
    </DndContext>
  );
}
