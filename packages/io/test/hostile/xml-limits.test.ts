import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { readGexf } from "../../src/gexf/read-gexf.js";
import { readGraphml } from "../../src/graphml/read-graphml.js";
import { MAX_XML_DEPTH } from "../../src/limits.js";
import { problemsOf } from "../helpers.js";

const GEXF = (inner: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${prolog}\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph>\n<nodes>${inner}<node id="a"/><node id="b"/></nodes>\n<edges><edge source="a" target="b"/></edges>\n</graph>\n</gexf>\n`;
const gexf = (data: string) => ({ name: "t.gexf", data });

describe("XML readers: every failure is a problem naming the file and line", () => {
  it("reads the plain document the cases below spoil", () => {
    expect(readGexf(gexf(GEXF(""))).graph.order).toBe(2);
  });

  it("refuses a DOCTYPE (where entity expansion and external entities live), with its line", () => {
    const data = GEXF(
      "",
      '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY lol "lol"><!ENTITY x SYSTEM "file:///etc/passwd">]>',
    );
    const [problem] = problemsOf(() => readGexf(gexf(data)));
    expect(problem).toMatchObject({ file: "t.gexf", line: 2, found: "a DOCTYPE declaration" });
  });

  it("reports elements or attributes named constructor or __proto__ as such", () => {
    const [attribute] = problemsOf(() => readGexf(gexf(GEXF('<node id="c" constructor="x"/>'))));
    expect(attribute).toMatchObject({ file: "t.gexf", found: 'an element or attribute named "constructor"' });
    const [element] = problemsOf(() =>
      readGraphml({ name: "t.graphml", data: "<graphml><__proto__/><graph/></graphml>" }),
    );
    expect(element).toMatchObject({ file: "t.graphml", found: 'an element or attribute named "__proto__"' });
  });

  it("reads, or reports with file and line, broken processing instructions and declarations", () => {
    const cases = [
      GEXF("<?pi <?>"),
      "<?xml version=1.0?><gexf>",
      GEXF("", "<?xml ?><?xml?>"),
      GEXF("", '<?xml version="1.0" encoding?>'),
      GEXF("<?>"),
      GEXF("", "<?xml-stylesheet"),
    ];
    let refused = 0;
    for (const data of cases) {
      try {
        readGexf(gexf(data));
      } catch (error) {
        refused++;
        expect(error).toBeInstanceOf(InputError);
        const [problem] = (error as InputError).problems;
        expect(problem?.file).toBe("t.gexf");
        expect(problem?.line).toBeGreaterThanOrEqual(1);
      }
    }
    expect(refused).toBeGreaterThanOrEqual(2);
  });

  it(`refuses nesting deeper than ${MAX_XML_DEPTH} levels, even 100,000 deep`, () => {
    for (const depth of [MAX_XML_DEPTH + 2, 100_000]) {
      const data = GEXF(`${"<x>".repeat(depth)}${"</x>".repeat(depth)}`);
      const [problem] = problemsOf(() => readGexf(gexf(data)));
      expect(problem?.found).toBe(`elements nested more than ${MAX_XML_DEPTH} levels deep`);
    }
  });

  it("refuses a document over maxXmlBytes before parsing it, and reads it under a raised limit", () => {
    const data = GEXF(`<node id="long" label="${"x".repeat(20_000)}"/>`);
    const [problem] = problemsOf(() => readGexf(gexf(data), { limits: { maxXmlBytes: 10_000 } }));
    expect(problem).toMatchObject({ file: "t.gexf" });
    expect(problem?.found).toMatch(
      /^an XML document of 0\.\d MB, more than the limit of 0 MB|^an XML document of/,
    );
    expect(readGexf(gexf(data), { limits: { maxXmlBytes: 100_000 } }).graph.order).toBe(3);
  });

  it("refuses a file over maxFileBytes", () => {
    const [problem] = problemsOf(() => readGexf(gexf(GEXF("")), { limits: { maxFileBytes: 100 } }));
    expect(problem?.found).toMatch(/^a file of .* more than the limit/);
  });

  it("leaves undeclared entities as text instead of expanding or fetching them", () => {
    const { graph } = readGexf(gexf(GEXF('<node id="e" label="&ext; &amp; &#233;"/>')));
    expect(graph.getNodeAttribute("0", "label")).toBe("&ext; & é");
  });
});
