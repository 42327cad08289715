export interface Settings {
  quick: boolean;
  /** Timed runs per case (each side). */
  runs: number;
}

export interface BenchCase {
  name: string;
  metric: string;
  unit: string;
  ours: number;
  /** Null when the baseline cannot run here (pandoc not installed, say). */
  baseline: number | null;
  baselineName: string;
  /** A ratio to the baseline, an absolute cap in the case's unit, or both. */
  budget: { ratio?: number; absolute?: number };
  detail: unknown;
}
