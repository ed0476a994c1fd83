/** The storefront versions's texts (filled by its page). */
export default {};
