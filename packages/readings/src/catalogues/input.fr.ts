/** Problèmes de lecture des fichiers : la traduction de `input.en.ts` (messages de @catalyse/io), mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { inputEn } from "./input.en.js";

export const inputFr: TranslationOf<typeof inputEn> = {
  "input.line":
    "{place}{hasField, select, yes { (colonne « {field} »)} other {}} : {found} ; attendu : {expected}",
  "input.header": "{count, plural, one {# problème} other {# problèmes}} dans les données :",
  // Chemins et fichiers
  "input.path-missing.found": "aucun fichier ni dossier à ce chemin",
  "input.path-missing.expected": "le chemin d’un dossier ou d’un fichier de territoire",
  "input.file-missing.found": "aucun fichier à ce chemin",
  "input.file-missing.expected": "un fichier existant",
  "input.actors-missing.found": "aucun fichier à ce chemin",
  "input.actors-missing.expected": "un fichier actors.csv (colonnes id,label,world…)",
  "input.links-missing.found": "aucun fichier à ce chemin",
  "input.links-missing.expected": "un fichier links.csv (colonnes source,target,weight…)",
  "input.collectives-missing.found": "aucun fichier à ce chemin",
  "input.collectives-missing.expected":
    "un fichier collectives.csv (colonnes id,label,kind…) à côté de memberships.csv",
  "input.folder-file-missing.found": "aucun fichier à ce chemin",
  "input.folder-file-missing.expected": "actors.csv et links.csv dans le dossier",
  "input.special-file.found":
    "{kind, select, fifo {un tube nommé (FIFO)} socket {une socket} other {un périphérique}}, pas un fichier",
  "input.special-file.expected":
    "un fichier ordinaire (Catalyse ne lit ni périphériques, ni tubes, ni sockets)",
  "input.too-large.found":
    "{what, select, xml {un document XML} parts {des feuilles qui se décompressent en XML} other {un fichier}} de {size, number} Mo, au-delà de la limite de {limit, number} Mo",
  "input.too-large.expected":
    "un fichier plus petit ; s’il s’agit d’un vrai territoire, relever la limite (catalyse … --max-input-mb N)",
  "input.unknown-type.found": "un type de fichier que Catalyse ne lit pas",
  "input.unknown-type.expected":
    "un dossier avec actors.csv et links.csv, ou un fichier .xlsx, .gexf, .graphml ou .json (voir `catalyse analyze --help`)",
  "input.single-csv.found": "un fichier CSV seul",
  "input.single-csv.expected": "le dossier qui contient actors.csv et links.csv",
  // Texte
  "input.binary.found": "un fichier binaire ou illisible (octet de contrôle 0x{byte})",
  "input.binary.expected":
    "un fichier texte en UTF-8 ou Windows-1252 ; enregistrer la feuille en CSV, ou donner le fichier .xlsx lui-même",
  "input.mixed-encoding.found":
    "un fichier qui mêle deux encodages : UTF-8 à la ligne {utf8Line, number}, un autre encodage (Windows-1252 ?) à la ligne {otherLine, number}",
  "input.mixed-encoding.expected":
    "un seul encodage pour tout le fichier ; l’ouvrir dans un éditeur de texte et l’enregistrer à nouveau en UTF-8",
  // CSV
  "input.unclosed-quote.found": "une cellule entre guillemets dont le guillemet fermant manque",
  "input.unclosed-quote.expected":
    'un " fermant (un guillemet dans une cellule entre guillemets s’écrit deux fois : "")',
  "input.empty-file.found": "un fichier vide",
  "input.empty-file.expected": "une ligne d’en-tête (par exemple id,label,world) puis une ligne par rangée",
  "input.long-row.found":
    "une ligne de {cells, number} cellules sous un en-tête de {columns, number} colonnes",
  "input.long-row.expected":
    "une cellule par colonne ; mettre entre guillemets toute cellule qui contient le séparateur « {delimiter} »",
  // Tableaux (CSV et XLSX)
  "input.lost-cell.found": "« {value} » sous une colonne sans nom (ignoré)",
  "input.lost-cell.expected": "un nom dans l’en-tête pour chaque colonne qui contient des données",
  "input.duplicate-column.found": "une deuxième colonne « {name} »",
  "input.duplicate-column.expected": "chaque colonne une seule fois",
  "input.missing-column.found": "les colonnes {columns}",
  "input.missing-column.expected":
    "une colonne nommée {field}{others, select, none {} other { (ou {others})}}",
  "input.not-number.found": "« {value} »",
  "input.not-number.expected":
    "{kind, select, weight {un nombre > 0, par exemple 2.5} other {un nombre, par exemple 2.5}}{decimalComma, select, yes { ou 2,5} other {}}{kind, select, weight { (une cellule vide vaut 1)} other {}}",
  "input.not-declared-type.found": "« {value} »",
  "input.not-declared-type.expected":
    "une valeur de type {type}, comme la colonne est déclarée (actorAttributeTypes / linkAttributeTypes)",
  // JSON et territory.json
  "input.malformed-json.found": "du JSON mal formé",
  "input.malformed-json.expected":
    "{kind, select, graph {du JSON de sérialisation graphology (attributes, options, nodes, edges)} other {un objet JSON}}",
  "input.not-object.found": "une valeur JSON qui n’est pas un objet",
  "input.not-object.expected": "un objet JSON avec des clés comme « name » et « directed »",
  "input.meta-type.found": "{key} : {value}",
  "input.meta-type.expected":
    "{kind, select, string {du texte} boolean {true ou false} list {une liste de textes} other {un objet qui associe à chaque nom de colonne string, number, boolean ou date}}",
  "input.no-nodes.found": "un document JSON sans liste de nœuds (nodes)",
  "input.no-nodes.expected": "du JSON de sérialisation graphology (attributes, options, nodes, edges)",
  "input.bad-node.found": "{value}",
  "input.bad-node.expected": "un nœud avec une clé « key » et des attributs « attributes »",
  "input.bad-edge.found": "{value}",
  "input.bad-edge.expected": "un lien avec une « source » et une cible « target »",
  "input.json-not-number.found": "{value}",
  "input.json-not-number.expected": "un nombre",
  // XML
  "input.malformed-xml.found": "du XML mal formé : {message}",
  "input.malformed-xml.expected":
    "du XML bien formé (chaque balise fermée, les attributs entre guillemets, & écrit &amp;)",
  "input.xml-too-deep.found": "des éléments imbriqués sur plus de {depth, number} niveaux",
  "input.xml-too-deep.expected": "un document GEXF, GraphML ou XLSX (ils ont moins de dix niveaux)",
  "input.doctype.found": "une déclaration DOCTYPE",
  "input.doctype.expected":
    "du XML sans DOCTYPE (GEXF, GraphML et XLSX n’en ont pas besoin ; les entités ne sont pas développées)",
  "input.reserved-name.found": "un élément ou un attribut nommé « {name} »",
  "input.reserved-name.expected":
    "d’autres noms (constructor, __proto__ et prototype sont refusés : ils pourraient modifier des objets JavaScript)",
  "input.no-root.found": "aucun élément racine",
  "input.no-root.expected": "un document XML",
  "input.not-graph.found": "un document {root} sans {graph}",
  "input.not-graph.expected": "un document {format} ({start}…)",
  "input.xml-value.found": "« {value} »",
  "input.xml-value.expected": "{type, select, json {du JSON} other {une valeur de type {type}}}",
  // XLSX
  "input.not-workbook.found":
    "{kind, select, text {un fichier texte, pas un classeur XLSX} other {un fichier qui n’est pas un classeur XLSX (pas une archive zip, ou une archive abîmée)}}",
  "input.not-workbook.expected": "un fichier .xlsx enregistré par Excel ou LibreOffice",
  "input.no-workbook-part.found": "une archive sans xl/workbook.xml",
  "input.no-workbook-part.expected": "un fichier .xlsx enregistré par Excel ou LibreOffice",
  "input.inflate-ratio.found":
    "une partie qui se décompresse {ratio, number} fois ({size, number} Mo en {inflated, number} Mo)",
  "input.inflate-ratio.expected":
    "un classeur ordinaire (les feuilles se décompressent moins de {limit, number} fois) ; ceci ressemble à une bombe zip",
  "input.sheet-part-missing.found": "la feuille « {sheet} », dont la partie {part} manque dans l’archive",
  "input.sheet-part-missing.expected":
    "un classeur dont toutes les feuilles sont présentes ; l’ouvrir dans Excel ou LibreOffice et l’enregistrer à nouveau",
  "input.missing-sheet.found": "les feuilles {sheets}",
  "input.missing-sheet.expected":
    "une feuille nommée {kind, select, actors {acteurs (ou actors)} other {liens (ou links)}}",
  "input.memberships-without-collectives.found": "une feuille d’adhésions sans feuille de collectifs",
  "input.memberships-without-collectives.expected":
    "une feuille nommée collectifs (ou collectives) qui liste les collectifs",
  "input.empty-sheet.found": "une feuille vide",
  "input.empty-sheet.expected": "une ligne d’en-tête puis une ligne par rangée",
  "input.cell-outside.found": "une référence de cellule {ref} hors de la grille d’une feuille",
  "input.cell-outside.expected":
    "des cellules jusqu’à {last} (la dernière cellule d’Excel) ; enregistrer à nouveau le classeur depuis Excel ou LibreOffice",
  "input.shared-string.found": "la chaîne partagée numéro {index}, mais le classeur en a {count, number}",
  "input.shared-string.expected":
    "un classeur enregistré par Excel ou LibreOffice (xl/sharedStrings.xml est abîmé)",
  // Le modèle du territoire
  "input.duplicate-actor.found":
    "identifiant d’acteur en double « {id} »{line, select, none {} other { (déjà utilisé à la ligne {line})}}",
  "input.duplicate-actor.expected": "un identifiant unique pour chaque acteur",
  "input.unknown-actor.found": "{field} « {id} » n’est l’identifiant d’aucun acteur",
  "input.unknown-actor.expected": "un identifiant présent dans {file}",
  "input.invalid-weight.found": "poids {value}",
  "input.invalid-weight.expected": "un nombre > 0 (une cellule vide vaut 1)",
  "input.invalid-date.found": "{field} « {value} »",
  "input.invalid-date.expected": "une année (2012), un mois (2012-05) ou une date (2012-05-03 ou 03/05/2012)",
  "input.end-before-start.found": "fin {end} avant le début {start}",
  "input.end-before-start.expected": "une fin égale ou postérieure au début (ou inverser les deux dates)",
  "input.invalid-coordinate.found": "{field} {value}",
  "input.invalid-coordinate.expected":
    "{field, select, lat {une latitude entre -90 et 90} other {une longitude entre -180 et 180}}",
  "input.empty-id.found": "un {field} vide",
  "input.empty-id.expected":
    "{table, select, actors {un identifiant d’acteur} collectives {un identifiant de collectif} collective {l’identifiant d’un collectif} other {l’identifiant d’un acteur}}",
  "input.unknown-collective.found": "{field} « {id} » n’est l’identifiant d’aucun collectif",
  "input.unknown-collective.expected": "un identifiant présent dans {file}",
  "input.duplicate-collective.found": "identifiant de collectif en double « {id} »",
  "input.duplicate-collective.expected": "un identifiant unique pour chaque collectif",
  "input.collective-actor-clash.found": "l’identifiant de collectif « {id} » est aussi celui d’un acteur",
  "input.collective-actor-clash.expected": "un identifiant qu’aucun acteur ne porte",
  "input.duplicate-membership.found":
    "« {actor} » figure deux fois dans le collectif « {collective} »{dated, select, yes { à partir de {start}} other {}}",
  "input.duplicate-membership.expected": "chaque acteur une seule fois par collectif (et date de début)",
  "input.date-before-start.found": "{field} « {value} » avant le début",
  "input.date-before-start.expected": "une fin égale ou postérieure au début",
  "input.model.found": "{message}",
  "input.model.expected": "une valeur valide",
  "input.self-loops.found":
    "{count, plural, one {# boucle (un acteur lié à lui-même) supprimée} other {# boucles (un acteur lié à lui-même) supprimées}}{first, select, yes { (première sur cette ligne)} other {}}",
  "input.self-loops.expected": "des liens entre deux acteurs différents (les boucles sont supprimées)",
  "input.parallel-links.found":
    "{count, plural, one {# lien parallèle fusionné} other {# liens parallèles fusionnés}} avec les liens existants (poids additionnés, dates élargies, types listés){first, select, yes { (premier sur cette ligne)} other {}}",
  "input.parallel-links.expected": "une ligne par paire d’acteurs, sauf si la fusion est voulue",
  "input.missing-worlds.found":
    "{count, plural, one {# acteur n’a pas de monde} other {# acteurs n’ont pas de monde}} ; mis à « {world} »{first, select, yes { (premier sur cette ligne)} other {}}",
  "input.missing-worlds.expected":
    "un monde pour chaque acteur (association, entreprise, collectivité, État, académique, fondation…)",
  "input.nfc-collapse.found":
    "les identifiants « {id} » et « {other} » ne diffèrent que par l’encodage de leurs accents (normalisation Unicode)",
  "input.nfc-collapse.expected":
    "deux identifiants différents pour deux acteurs ; les deux graphies sont lues comme un seul identifiant",
  "input.infinite-weight.found":
    "des liens entre « {source} » et « {target} » dont les poids fusionnés dépassent le plus grand nombre (environ 1,8e308)",
  "input.infinite-weight.expected":
    "des poids plus petits (les liens parallèles fusionnés additionnent leurs poids)",
  "input.more-problems.found": "{count, plural, one {# autre problème} other {# autres problèmes}}",
  "input.more-problems.expected": "corriger d’abord ceux qui précèdent",
};
