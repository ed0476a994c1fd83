/** The vendor profile part: the shop's identity and the settings every time and money rule uses. */
export * from './schema';
