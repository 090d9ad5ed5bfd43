// The rubric's eight metrics as the report shows them: name, and the component whose tip is the
// metric's coaching line when a file keeps no components. Kept here so a report does not load the
// scorer (start-up is most of its 3 s budget); tests/unit/report/metric-names.test.ts checks
// they equal DEFAULT_RUBRIC's names and COMPONENTS' first entries.
export const METRICS: readonly { id: string; name: string; core: string }[] = [
  { id: 'question_quality', name: 'Question Quality', core: 'depth' },
  { id: 'listening_responsiveness', name: 'Listening & Responsiveness', core: 'heard' },
  { id: 'making_it_matter', name: 'Making It Matter', core: 'priority_links' },
  { id: 'customer_engagement_signals', name: 'Customer Engagement Signals', core: 'engaged_turns' },
  { id: 'objection_navigation', name: 'Objection Navigation', core: 'handling' },
  { id: 'conversation_control_structure', name: 'Conversation Control & Structure', core: 'purpose' },
  { id: 'commitment_gaining', name: 'Commitment Gaining', core: 'outcome' },
  { id: 'adaptability', name: 'Adaptability', core: 'time_cues' },
];

export const METRIC_BY_ID: ReadonlyMap<string, { id: string; name: string; core: string }> = new Map(
  METRICS.map((m) => [m.id, m]),
);
