/**
 * Gould & Fernandez (1989) brokerage roles on the world partition, undirected,
 * for the explorer's worker while the analysis document leaves `brokerage`
 * null (issue 5 fills it). For every open two-path a–b–c (a, c not linked),
 * counted once per unordered pair {a, c}, broker b is a coordinator (all three
 * in one world), consultant (a, c share a world b is not in), representative
 * (b shares its world with exactly one of a, c) or liaison (three worlds).
 */
import type { BrokerageRoles, CompactIndex } from "@catalyse/core";

export function fallbackBrokerage(index: CompactIndex): BrokerageRoles[] {
  const n = index.order;
  const { offsets, targets, worldOf } = index;
  // NOTE: undirected adjacency; a marker array per broker's neighbour tests links in O(1).
  const mark = new Int32Array(n).fill(-1);
  const roles: BrokerageRoles[] = [];
  const neighbours: number[] = [];
  for (let b = 0; b < n; b++) {
    const role = { coordinator: 0, consultant: 0, representative: 0, liaison: 0 };
    neighbours.length = 0;
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++) neighbours.push(targets[k]!);
    const wb = worldOf[b]!;
    for (let x = 0; x < neighbours.length; x++) {
      const a = neighbours[x]!;
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) mark[targets[k]!] = a;
      const wa = worldOf[a]!;
      for (let y = x + 1; y < neighbours.length; y++) {
        const c = neighbours[y]!;
        if (mark[c] === a || c === a) continue;
        const wc = worldOf[c]!;
        if (wa === wb && wc === wb) role.coordinator++;
        else if (wa === wc) role.consultant++;
        else if (wa === wb || wc === wb) role.representative++;
        else role.liaison++;
      }
    }
    roles.push(role);
  }
  return roles;
}
