/** The storefront editor's texts (filled by its page). */
export default {};
