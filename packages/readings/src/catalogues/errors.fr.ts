/** Erreurs de @catalyse/core : la traduction de `errors.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { errorsEn } from "./errors.en.js";

export const errorsFr: TranslationOf<typeof errorsEn> = {
  "errors.territory.header":
    "Territoire : {count, plural, one {# problème} other {# problèmes}} dans les données :",
  "errors.territory.empty-id":
    "{table, select, actors {identifiant d’acteur vide ; chaque acteur a besoin d’un identifiant unique} collectives {identifiant de collectif vide ; chaque collectif a besoin d’un identifiant unique} memberships {{field, select, collective {collectif vide ; attendu : un identifiant de collectif} other {acteur vide ; attendu : un identifiant d’acteur}}} other {{field} vide ; attendu : un identifiant d’acteur}}",
  "errors.territory.duplicate-actor":
    "{mapping, select, yes {{count, plural, one {# nœud reprend} other {# nœuds reprennent}} un identifiant d’acteur déjà pris (premier : « {id} ») dans l’attribut « {attribute} » ; associez l’identifiant à null pour utiliser les clés des nœuds} other {identifiant d’acteur « {id} » en double ; les identifiants doivent être uniques}}",
  "errors.territory.unknown-actor":
    "{table, select, memberships {l’acteur de l’adhésion « {id} » n’est pas un identifiant d’acteur ; ajoutez-le aux acteurs ou corrigez l’identifiant} other {{field} du lien « {id} » n’est pas un identifiant d’acteur ; ajoutez-le aux acteurs ou corrigez l’identifiant}}",
  "errors.territory.invalid-weight":
    "{mapping, select, yes {arête « {edge} » ({source} → {target}, n° {row}) : {attribute} {value} n’est pas un nombre > 0 ; prenez un autre attribut comme poids ou corrigez la valeur} other {poids {value} : ce n’est pas un nombre positif ; attendu : un nombre > 0 (vide vaut 1)}}",
  "errors.territory.invalid-date":
    "{problem, select, order {fin {value} avant le début {start} ; inversez-les ou corrigez l’une des deux} other {{field} « {value} » n’est pas une date ; attendu : une année (2012) ou une date ISO (2012-05-03)}}",
  "errors.territory.end-before-start":
    "fin {end} avant le début {start} ; attendu : une fin égale ou postérieure au début",
  "errors.territory.invalid-coordinate":
    "{field} {value} hors limites ; attendu : un nombre entre {min} et {max}",
  "errors.territory.self-loop":
    "{count, plural, one {# boucle (un acteur lié à lui-même) retirée} other {# boucles (un acteur lié à lui-même) retirées}}",
  "errors.territory.parallel-links":
    "{count, plural, one {# lien parallèle fusionné} other {# liens parallèles fusionnés}} avec les liens existants (poids additionnés, dates élargies, types listés)",
  "errors.territory.missing-world":
    "{count, plural, one {# acteur n’a} other {# acteurs n’ont}} pas de monde ; mis à « {world} »",
  "errors.territory.duplicate-collective":
    "identifiant de collectif « {id} » en double ; les identifiants doivent être uniques",
  "errors.territory.unknown-collective":
    "« {id} » n’est pas un identifiant de collectif ; ajoutez-le aux collectifs ou corrigez l’identifiant",
  "errors.territory.duplicate-membership":
    "« {actor} » figure deux fois dans le collectif « {collective} »{dated, select, yes { à partir de {start}} other {}} ; gardez une seule ligne",
  "errors.territory.collective-actor-clash":
    "l’identifiant de collectif « {id} » est aussi un identifiant d’acteur ; donnez un autre identifiant au collectif",
  "errors.qap.too-many-actors":
    "QAP : {actors, number} acteurs, c’est plus que {max, number} ; la régression a une ligne par paire d’acteurs. Lancez-la sur une partie du territoire, ou relevez maxActors",
  "errors.qap.logistic-weights":
    "QAP : la régression logistique explique la présence des liens ; retirez les poids ou utilisez les moindres carrés (OLS)",
  "errors.qap.no-collectives":
    "QAP : co-membership compte les collectifs que deux acteurs partagent, et ce territoire n’a pas de collectifs ; ajoutez ses collectifs ou retirez co-membership",
  "errors.qap.not-numeric":
    "QAP : le prédicteur « {predictor} » demande un nombre pour chaque acteur, et l’acteur « {actor} » {missing, select, yes {n’en a pas} other {a {value}}} ; complétez-le, ou utilisez same-{predictor} pour comparer les valeurs",
  "errors.qap.unknown-predictor":
    "QAP : prédicteur inconnu « {predictor} » : aucun acteur n’a d’attribut « {attribute} ». Attendu : same-world, distance, co-membership, same-[attribut] ou un [attribut] numérique{hasAttributes, select, yes { ; attributs de ce territoire : {attributes}} other { ; ce territoire n’a pas d’attributs}}",
  "errors.qap.tie-count": "QAP : {ties, number} valeurs de liens pour {dyads, number} paires",
  "errors.qap.predictor-length":
    "QAP : le prédicteur « {predictor} » a {values, number} valeurs pour {dyads, number} paires",
  "errors.qap.repeated-predictor":
    "QAP : le prédicteur « {predictor} » est donné deux fois (« intercept » est toujours inclus)",
  "errors.qap.too-few-pairs":
    "QAP : {pairs, plural, one {# paire d’acteurs} other {# paires d’acteurs}} pour {coefficients, number} coefficients ; une régression demande plus de paires que de coefficients",
  "errors.qap.logistic-not-binary":
    "QAP : la régression logistique demande des liens valant 0 ou 1 (présence du lien), pas des poids",
  "errors.qap.collinear":
    "{combination, select, yes {QAP : le prédicteur « {predictor} » est le même pour toutes les paires d’acteurs, ou une combinaison de {others} ; retirez-le (il ne peut rien expliquer que les autres n’expliquent déjà)} other {QAP : le prédicteur « {predictor} » est constant ou répète d’autres prédicteurs ; retirez-le}}",
};
