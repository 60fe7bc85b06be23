/** Readings of a comparison of territories ("what stands out"). */
import type { Catalogue } from "../catalogue.js";

export const comparisonEn = {
  "comparison.compared":
    "{count, plural, one {# territory} other {# territories}} compared{synthetic, select, all {, all of them synthetic (generated, not real data)} some {, {synthetics, plural, one {# of them synthetic} other {# of them synthetic}} (generated, not real data): {names}} other {}}.",
  "comparison.standing":
    "{name} is placed among {others, plural, one {# other territory} other {# other territories}}{synthetic, select, all {, all of them synthetic (generated, not real data): a comparison with references, not with real territories} some {, {synthetics, plural, one {# of them synthetic} other {# of them synthetic}} (generated, not real data)} other {}}.",
  "comparison.apart":
    "{count, plural, one {{names} has} other {# territories ({names}) have}} an unusually {side, select, high {high} other {low}} value of “{figure}” ({values}), against a median of {median} across the {compared} territories.",
  "comparison.chance":
    "In {name}, “{figure}” is {z} standard deviations {side, select, above {above} other {below}} what {model, select, permute {worlds shuffled at random} other {the same numbers of partners wired at random}} would give.",
  "comparison.nothing": "No figure stands far apart from the others.",
  "comparison.governance": "Governance readings: {groups}.",
  "comparison.governance.group": "{form} ({names})",
  "comparison.synthetic-name": "{name} (synthetic)",
} as const satisfies Catalogue;
