/**
 * Readings of a comparison: how many territories and which are synthetic,
 * where a territory stands among the others (naming synthetic references as
 * such), what stands out (core's robust `standouts`), and the governance
 * readings side by side. Synthetic territories are marked "(synthetic)"
 * wherever they are named.
 */
import {
  COMPARISON_COLUMNS,
  type ComparisonColumn,
  type ComparisonResult,
  type ComparisonRow,
  governanceGroups,
  standouts,
} from "@catalyse/core";
import type { MessageId } from "../catalogues/index.js";
import type { Lang } from "../lang.js";
import {
  decimal,
  type Figures,
  list,
  readingMessage as message,
  nested,
  percent,
  type Reading,
  type ReadingMessage,
  type ReadingParam,
  renderReading,
} from "../reading.js";
import { createTranslator, isMessageId } from "../translator.js";

/** Options of {@link comparisonReadings}. */
export interface ComparisonReadingsOptions {
  /** The territory the comparison places among the others (a row name), if any. */
  focus?: string;
}

function column(key: string): ComparisonColumn {
  const found = COMPARISON_COLUMNS.find((c) => c.key === key);
  if (!found) throw new RangeError(`No comparison column "${key}"`);
  return found;
}

/** The label of a comparison column: the figure table's, by document path. */
export function columnLabel(key: string): MessageId {
  const id = `figure.${column(key).path}`;
  if (!isMessageId(id)) throw new RangeError(`No figure label "${id}" for comparison column "${key}"`);
  return id;
}

function shown(key: string, value: number): ReadingParam {
  const kind = column(key).kind;
  return kind === "share" ? percent(value) : kind === "count" ? value : decimal(value);
}

/** A territory's name, marked synthetic when it is (unless the name already says so). */
function territoryName(row: ComparisonRow | undefined, name: string): ReadingParam {
  return row?.synthetic && !/synth/i.test(name) ? nested("comparison.synthetic-name", { name }) : name;
}

/** The readings of a comparison as messages, in no language yet. */
export function comparisonMessages(
  comparison: ComparisonResult,
  options: ComparisonReadingsOptions = {},
): ReadingMessage[] {
  const rows = comparison.rows;
  const byName = new Map(rows.map((row, i) => [row.name, { row, i }]));
  const nameOf = (name: string, figures: Figures): ReadingParam => {
    const found = byName.get(name);
    figures[found === undefined ? `territory:${name}` : `rows[${found.i}].name`] = name;
    return territoryName(found?.row, name);
  };
  const readings: ReadingMessage[] = [];
  const synthetic = rows.filter((row) => row.synthetic);
  const focus = options.focus === undefined ? undefined : byName.get(options.focus);

  if (focus !== undefined) {
    const others = rows.filter((row) => row !== focus.row);
    const synthetics = others.filter((row) => row.synthetic).length;
    readings.push(
      message(
        "comparison.standing",
        {
          [`rows[${focus.i}].name`]: focus.row.name,
          "rows.length": others.length,
          "rows.synthetic": synthetics,
        },
        {
          name: focus.row.name,
          others: others.length,
          synthetic: synthetics === 0 ? "none" : synthetics === others.length ? "all" : "some",
          synthetics,
        },
      ),
    );
  } else {
    const figures: Figures = { "rows.length": rows.length, "rows.synthetic": synthetic.length };
    // Plain names: the sentence already says they are synthetic.
    const names = synthetic.map((row) => {
      figures[`rows[${byName.get(row.name)?.i}].name`] = row.name;
      return row.name;
    });
    readings.push(
      message("comparison.compared", figures, {
        count: rows.length,
        synthetic: synthetic.length === 0 ? "none" : synthetic.length === rows.length ? "all" : "some",
        synthetics: synthetic.length,
        names: list(names),
      }),
    );
  }

  const found = standouts(rows);
  for (const s of found) {
    const figures: Figures = {};
    if (s.kind === "apart") {
      s.territories.forEach((t) => {
        const i = byName.get(t.name)?.i ?? -1;
        figures[`rows[${i}].figures.${s.column}`] = t.value;
      });
      figures[`median.${s.column}`] = s.median;
      figures.compared = s.compared;
      figures["standout.territories"] = s.territories.length;
      readings.push(
        message("comparison.apart", figures, {
          count: s.territories.length,
          names: list(s.territories.map((t) => nameOf(t.name, figures))),
          side: s.side,
          figure: nested(columnLabel(s.column)),
          values: list(s.territories.map((t) => shown(s.column, t.value))),
          median: shown(s.column, s.median),
          compared: s.compared,
        }),
      );
    } else {
      const i = byName.get(s.territory)?.i ?? -1;
      figures[`rows[${i}].z.${s.column}`] = s.z;
      // The sentence says "above" or "below" and prints the distance.
      figures[`rows[${i}].z.${s.column}.magnitude`] = Math.abs(s.z);
      readings.push(
        message("comparison.chance", figures, {
          name: nameOf(s.territory, figures),
          figure: nested(columnLabel(s.column)),
          z: decimal(Math.abs(s.z), 1),
          side: s.z > 0 ? "above" : "below",
          model: s.model,
        }),
      );
    }
  }
  if (found.length === 0) readings.push(message("comparison.nothing", {}));

  const groups = governanceGroups(rows);
  if (groups.size > 0) {
    const figures: Figures = {};
    const items = [...groups].map(([reading, names]) => {
      const form = `figure.governance.${reading.replaceAll(" ", "-")}`;
      return nested("comparison.governance.group", {
        form: isMessageId(form) ? nested(form) : reading,
        names: list(names.map((name) => nameOf(name, figures))),
      });
    });
    readings.push(message("comparison.governance", figures, { groups: list(items) }));
  }
  return readings;
}

/** The readings of a comparison, rendered in `options.lang`. */
export function comparisonReadings(
  comparison: ComparisonResult,
  options: ComparisonReadingsOptions & { lang: Lang },
): Reading[] {
  const translator = createTranslator(options.lang);
  return comparisonMessages(comparison, options).map((m) => renderReading(m, translator));
}
