/**
 * Every threshold of the governance reading, in one place, so that a study can
 * tune them (and the pilot territories test them) without touching the logic.
 * Values are shares or centralizations in [0, 1] unless stated.
 */
export interface GovernanceThresholds {
  /** Shared governance needs betweenness centralization at most this… */
  sharedMaxBetweennessCentralization: number;
  /** …and degree centralization at most this. */
  sharedMaxDegreeCentralization: number;
  /** A brokered (lead or administrative) form needs betweenness centralization at least this… */
  brokeredMinBetweennessCentralization: number;
  /** …or the top broker holding at least this share of all betweenness. */
  brokeredMinTopBrokerShare: number;
  /**
   * Broker ratio = top broker's normalised betweenness / its degree share
   * (degree / (n − 1)). A star's centre has 1: it brokers exactly as much as
   * its ties give it. A catalyst tied to a few actors of each world, who then
   * reach the rest, brokers far more than its ties: at or above this ratio the
   * reading is "administrative organisation".
   */
  administrativeMinBrokerRatio: number;
  /**
   * A top broker whose world, label or role matches this pattern is taken as a
   * dedicated facilitator (network administrative organisation) whatever its
   * ratio: territories name their catalysts.
   */
  facilitatorPattern: RegExp;
  /** Below this many actors, or without links, the reading is undetermined. */
  minActors: number;
}

/** The thresholds of the governance reading, each with its source. */
export const GOVERNANCE_THRESHOLDS: Readonly<GovernanceThresholds> = Object.freeze({
  sharedMaxBetweennessCentralization: 0.15,
  sharedMaxDegreeCentralization: 0.2,
  brokeredMinBetweennessCentralization: 0.3,
  brokeredMinTopBrokerShare: 0.25,
  administrativeMinBrokerRatio: 1.5,
  facilitatorPattern:
    /facilitat|catalys|animat|administrat|coordinat|secr[ée]tariat|plate-?forme|platform|\bNAO\b|tiers[- ]lieu|labo(ratoire)? des partenariats/i,
  minActors: 3,
});
