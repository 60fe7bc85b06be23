/**
 * Errors of @catalyse/core (a territory that cannot be built, a QAP request
 * it cannot answer) in words: `errors.territory.<code>` for each
 * `TerritoryIssue` code, `errors.qap.<code>` for each `QapError` code, with
 * the values the error cites as parameters. The English is the text of core's
 * own `message` (a test renders every variant and compares).
 *
 * NOTE: ICU syntax; `'<attribute>'` is quoted so that it is not read as a tag.
 */
import type { QapErrorCode, TerritoryIssueCode } from "@catalyse/core";
import type { Catalogue } from "../catalogue.js";

/** A message for every code core can throw: a code without one fails the typecheck. */
type EveryCode = Record<`errors.territory.${TerritoryIssueCode}` | `errors.qap.${QapErrorCode}`, string>;

export const errorsEn = {
  "errors.territory.header": "Territory: {count, plural, one {# problem} other {# problems}} in the input:",
  "errors.territory.empty-id":
    "{table, select, actors {empty actor id; every actor needs a unique id} collectives {empty collective id; every collective needs a unique id} memberships {{field, select, collective {empty collective; expected a collective id} other {empty actor; expected an actor id}}} other {empty {field}; expected an actor id}}",
  "errors.territory.duplicate-actor":
    '{mapping, select, yes {{count, plural, one {# node repeats} other {# nodes repeat}} an actor id (first: "{id}") in attribute "{attribute}"; map the id to null to use the node keys} other {duplicate actor id "{id}"; ids must be unique}}',
  "errors.territory.unknown-actor":
    '{table, select, memberships {membership actor "{id}" is not an actor id; add it to the actors or fix the id} other {link {field} "{id}" is not an actor id; add it to the actors or fix the id}}',
  "errors.territory.invalid-weight":
    '{mapping, select, yes {edge "{edge}" ({source} → {target}, #{row}): {attribute} {value} is not a number > 0; map another attribute as the weight or fix the value} other {weight {value} is not a positive number; expected a number > 0 (empty means 1)}}',
  "errors.territory.invalid-date":
    '{problem, select, order {end {value} is before start {start}; swap them or fix one} other {{field} "{value}" is not a date; expected a year (2012) or an ISO date (2012-05-03)}}',
  "errors.territory.end-before-start":
    "end {end} is before start {start}; expected an end on or after the start",
  "errors.territory.invalid-coordinate":
    "{field} {value} is out of range; expected a number between {min} and {max}",
  "errors.territory.self-loop":
    "{count, plural, one {# self-loop} other {# self-loops}} (an actor linked to itself) dropped",
  "errors.territory.parallel-links":
    "{count, plural, one {# parallel link} other {# parallel links}} merged into existing ones (weights summed, dates widened, types listed)",
  "errors.territory.missing-world":
    '{count, plural, one {# actor has} other {# actors have}} no world; set to "{world}"',
  "errors.territory.duplicate-collective": 'duplicate collective id "{id}"; ids must be unique',
  "errors.territory.unknown-collective":
    'collective "{id}" is not a collective id; add it to the collectives or fix the id',
  "errors.territory.duplicate-membership":
    '"{actor}" is listed twice in collective "{collective}"{dated, select, yes { from {start}} other {}}; keep one row',
  "errors.territory.collective-actor-clash":
    'collective id "{id}" is also an actor id; give the collective another id',
  "errors.qap.too-many-actors":
    "QAP: {actors, number} actors is more than {max, number}; the regression has one row per pair of actors. Run it on a part of the territory, or raise maxActors",
  "errors.qap.logistic-weights":
    "QAP: logistic regression explains link presence; drop the weights or use OLS",
  "errors.qap.no-collectives":
    "QAP: co-membership counts the collectives two actors share, and this territory has no collectives; add its collectives or leave co-membership out",
  "errors.qap.not-numeric":
    'QAP: the predictor "{predictor}" needs a number for every actor, and actor "{actor}" has {missing, select, yes {none} other {{value}}}; fill it in, or use same-{predictor} to compare values',
  "errors.qap.unknown-predictor":
    "QAP: unknown predictor \"{predictor}\": no actor has an attribute \"{attribute}\". Expected same-world, distance, co-membership, same-'<attribute>' or a numeric '<attribute>'{hasAttributes, select, yes {; this territory's attributes: {attributes}} other {; this territory has no attributes}}",
  "errors.qap.tie-count": "QAP: {ties, number} tie values for {dyads, number} dyads",
  "errors.qap.predictor-length":
    'QAP: predictor "{predictor}" has {values, number} values for {dyads, number} dyads',
  "errors.qap.repeated-predictor":
    'QAP: the predictor "{predictor}" is given twice ("intercept" is always included)',
  "errors.qap.too-few-pairs":
    "QAP: {pairs, plural, one {# pair of actors} other {# pairs of actors}} for {coefficients, number} coefficients; a regression needs more pairs than coefficients",
  "errors.qap.logistic-not-binary":
    "QAP: logistic regression needs ties that are 0 or 1 (link presence), not weights",
  "errors.qap.collinear":
    '{combination, select, yes {QAP: the predictor "{predictor}" is the same for every pair of actors, or a combination of {others}; remove it (it cannot explain anything the others do not)} other {QAP: the predictor "{predictor}" is constant or repeats other predictors; remove it}}',
} as const satisfies Catalogue & EveryCode;
