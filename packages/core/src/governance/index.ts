export {
  type GovernanceActor,
  type GovernanceEvidence,
  type GovernanceForm,
  type GovernanceInput,
  type GovernanceReading,
  readGovernance,
} from "./governance-reading.js";
export { GOVERNANCE_THRESHOLDS, type GovernanceThresholds } from "./thresholds.js";
