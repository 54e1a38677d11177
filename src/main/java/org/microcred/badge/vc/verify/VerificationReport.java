package org.microcred.badge.vc.verify;

import java.util.List;
import java.util.Optional;

import org.microcred.badge.vc.VerificationMessage;

import jakarta.json.JsonObject;

/**
 * What verifying a credential found, step by step (parse, shape, proof, refresh, status, validity,
 * recipient, endorsements). The credential is verified when no step failed.
 * @param credential the parsed credential, or null when the input could not be read as one
 */
public record VerificationReport(List<Step> steps, JsonObject credential) {

	/** Step names, in the order they run. */
	public static final List<String> STEP_NAMES = List.of("parse", "shape", "proof", "refresh", "status", "validity",
			"recipient", "endorsements");

	/** One step: its name, outcome and what it found, for a person. */
	public record Step(String name, StepStatus status, VerificationMessage detail) {

		/** What the step found, in English. */
		public String message() {
			return this.detail.english();
		}

	}

	public VerificationReport {
		steps = List.copyOf(steps);
	}

	public boolean verified() {
		return this.steps.stream().noneMatch(step -> step.status() == StepStatus.FAILED);
	}

	public Optional<Step> step(String name) {
		return this.steps.stream().filter(step -> step.name().equals(name)).findFirst();
	}

	/** The status of a step (SKIPPED when it did not run). */
	public StepStatus status(String name) {
		return step(name).map(Step::status).orElse(StepStatus.SKIPPED);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(verified() ? "VERIFIED" : "NOT VERIFIED");
		for (Step step : this.steps) {
			text.append("\n  ").append(step.name()).append(": ").append(step.status()).append(" - ").append(step.message());
		}
		return text.toString();
	}

}
