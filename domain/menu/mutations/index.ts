/** Every menu mutation, for the menu part's manifest (domain/menu/part.ts). */
import { createCategory, deleteCategory, reorderCategories, updateCategory } from './categories';
import {
  createDaypart,
  createTag,
  deleteDaypart,
  deleteTag,
  updateDaypart,
  updateTag,
} from './dayparts-tags';
import { importMenu } from './import';
import {
  bulkUpdateItems,
  clearItemsSoldOut,
  createItem,
  deleteItems,
  markItemsSoldOut,
  restoreItems,
  updateItem,
} from './items';
import { addPhoto, appendStock, removePhoto } from './photos-stock';

export * from './categories';
export * from './dayparts-tags';
export * from './import';
export * from './items';
export * from './photos-stock';

export const menuMutations = [
  createCategory,
  updateCategory,
  reorderCategories,
  deleteCategory,
  createItem,
  updateItem,
  bulkUpdateItems,
  deleteItems,
  restoreItems,
  markItemsSoldOut,
  clearItemsSoldOut,
  createDaypart,
  updateDaypart,
  deleteDaypart,
  createTag,
  updateTag,
  deleteTag,
  addPhoto,
  removePhoto,
  appendStock,
  importMenu,
] as const;
