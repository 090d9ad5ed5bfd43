// making_it_matter: product points tied to what this HCP said matters; generic claims and
// feature dumps count against, and with no link at all the metric stays low.
import type { MetricResult } from '../../types.js';
import { component, ladder, metric, pct } from '../component.js';
import { evidenceOf, withAct, type Facts } from '../facts.js';

export function scoreMakingItMatter(f: Facts): MetricResult {
  const { rubric } = f;
  const w = rubric.metrics.making_it_matter.weights;
  const cut = rubric.cuts.making_it_matter;
  const links = withAct(f, 'priority_link');
  const generic = withAct(f, 'generic_benefit');
  const dumps = withAct(f, 'feature_dump');
  const claims = links.length + generic.length;
  const genericShare = claims === 0 ? null : generic.length / claims;
  // A pitch of mostly generic claims with a feature dump: one point tied to her does not make it matter.
  const mostlyGeneric = dumps.length > 0 && generic.length >= cut.genericPerLink * links.length;
  const cap = links.length === 0 || mostlyGeneric ? cut.withoutLinkCap : undefined;
  return metric(
    rubric,
    'making_it_matter',
    [
      component(
        'priority_links',
        w.priority_links,
        ladder(links.length, cut.links),
        links.length === 0
          ? 'the rep never tied the product to anything the HCP said mattered'
          : mostlyGeneric
            ? `${links.length} turn(s) tie the product to the HCP's own priorities, against ${generic.length} generic claim turn(s) and a feature dump: the metric is capped at ${cut.withoutLinkCap}`
            : `${links.length} turn(s) tie the product to the HCP's own priorities`,
        evidenceOf(links, 'priority_link'),
      ),
      component(
        'generic_claims',
        w.generic_claims,
        genericShare === null ? null : ladder(genericShare, cut.genericShare, true),
        genericShare === null
          ? 'no product claims'
          : `${generic.length} of ${claims} claim turns generic, not tied to the HCP (${pct(genericShare)})`,
        evidenceOf(generic, 'generic_benefit'),
      ),
      component(
        'feature_dumps',
        w.feature_dumps,
        ladder(dumps.length, cut.dumps, true),
        dumps.length === 0
          ? 'no feature dumps'
          : `${dumps.length} feature dump(s): long lists of product detail nobody asked for`,
        evidenceOf(dumps, 'feature_dump'),
      ),
    ],
    cap,
  );
}
