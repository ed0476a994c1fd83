/** Moving categories by drag and drop and by keyboard, keeping focus on the moved row's handle. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Category } from '@domain/menu/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { moveCategory } from '../actions/category-actions';
import { useRun } from '../use-run';
import { keyboardTarget } from './reorder-keys';

export function useCategoryOrder(
  categories: readonly Category[],
  announce: (c: Category, position: number) => void,
) {
  const { db } = useActiveVendor();
  const run = useRun();
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);

  // React may re-insert the moved row's element, which drops focus; give it back to the handle.
  useEffect(() => {
    if (focusAfterMove) handles.current.get(focusAfterMove)?.focus();
  }, [focusAfterMove, categories]);

  const move = async (category: Category, toIndex: number) => {
    await run(() => moveCategory(db, categories, category.id, toIndex));
    announce(category, toIndex + 1);
  };

  const onHandleKey = (category: Category, index: number) => (event: KeyboardEvent) => {
    const target = keyboardTarget(event.key, index, categories.length);
    if (target === null) return;
    event.preventDefault();
    setFocusAfterMove(category.id);
    void move(category, target);
  };

  const dragProps = (category: Category, index: number) => ({
    dropping: dragging !== null && dragging !== category.id && over === index,
    onDragStart: () => setDragging(category.id),
    onDragOver: (event: React.DragEvent) => {
      if (!dragging) return;
      event.preventDefault();
      if (over !== index) setOver(index);
    },
    onDrop: () => {
      const moved = categories.find((each) => each.id === dragging);
      setDragging(null);
      setOver(null);
      if (moved) void move(moved, index);
    },
    onDragEnd: () => {
      setDragging(null);
      setOver(null);
    },
  });

  const handleRef = (id: string) => (element: HTMLButtonElement | null) => {
    if (element) handles.current.set(id, element);
    else handles.current.delete(id);
  };

  return { onHandleKey, dragProps, handleRef };
}
