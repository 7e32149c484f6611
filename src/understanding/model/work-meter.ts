/**
 * Counts the inner steps a call took (features looked up, weights added, lattice cells scored),
 * so a test can check the work per message grows linearly with its length without timing
 * anything: a count does not depend on how busy the machine is.
 */
export interface WorkMeter {
  steps: number;
}
