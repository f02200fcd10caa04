/**
 * Words that ask the reader to act on a sale: contact a representative, order, take up an offer,
 * visit the maker's site. Accredited education never sends learners to promotion (ACCME Standards
 * for Integrity and Independence, 2 and 5); an article copied from a vendor's page often ends with them.
 */
export const callToAction = new RegExp(
  [
    String.raw`\bask your (?:sales )?rep(?:resentative)?s?\b`,
    String.raw`\bcontact (?:your|a|the) (?:local |sales |company )?rep(?:resentative)?s?\b`,
    String.raw`\b(?:call|order|buy) now\b`,
    String.raw`\blimited[- ]time (?:offer|only|deal|pricing)\b`,
    String.raw`\bexclusive (?:offer|deal|discount|pricing)\b`,
    String.raw`\bfree samples?\b`,
    String.raw`\b(?:visit|go to) (?:(?:the |our )?(?:manufacturer|maker|company|brand|product)(?:'s|’s)? (?:web ?)?site\b|(?:https?://|www\.)[^\s)\]]*[\w/]|[\w-]+\.com\b)`,
  ].join('|'),
  'i',
);

/** Ranking and selling claims: they say how good the product is instead of what the evidence shows. */
export const sellingClaim = new RegExp(
  [
    String.raw`\bbest[- ]in[- ]class\b`,
    String.raw`\bmarket[- ]lead(?:ing|er)\b`,
    String.raw`\b(?:the|a) leading (?:treatments?|therap(?:y|ies)|brand|products?|choice|options?|preventives?)\b`,
    String.raw`\brevolutionar(?:y|ies)\b|\brevolutioni[sz](?:e|es|ed|ing)\b`,
    // Clinical usage names what breaks through treatment (breakthrough pain, headache, bleeding),
    // and FDA's Breakthrough Therapy designation is a regulatory status; the rest is praise.
    String.raw`\bbreakthroughs?\b(?![- ](?:pain|headaches?|migraines?|attacks?|bleeding|seizures?|infections?|symptoms?|nausea|vomiting|medications?|doses?|analgesia|therapy designation))`,
    String.raw`(?:#\s?1|\bnumber[- ]one|\bno\.\s?1)\s+(?:prescribed|prescription|choice|brand|treatment|selling)\b`,
  ].join('|'),
  'i',
);

export const clinicallyProven = /\bclinically[- ]proven\b/i;

export const trademarkSign = /[™®]/;
