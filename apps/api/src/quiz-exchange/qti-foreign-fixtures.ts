/**
 * QTI 3.0 items as other authoring tools write them: processing spelled out instead of a
 * template, feedback per choice, interactions the platform has no question type for. Each is
 * valid against the 1EdTech schema (qti-item-import.spec.ts checks that), so what the import
 * refuses it refuses for the platform's reasons, not for broken XML.
 */
const item = (identifier: string, declarations: string, body: string, processing: string, feedback = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="${identifier}" title="${identifier}" adaptive="false" time-dependent="false">
${declarations}
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>
  <qti-item-body>
${body}
  </qti-item-body>
${processing}
${feedback}
</qti-assessment-item>
`;

const onlyFeedback = (text: string) =>
  `  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="SHOWN" show-hide="hide"><qti-content-body><p>${text}</p></qti-content-body></qti-modal-feedback>`;

const matchSpelledOut = `  <qti-response-processing>
    <qti-response-condition>
      <qti-response-if>
        <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>
        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value>
      </qti-response-if>
      <qti-response-else>
        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>
      </qti-response-else>
    </qti-response-condition>
  </qti-response-processing>`;

const template = (name: string) => `  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/${name}.xml"/>`;

/** The response declaration with its correct values. */
const keyed = (cardinality: string, baseType: string, values: string[]) => `  <qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="${baseType}">
    <qti-correct-response>${values.map((value) => `<qti-value>${value}</qti-value>`).join('')}</qti-correct-response>
  </qti-response-declaration>`;

/** A response of one identifier whose correct value is A. */
const keyedA = keyed('single', 'identifier', ['A']);

/** A single-answer choice interaction with choices A and B. */
const choiceOfTwo = (prompt: string, a: string, b: string) => `    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>${prompt}</qti-prompt>
      <qti-simple-choice identifier="A">${a}</qti-simple-choice>
      <qti-simple-choice identifier="B">${b}</qti-simple-choice>
    </qti-choice-interaction>`;

export const FOREIGN_ITEMS: Record<string, string> = {
  'true-false.xml': item(
    'Octahedron-TF',
    keyed('single', 'identifier', ['ChoiceB']),
    `    <div>An octahedron has twelve faces.</div>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt> </qti-prompt>
      <qti-simple-choice identifier="ChoiceA">True <qti-feedback-inline outcome-identifier="FEEDBACK" identifier="ChoiceA" show-hide="show">No, eight.</qti-feedback-inline></qti-simple-choice>
      <qti-simple-choice identifier="ChoiceB">False</qti-simple-choice>
    </qti-choice-interaction>`,
    matchSpelledOut,
    onlyFeedback('An octahedron has eight faces.'),
  ),
  'materials.xml': item(
    'Materials-MA',
    `  <qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
    <qti-mapping lower-bound="0" upper-bound="2" default-value="0">
      <qti-map-entry map-key="A" mapped-value="1"/>
      <qti-map-entry map-key="I" mapped-value="1"/>
    </qti-mapping>
  </qti-response-declaration>`,
    `    <qti-choice-interaction response-identifier="RESPONSE" max-choices="0">
      <qti-prompt>Which uses suit <em>aluminium</em> alloy?</qti-prompt>
      <qti-simple-choice identifier="A">Aircraft</qti-simple-choice>
      <qti-simple-choice identifier="I">Irrigation pipes</qti-simple-choice>
      <qti-simple-choice identifier="C">Cultivator tines</qti-simple-choice>
    </qti-choice-interaction>`,
    template('map_response'),
    onlyFeedback('Light and resistant to corrosion.'),
  ),
  'capital.xml': item(
    'Capital-TE',
    keyed('single', 'string', ['Paris']),
    `    <p>The capital of France is <qti-text-entry-interaction response-identifier="RESPONSE"/>.</p>`,
    template('match_correct'),
    onlyFeedback('Paris has been the capital since 987.'),
  ),
  'boiling.xml': item(
    'Boiling-NUM',
    `  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="float"/>`,
    `    <p>At sea level, water boils at how many degrees Celsius?</p>
    <p><qti-text-entry-interaction response-identifier="RESPONSE"/></p>`,
    `  <qti-response-processing>
    <qti-response-condition>
      <qti-response-if>
        <qti-equal tolerance-mode="absolute" tolerance="1 2"><qti-variable identifier="RESPONSE"/><qti-base-value base-type="float">100</qti-base-value></qti-equal>
        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value>
      </qti-response-if>
    </qti-response-condition>
  </qti-response-processing>`,
    onlyFeedback('One hundred, at standard pressure.'),
  ),
  'hotspot.xml': item(
    'Map-HOTSPOT',
    keyedA,
    `    <qti-hotspot-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>Click the glabella.</qti-prompt>
      <img src="face.png" alt="A face" width="200" height="200"/>
      <qti-hotspot-choice identifier="A" shape="circle" coords="100,60,10"/>
    </qti-hotspot-interaction>`,
    template('match_correct'),
    onlyFeedback('Between the eyebrows.'),
  ),
  'order.xml': item(
    'Steps-ORDER',
    keyed('ordered', 'identifier', ['A', 'B']),
    `    <qti-order-interaction response-identifier="RESPONSE">
      <qti-prompt>Put the steps in order.</qti-prompt>
      <qti-simple-choice identifier="A">Clean the skin</qti-simple-choice>
      <qti-simple-choice identifier="B">Inject</qti-simple-choice>
    </qti-order-interaction>`,
    template('match_correct'),
    onlyFeedback('Clean first.'),
  ),
  'pictured.xml': item(
    'Pictured-MC',
    keyedA,
    `    <p><img src="muscle.png" alt="A muscle"/></p>\n${choiceOfTwo('Which muscle is shown?', 'Frontalis', 'Temporalis')}`,
    template('match_correct'),
    onlyFeedback('The forehead muscle.'),
  ),
  'scored-elsewhere.xml': item(
    'Scored-CUSTOM',
    `  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"/>`,
    choiceOfTwo('Pick one.', 'One', 'Other'),
    template('map_response_point'),
    onlyFeedback('Either.'),
  ),
  'unexplained.xml': item('Unexplained-MC', keyedA, choiceOfTwo('Which dose?', '155 units', '500 units'),
    template('match_correct'),
  ),
};
