/**
 * The English resources must have exactly the keys of the zh-CN ones (zh-CN is the source
 * language). `satisfies LocaleShape<typeof zh>` makes a missing key a type error; the i18n test
 * checks the same at run time, including extra keys.
 */
export type LocaleShape<T> = {
  [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]>;
};
