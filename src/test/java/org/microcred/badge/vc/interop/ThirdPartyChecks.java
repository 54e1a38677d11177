package org.microcred.badge.vc.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.canon.FastCanonicalizer;
import org.microcred.badge.vc.canon.GenericCanonicalizer;
import org.microcred.badge.vc.verify.CredentialVerifier;
import org.microcred.badge.vc.verify.DocumentFetcher;
import org.microcred.badge.vc.verify.StepStatus;
import org.microcred.badge.vc.verify.VerificationOptions;
import org.microcred.badge.vc.verify.VerificationReport;

/**
 * Microcred's verdict on what another stack made (see {@code src/test/resources/third-party/README.md}):
 * credentials whose proof must verify, on the fast and the generic canonicalization path alike, and VC-JWTs that
 * must verify or be refused for a stated reason. Used by a unit test and by {@code interop/run}.
 */
public final class ThirdPartyChecks {

	/** One check: what was checked, whether it came out as expected, and what Microcred said. */
	public record Outcome(String name, boolean agrees, String said) {
	}

	private final CredentialVerifier verifier = new CredentialVerifier(DocumentFetcher.none());

	private final FastCanonicalizer fast = new FastCanonicalizer();

	private final GenericCanonicalizer generic = new GenericCanonicalizer();

	/** Every credential in {@code dir/credentials} must pass the proof step, and both paths must agree. */
	public List<Outcome> credentials(Path dir) throws IOException {
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : files(dir.resolve("credentials"), ".json")) {
			byte[] bytes = Files.readAllBytes(file);
			VerificationReport report = this.verifier.verify(bytes, VerificationOptions.defaults());
			VerificationReport.Step proof = report.step("proof").orElseThrow();
			boolean samePaths = samePaths(file);
			outcomes.add(new Outcome(file.getFileName().toString(), proof.status() == StepStatus.PASSED && samePaths,
					proof.message() + (samePaths ? "" : " (the fast and generic paths differ)")));
		}
		return outcomes;
	}

	/** Whether the fast path (where it applies) writes the generic path's canonical N-Quads. */
	private boolean samePaths(Path file) throws IOException {
		JsonObject unsecured = Json.createObjectBuilder(Json.createReader(Files.newBufferedReader(file)).readObject())
			.remove("proof").build();
		try {
			String reference = this.generic.canonicalize(unsecured);
			return this.fast.canonicalize(unsecured).equals(reference)
					&& this.fast.tryFast(unsecured).map(reference::equals).orElse(true);
		}
		catch (CredentialFormatException ex) {
			return false;
		}
	}

	/** Every VC-JWT in {@code dir/jwts} must come out as {@code expected.json} says, for the reason it names. */
	public List<Outcome> jwts(Path dir) throws IOException {
		JsonObject expected = Json.createReader(Files.newBufferedReader(dir.resolve("jwts/expected.json"))).readObject();
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : files(dir.resolve("jwts"), ".jwt")) {
			JsonObject want = expected.getJsonObject(file.getFileName().toString());
			VerificationReport.Step proof = this.verifier.verify(Files.readAllBytes(file), VerificationOptions.defaults())
				.step("proof").orElseThrow();
			boolean agrees = want != null && (proof.status() == StepStatus.PASSED) == want.getBoolean("verified")
					&& proof.message().contains(want.getString("reason"));
			outcomes.add(new Outcome(file.getFileName().toString(), agrees, proof.message()));
		}
		return outcomes;
	}

	private static List<Path> files(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
