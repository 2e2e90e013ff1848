// A question's id is its type and a 14-character hash of its evidence ("who-said-0a1b2c3d4e5f6g"); links
// and result codes carry only the hash, which is unique on its own and keeps them short.
export const ID_HASH_LENGTH = 14;

/** The hash part of a question id, as a teacher's dropped questions and a result code name it. */
export const idHash = (id: string): string => id.slice(-ID_HASH_LENGTH);
