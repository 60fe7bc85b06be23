/**
 * Typed attribute values in XML formats (GEXF, GraphML): the type names each
 * format uses, and values as text.
 */
import type { AttributeType, AttributeValue } from "@catalyse/core";
import { parseBoolean, parseDate, parseNumber } from "../values.js";

/** Our type for a GEXF or GraphML type name (`int`, `double`, `liststring`…). */
export function attributeTypeOf(xmlType: string | undefined): AttributeType {
  switch ((xmlType ?? "string").toLowerCase()) {
    case "int":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "bigdecimal":
    case "biginteger":
    case "short":
    case "byte":
      return "number";
    case "boolean":
      return "boolean";
    case "date":
      return "date";
    default:
      return "string";
  }
}

/** A value read from XML text; undefined when the text does not fit the type. */
export function readXmlValue(text: string, type: AttributeType): AttributeValue | undefined {
  switch (type) {
    case "number": {
      if (text.trim() === "") return null;
      // Decimal notation only: Number() would also take "0x10", "0b11" and "Infinity".
      return parseNumber(text, false) ?? undefined;
    }
    case "boolean":
      return text.trim() === "" ? null : (parseBoolean(text) ?? undefined);
    case "date":
      return text.trim() === "" ? null : (parseDate(text) ?? undefined);
    default:
      return text;
  }
}

/** A finite number as XML text. */
export function numberText(value: number): string {
  return String(value);
}
