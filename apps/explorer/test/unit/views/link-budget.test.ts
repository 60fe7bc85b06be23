import { describe, expect, it } from "vitest";
import { isSoftwareRenderer, strongestLinks } from "../../../src/views/link-budget.js";

describe("strongestLinks", () => {
  const links = [
    { id: "a", weight: 1 },
    { id: "b", weight: 3 },
    { id: "c", weight: 2 },
    { id: "d", weight: 3 },
    { id: "e", weight: 1 },
  ];

  it("keeps the heaviest links, the earlier one first among equal weights", () => {
    expect(strongestLinks(links, 3).map((link) => link.id)).toEqual(["b", "d", "c"]);
    expect(strongestLinks(links, 4).map((link) => link.id)).toEqual(["b", "d", "c", "a"]);
  });

  it("keeps every link, in order, within the budget, and none for a budget of zero", () => {
    expect(strongestLinks(links, 5).map((link) => link.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(strongestLinks(links, Number.POSITIVE_INFINITY)).toHaveLength(5);
    expect(strongestLinks(links, 0)).toEqual([]);
  });
});

describe("isSoftwareRenderer", () => {
  it("knows Chrome's SwiftShader and Mesa's llvmpipe from hardware renderers", () => {
    expect(
      isSoftwareRenderer(
        "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)",
      ),
    ).toBe(true);
    expect(isSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)")).toBe(true);
    expect(isSoftwareRenderer("ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)")).toBe(
      false,
    );
    expect(isSoftwareRenderer("Apple M2")).toBe(false);
    expect(isSoftwareRenderer("")).toBe(false);
  });
});
