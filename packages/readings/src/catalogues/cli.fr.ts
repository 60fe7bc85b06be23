/** La ligne de commande `catalyse` : la traduction de `cli.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { cliEn } from "./cli.en.js";

const COLUMN = "                    ";

export const cliFr: TranslationOf<typeof cliEn> = {
  "cli.help.intro":
    "catalyse : mesurer les réseaux d’alliances d’un territoire (qui relie qui, les mondes se parlent-ils, qui fait le pont)",
  "cli.help.usage": "Usage : catalyse COMMANDE [options]",
  "cli.help.commands": "Commandes :",
  "cli.help.more":
    "`catalyse COMMANDE --help` donne les options d’une commande, `catalyse explain TERME` le sens d’un mot.",
  "cli.help.command-usage": "Usage : catalyse {command} {synopsis}",
  "cli.help.arguments": "Arguments :",
  "cli.help.options": "Options :",
  "cli.help.common-options": `  --lang LANGUE     fr ou en : la langue de tout ce qui est affiché (par défaut :
${COLUMN}selon LC_ALL ou LANG, sinon en)
  --force           permet à --out de remplacer un fichier existant (sans lui, un
${COLUMN}--out existant est refusé ; --out ne désigne jamais une entrée ni un
${COLUMN}chemin à l’intérieur d’une entrée)
  --max-input-mb N  lit des entrées jusqu’à N Mo (par défaut 256 Mo par fichier,
${COLUMN}16 Mo de XML pour .gexf, .graphml et .xlsx) ; périphériques et tubes ne
${COLUMN}sont jamais lus
  --debug           affiche la pile d’appels des erreurs internes
  -h, --help        affiche cette aide`,
  "cli.help.territory-argument": `  DOSSIER|FICHIER   un dossier de territoire (actors.csv + links.csv
${COLUMN}[+ territory.json]) ou un fichier .xlsx, .gexf, .graphml ou .json`,
  "cli.help.territories-argument":
    "  DOSSIER|FICHIER...  deux territoires ou plus (dossiers ou fichiers, comme pour analyze)",
  "cli.help.out": "  --out FICHIER     écrit le résultat dans FICHIER au lieu de la sortie standard",
  "cli.help.csv-dialect": `  --csv-dialect D   rfc4180 (par défaut : virgules, point décimal) ou excel-fr
${COLUMN}(points-virgules, virgule décimale, UTF-8 avec BOM : s’ouvre
${COLUMN}tel quel dans Excel en français)`,
  "cli.help.scale": `  --threads N       fils de calcul pour l’intermédiarité, la proximité et les
${COLUMN}modèles nuls ; par défaut les cœurs de la machine, utilisés
${COLUMN}quand le travail est assez gros (plus de 1e9 visites de
${COLUMN}liens, n · 2m par mesure ou par réplique × K) ou si N est donné
  --approx E[,D]    échantillonne l’intermédiarité : chaque acteur à moins de E
${COLUMN}de la valeur exacte avec une probabilité 1 − D (D par défaut
${COLUMN}0,1) ; automatique, avec un avis, au-delà de 1e10 visites
  --exact           n’échantillonne jamais l’intermédiarité`,

  "cli.analyze.summary": "analyse un territoire : structure, centralité, communautés, qui se tient au milieu",
  "cli.analyze.synopsis": "DOSSIER|FICHIER [options]",
  "cli.analyze.options": `  --format FORMAT   table (par défaut, pour les personnes), json (le document
${COLUMN}d’analyse) ou csv (le tableau des acteurs)
  --null K          compare chaque mesure de polycentricité à K recâblages
${COLUMN}aléatoires et K mélanges des mondes (scores z, valeurs p) ;
${COLUMN}0 par défaut
  --reader R        auto (par défaut), stream ou full : comment lire un dossier.
${COLUMN}stream va des fichiers CSV droit à l’index compact (dates,
${COLUMN}types et colonnes en plus des liens ne sont pas lus) ; full lit
${COLUMN}et vérifie chaque colonne ; auto passe en flux quand links.csv
${COLUMN}dépasse {megabytes} Mo (environ 500 000 liens) et le dit
  --by-type         ajoute la section des couches : un réseau par type de lien
${COLUMN}(liens, densité, centralisation, intermédiaires), leurs
${COLUMN}recoupements et les types d’alliance de chaque acteur`,
  "cli.analyze.by-type-streamed":
    "--by-type a besoin des types de liens, qu’un territoire lu en flux ne lit pas ; ajoutez --reader full",
  "cli.analyze.notes": `Les avertissements vont sur la sortie d’erreur : la sortie standard ne contient que le résultat.

Exemple :
  catalyse analyze datasets/seed-ecosystem --format json --out analyse.json`,
  "cli.analyze.untitled": "Territoire",
  "cli.analyze.worlds": "Mondes",
  "cli.analyze.readings": "Ce que disent les chiffres",
  "cli.analyze.key-figures": "Chiffres clés",
  "cli.analyze.top": "{count, plural, one {Le premier acteur} other {Les # premiers acteurs}} par {figure}",
  "cli.analyze.top-brokers":
    "Les intermédiaires : chemins entre d’autres acteurs que chacun relie, selon les mondes aux deux bouts",
  "cli.analyze.against-chance":
    "Face au hasard : {replicates, plural, one {# recâblage} other {# recâblages}} gardant le nombre de liens de chaque acteur, et autant de mélanges des mondes (|z| > 2 est rarement le hasard)",

  "cli.null.figure": "mesure",
  "cli.null.model": "comparée à",
  "cli.null.observed": "observée",
  "cli.null.chance": "hasard",
  "cli.null.rewiring": "liens recâblés",
  "cli.null.permutation": "mondes mélangés",

  "cli.centrality.summary":
    "calcule seulement les centralités demandées (intermédiarité, proximité, PageRank…)",
  "cli.centrality.synopsis": "DOSSIER|FICHIER [options]",
  "cli.centrality.options": `  --metrics LISTE   séparées par des virgules, toutes par défaut : {fields}
  --format FORMAT   table (par défaut : les premiers acteurs selon la première
${COLUMN}mesure), json (la forme du document d’analyse avec ces seuls
${COLUMN}champs) ou csv (tous les acteurs)
  --top N           acteurs montrés dans la table ({top} par défaut ; 0 = tous)`,
  "cli.centrality.notes": `L’intermédiarité est exacte (Brandes) : sur des dizaines de milliers d’acteurs,
elle prend de quelques secondes à quelques minutes ; ne demandez que les mesures utiles.

Exemple :
  catalyse centrality datasets/seed-ecosystem --metrics betweenness,pagerank --format csv`,
  "cli.centrality.top":
    "{shown, plural, one {Le premier acteur} other {Les # premiers acteurs}} sur {total}, par {figure}",
  "cli.centrality.all": "{total, plural, one {Le seul acteur} other {Les # acteurs}}, par {figure}",
  "cli.centrality.unknown-metrics":
    "--metrics {value} : inconnue(s) {unknown} ; attendu une liste séparée par des virgules parmi {fields}",
  "cli.centrality.no-metric":
    "--metrics {value} : aucune mesure ; attendu une liste séparée par des virgules parmi {fields}",

  "cli.communities.summary": "trouve les communautés (Leiden ou Louvain) et les lit au regard des mondes",
  "cli.communities.synopsis": "DOSSIER|FICHIER [options]",
  "cli.communities.options": `  --method MÉTHODE  leiden (par défaut : communautés bien connectées) ou louvain
${COLUMN}(comme Gephi ; peut rendre des communautés mal connectées)
  --resolution R    résolution de la modularité γ ≥ 0 ; plus grande, elle donne
${COLUMN}des communautés plus petites (1 par défaut)
  --seed S          graine du (premier) calcul, pour des résultats reproductibles
${COLUMN}({seed} par défaut)
  --runs K          lance K graines S, S+1, … ; donne la moyenne et l’écart de la
${COLUMN}modularité, le consensus des liens, et garde le meilleur
${COLUMN}calcul (1 par défaut)
  --top N           acteurs centraux (par force) cités par communauté (3 par défaut)
  --format FORMAT   table (par défaut), json ou csv (une ligne par acteur)`,
  "cli.communities.notes": `Un territoire orienté est lu comme non orienté (liens réciproques additionnés).
Une communauté qui réunit tous les mondes du territoire est signalée comme
pôle de coconstruction.

Exemples :
  catalyse communities datasets/seed-ecosystem
  catalyse communities territoire.xlsx --runs 20 --seed 1 --format json --out communautes.json`,
  "cli.communities.title":
    "{name} : communautés {method, select, louvain {Louvain} other {Leiden}}, résolution {resolution}, graine {seed}",
  "cli.communities.quality": "(à γ = 1 ; {quality} à γ = {resolution})",
  "cli.communities.against-worlds":
    "Au regard des mondes : NMI {nmi}   Rand ajusté {rand}   (1 : les communautés sont les mondes ; près de 0 : elles traversent les mondes)",
  "cli.communities.stability":
    "Stabilité sur {runs} calculs (graines {first}–{last}) : modularité {mean} ± {sd} (écart type), consensus des liens {consensus} ; meilleur calcul : graine {best}",
  "cli.communities.size": "acteurs",
  "cli.communities.entropy": "entropie",
  "cli.communities.blau": "Blau",
  "cli.communities.co-construction": "coconstruction",
  "cli.communities.central-actors": "acteurs centraux",
  "cli.communities.yes": "oui ★",
  "cli.communities.clusters":
    "★ {count, plural, one {# pôle de coconstruction} other {# pôles de coconstruction}} : des communautés qui mêlent les {worlds} mondes du territoire.",
  "cli.communities.no-cluster": "Aucune communauté ne mêle tous les mondes du territoire.",
  "cli.communities.method": "--method {value} n’est pas prise en charge ; attendu l’une de {expected}",

  "cli.compare.summary":
    "compare des territoires côte à côte : mesures, rangs, scores z face aux modèles nuls",
  "cli.compare.synopsis": "DOSSIER|FICHIER... [options]",
  "cli.compare.options": `  --null K          juge chaque mesure face à K réseaux aléatoires du même
${COLUMN}territoire (degrés gardés ; mondes mélangés pour les mesures
${COLUMN}de mondes) et affiche les scores z (0 par défaut : aucun)
  --seed N          graine des modèles nuls ({seed} par défaut)
  --qap-permutations N
${COLUMN}permutations pour la valeur p du coefficient QAP même
${COLUMN}monde ({qapPermutations} par défaut ; 0 : aucune) ; les territoires
${COLUMN}de plus de {qapMaxDyads} paires d’acteurs ne sont pas calculés
  --format FORMAT   table (par défaut), json ou csv`,
  "cli.compare.notes": `Rangs : 1 est la plus grande valeur d’une colonne ; des valeurs égales partagent un rang.

Exemple :
  catalyse compare datasets/pilots/* --null 50`,
  "cli.compare.territory": "territoire",
  "cli.compare.figures": "Mesures",
  "cli.compare.ranks": "Rangs (1 = la plus grande)",
  "cli.compare.z": "Scores z face aux modèles nuls",
  "cli.compare.governance": "Lecture de la gouvernance",
  "cli.compare.qap.note": "Remarque",
  "cli.compare.standout": "Ce qui ressort",

  "cli.timeline.summary": "suit un territoire dans le temps : un état par année et des signaux faibles",
  "cli.timeline.synopsis": "DOSSIER|FICHIER [options]",
  "cli.timeline.arguments":
    "  DOSSIER|FICHIER   un territoire dont les liens portent des dates de début et de fin",
  "cli.timeline.options": `  --step PAS        year (par défaut) ou un nombre d’années entre deux états
  --format FORMAT   table (par défaut), json (états et signaux) ou csv (les états)`,
  "cli.timeline.notes": `Un lien est actif de son début (ou depuis toujours, sans début) à sa fin (ou aujourd’hui) ;
de même l’appartenance à un collectif, dans les dates de ce collectif.
Un acteur est présent s’il a au moins un lien ou une appartenance actifs, ou à
partir de sa propre date de début.

Exemple :
  catalyse timeline datasets/seed-ecosystem --step 2`,
  "cli.timeline.title":
    "{name} : {steps, plural, one {# état} other {# états}}, {years, plural, one {un par an} other {un tous les # ans}}",
  "cli.timeline.undated": "Aucun lien ni acteur ne porte de date : il n’y a pas de chronologie à montrer.",
  "cli.timeline.year": "année",
  "cli.timeline.worlds": "mondes",
  "cli.timeline.signals": "Signaux faibles",
  "cli.timeline.step": "--step {value} n’est pas valide ; attendu « year » ou un nombre entier d’années ≥ 1",

  "cli.report.summary": "écrit un rapport lisible par tous : un territoire, ou la comparaison de plusieurs",
  "cli.report.synopsis": "DOSSIER|FICHIER... --out FICHIER [options]",
  "cli.report.arguments":
    "  DOSSIER|FICHIER...  un territoire (son rapport) ou plusieurs (le rapport de comparaison)",
  "cli.report.options": `  --out FICHIER     où écrire le rapport (par défaut : la sortie standard)
  --format FORMAT   html (par défaut : un seul fichier autonome, graphiques
${COLUMN}inclus, sans réseau, imprimable en A4) ou md (Markdown)
  --pilots DOSSIER  dossier de territoires parmi lesquels situer un territoire
${COLUMN}seul (par défaut : {pilots} s’il existe)
  --null K          juge chaque mesure face à K réseaux aléatoires du même
${COLUMN}territoire et montre les scores z (0 par défaut : aucun)
  --seed N          graine de la carte, des modèles nuls et de la QAP ({seed} par
${COLUMN}défaut)
  --by-type         ajoute les types d’alliance : un réseau par type de lien
  --qap-permutations N
${COLUMN}permutations pour la valeur p du coefficient QAP même
${COLUMN}monde ({qapPermutations} par défaut ; 0 : aucune) ; les territoires
${COLUMN}de plus de {qapMaxDyads} paires d’acteurs ne sont pas calculés`,
  "cli.report.notes": `Le rapport est écrit dans la langue de --lang.

Exemples :
  catalyse report datasets/seed-ecosystem --out seed.html
  catalyse report datasets/pilots/* --lang fr --out pilotes.html`,
  "cli.report.no-pilots": "--pilots {folder} n’est pas un dossier ; pas de comparaison",
  "cli.report.step.analyse": "analyse de {name}",
  "cli.report.step.timeline": "chronologie",
  "cli.report.step.layout": "carte",
  "cli.report.step.compare": "comparaison",

  "cli.export.summary":
    "écrit un territoire dans un autre format : Parquet (Spark GraphFrames, Neo4j GDS), CSV, XLSX, GEXF, GraphML, JSON",
  "cli.export.synopsis": "DOSSIER|FICHIER --format FORMAT --out CHEMIN [options]",
  "cli.export.options": `  --format FORMAT   parquet (par défaut) : un dossier avec nodes.parquet (id,
${COLUMN}label, world, lat, lon, attributs) et edges.parquet (src, dst,
${COLUMN}weight, type, start, end, merged, attributs), les colonnes
${COLUMN}qu’attend Spark GraphFrames ; ou csv, xlsx, gexf, graphml, json
  --out CHEMIN      le dossier (parquet, csv) ou le fichier à écrire
  --stream          parquet depuis un dossier seulement : lit les CSV en flux,
${COLUMN}à mémoire bornée (identifiants, noms, mondes et poids ; ni
${COLUMN}dates ni types), pour les territoires trop gros pour la mémoire`,
  "cli.export.notes": `Exemple :
  catalyse export datasets/seed-ecosystem --format parquet --out sortie/parquet`,
  "cli.export.parquet":
    "écrit : {nodesFile} ({nodes, plural, one {# acteur} other {# acteurs}}) et {edgesFile} ({edges, plural, one {# lien} other {# liens}})",
  "cli.export.missing-out": "--out CHEMIN manque ; attendu l’endroit où écrire l’export",
  "cli.export.stream-parquet": "--stream ne marche qu’avec --format parquet",

  "cli.validate.summary":
    "vérifie des dossiers ou fichiers de territoire et liste chaque problème, ou affiche OK avec les effectifs",
  "cli.validate.synopsis": "DOSSIER|FICHIER... [options]",
  "cli.validate.arguments": `  DOSSIER|FICHIER...  un ou plusieurs dossiers de territoire (actors.csv +
${COLUMN}links.csv [+ territory.json]) ou fichiers .xlsx, .gexf,
${COLUMN}.graphml ou .json ; un dossier de dossiers de territoire
${COLUMN}(datasets/) les vérifie un par un`,
  "cli.validate.options":
    "  --strict          échoue (code 1) aussi sur les avertissements (liens fusionnés, mondes manquants…)",
  "cli.validate.notes": `Affiche chaque problème sous la forme fichier:ligne:colonne, ce qui a été trouvé et
ce qui était attendu, puis sort avec le code 1 ; ou une ligne par entrée :
  OK datasets/seed-ecosystem : 36 acteurs, 54 liens, 6 mondes, 0 avertissement

Exemples :
  catalyse validate datasets/seed-ecosystem
  catalyse validate datasets`,
  "cli.validate.ok":
    "OK {input} : {actors, plural, one {# acteur} other {# acteurs}}, {links, plural, one {# lien} other {# liens}}, {collectives, plural, =0 {} one {# collectif, } other {# collectifs, }}{collectives, plural, =0 {} other {{memberships, plural, one {# appartenance, } other {# appartenances, }}}}{worlds, plural, one {# monde} other {# mondes}}, {warnings, plural, one {# avertissement} other {# avertissements}}",
  "cli.validate.strict-fail":
    "ÉCHEC {input} : {actors, plural, one {# acteur} other {# acteurs}}, {links, plural, one {# lien} other {# liens}}, {collectives, plural, =0 {} one {# collectif, } other {# collectifs, }}{collectives, plural, =0 {} other {{memberships, plural, one {# appartenance, } other {# appartenances, }}}}{worlds, plural, one {# monde} other {# mondes}}, {warnings, plural, one {# avertissement} other {# avertissements}} (--strict : les avertissements font échouer)",
  "cli.validate.fail": "ÉCHEC {input} : {errors, plural, one {# erreur} other {# erreurs}}",
  "cli.validate.all-valid": "les {count} territoires sont valides",
  "cli.validate.some-invalid": "{failed} territoires sur {count} ne sont pas valides",
  "cli.validate.missing-input":
    "entrée manquante ; attendu un ou plusieurs dossiers ou fichiers de territoire",
  "cli.validate.column": "(colonne « {field} »)",

  "cli.explain.summary":
    "dit en une ligne simple ce que signifie un mot des résultats (catalyse explain TERME)",
  "cli.explain.synopsis": "[TERME]",
  "cli.explain.arguments": `  TERME             un mot des résultats, en français ou en anglais
${COLUMN}(intermédiarité, « indice E-I », betweenness…) ; sans mot, tous`,
  "cli.explain.notes": `Exemples :
  catalyse explain intermédiarité --lang fr
  catalyse explain "indice E-I" --lang fr`,
  "cli.explain.entry": "{name} : {line}",
  "cli.explain.unknown": "pas de terme « {term} » dans le glossaire ; `catalyse explain` en donne la liste",
  "cli.explain.one-term": "attendu un seul terme, reçu {count}",

  "cli.qap.summary":
    "régression QAP : partager un monde, un attribut ou la proximité explique-t-il qui s’allie avec qui ?",
  "cli.qap.synopsis": "DOSSIER|FICHIER [options]",
  "cli.qap.options": `  --predictors LISTE  séparés par des virgules (same-world par défaut) :
                      same-world        les deux acteurs dans le même monde
                      same-ATTRIBUT     la même valeur d’un attribut d’acteur
                      distance          km entre les coordonnées quand chaque acteur
                                        en a, sinon pas par d’autres acteurs (leur
                                        propre lien mis de côté)
                      co-membership     collectifs auxquels les deux appartiennent
                                        (il faut des collectifs)
                      ATTRIBUT          un attribut numérique, en |différence|
  --logistic        régression logistique de la présence d’un lien (par défaut :
${COLUMN}linéaire, comme netlm)
  --weighted        explique le poids des liens plutôt que leur présence (linéaire)
  --permutations N  permutations par coefficient pour les valeurs p ({permutations}
${COLUMN}par défaut)
  --seed S          graine des permutations ({seed} par défaut)
  --format FORMAT   table (par défaut) ou json`,
  "cli.qap.notes": `Une ligne par paire d’acteurs (paires ordonnées quand le territoire est orienté).
Valeurs p : double semi-partialisation de Dekker, Krackhardt et Snijders (2007).

Exemples :
  catalyse qap datasets/seed-ecosystem --predictors same-world,distance
  catalyse qap territoire.xlsx --predictors same-world,same-commune,budget --format json`,
  "cli.qap.predictors": "--predictors est vide ; attendu par exemple same-world,distance",
  "cli.qap.error": "{message}",
  "cli.help.projection": `  --projection P    comment les collectifs (collectives.csv + memberships.csv)
${COLUMN}entrent dans le réseau : newman (par défaut : un collectif de k
${COLUMN}membres ajoute 1/(k-1) entre chaque paire de membres), count (un
${COLUMN}par collectif partagé) ou none (collectifs seulement dans les
${COLUMN}mesures à deux modes)`,
  "cli.error.projection": "--projection {value} : attendu l’un de {expected}",

  "cli.wrote": "écrit : {file}",
  "cli.warning": "avertissement : {text}",
  "cli.notice": "avis : {text}",
  "cli.notice.sampled":
    "intermédiarité approchée (Riondato et Kornaropoulos 2016) : à moins de ε = {epsilon} avec une probabilité {probability} ({automatic, select, yes {{actors} acteurs et {links} liens dépassent le budget du calcul exact ; --exact force Brandes} other {à la demande}})",
  "cli.notice.streamed":
    "le fichier des liens pèse {megabytes} Mo : lu en flux droit dans l’index compact ; dates, types et colonnes en plus des liens ne sont pas lus (--reader full les lit et les vérifie)",
  "cli.progress.null-models": "modèles nuls : {step}",
  "cli.progress.structure": "structure",
  "cli.progress.centrality": "centralité",
  "cli.progress.communities": "communautés",
  "cli.progress.polycentricity": "personne au milieu",
  "cli.progress.done": "terminé",
  "cli.progress.rewiring": "recâblage",
  "cli.progress.permutation": "mélange des mondes",
  "cli.progress.read": "lecture",

  "cli.error.unknown-command": "catalyse : commande « {name} » inconnue ; attendu l’une de : {commands}",
  "cli.error.in-command": "catalyse {command} : {message}",
  "cli.error.input":
    "catalyse {command} : {count, plural, one {# problème} other {# problèmes}} dans l’entrée :",
  "cli.error.see-help": "`catalyse {command} --help` en donne l’usage.",
  "cli.error.out-is-input":
    "--out {out} est l’entrée {input} ; l’écrire la détruirait. Choisir un autre chemin",
  "cli.error.out-inside-input":
    "--out {out} est dans le dossier d’entrée {input} ; y écrire changerait le territoire lu. Choisir un chemin en dehors",
  "cli.error.out-is-folder": "--out {out} est un dossier ; attendu : un chemin de fichier",
  "cli.error.out-exists":
    "--out {out} existe déjà ; ajouter --force pour {kind, select, file {le remplacer} other {remplacer les fichiers qu’il contient}}, ou choisir un autre chemin",
  "cli.error.out-folder": "--out {out} : impossible de créer le dossier {folder} : {reason}",
  "cli.error.out-write": "--out {out} : impossible d’écrire : {reason}",
  "cli.error.out-reason":
    "{code, select, EROFS {le système de fichiers est en lecture seule} EACCES {permission refusée} EPERM {permission refusée} ENOTDIR {un fichier est là où il faut un dossier} EEXIST {un fichier est là où il faut un dossier} ENOSPC {plus de place sur le disque} EISDIR {c’est un dossier} other {{message}}}",
  "cli.error.out-writes-folder":
    "--out {out} : --format {format} écrit un dossier ({files}) ; donner un chemin de dossier, par exemple out/{format}",
  "cli.error.debug": "(relancez avec --debug pour les détails)",
  "cli.error.unknown-option": "option inconnue {option}",
  "cli.error.option-value": "l’option {option} demande une valeur",
  "cli.error.unexpected-argument": "argument inattendu « {argument} »",
  "cli.error.format": "--format {value} n’est pas pris en charge ; attendu l’un de {expected}",
  "cli.error.csv-dialect": "--csv-dialect {value} n’est pas pris en charge ; attendu l’un de {expected}",
  "cli.error.lang": "--lang {value} n’est pas prise en charge ; attendu fr ou en",
  "cli.error.number":
    "--{name} {value} n’est pas valide ; attendu {kind, select, integer {un entier} other {un nombre}}{bound, select, none {} other { ≥ {bound}}}",
  "cli.error.missing-input": "entrée manquante ; attendu un dossier ou un fichier de territoire",
  "cli.error.one-input": "attendu une seule entrée, reçu {count}",
  "cli.error.approx-exact": "--approx et --exact s’excluent ; donnez l’un des deux",
  "cli.error.approx":
    "--approx {value} n’est pas valide ; attendu E ou E,D avec E et D strictement entre 0 et 1",
  "cli.error.reader": "--reader {value} : attendu l’un de {expected}",
  "cli.error.reader-stream": "--reader stream : {path} n’est pas un dossier avec un links.csv (ou liens.csv)",
  "cli.error.no-territory": "entrée manquante ; attendu au moins un dossier ou fichier de territoire",
};
