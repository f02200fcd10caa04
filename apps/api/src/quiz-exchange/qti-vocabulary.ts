/** Names QTI 3.0 and its content packaging fix; both directions of the exchange use them. */
export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const MANIFEST_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
export const LOM_NAMESPACE = 'http://ltsc.ieee.org/xsd/LOM';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

export const ITEM_RESOURCE_TYPE = 'imsqti_item_xmlv3p0';
export const TEST_RESOURCE_TYPE = 'imsqti_test_xmlv3p0';

const TEMPLATES = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/';
export const MATCH_CORRECT = `${TEMPLATES}match_correct.xml`;
export const MAP_RESPONSE = `${TEMPLATES}map_response.xml`;

/** The response processing templates an import understands, by the file name that ends their URI (QTI 2 URIs end the same way). */
export function templateName(uri: string): 'match_correct' | 'map_response' | null {
  const name = uri.trim().split('/').pop()?.replace(/\.xml$/, '');
  return name === 'match_correct' || name === 'map_response' ? name : null;
}

/** Where the explanation learners read after submitting lives in an item: modal feedback shown by this outcome's default value. */
export const FEEDBACK_OUTCOME = 'FEEDBACK';
export const EXPLANATION_FEEDBACK = 'EXPLANATION';

/**
 * What an item cites travels in the manifest as LOM relations of kind "isbasedon", one per
 * passage anchor or reference key, told apart by the identifier's catalog.
 */
export const PASSAGE_CATALOG = 'passage';
export const REFERENCE_CATALOG = 'reference';

/** Option ids may start with a digit; QTI identifiers may not, so each is written with this prefix. */
export const CHOICE_PREFIX = 'choice-';
/** Question keys likewise become item identifiers with this prefix; the key itself goes in the item's label. */
export const ITEM_PREFIX = 'item-';
