package org.microcred.badge.vc.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.microcred.badge.vc.canon.RdfCanonSuite;

/**
 * Microcred's side of {@code interop/run}: {@code third-party <dir>} checks what {@code third-party.mjs} made
 * (credentials must verify, forged VC-JWTs must be refused); {@code canon-suite <suite dir> <out.json>} runs the
 * W3C RDFC-1.0 suite through Microcred's canonicalizer and writes each case's result for comparison with
 * rdf-canonize's.
 */
public final class InteropVerify {

	private InteropVerify() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 2 && args[0].equals("third-party")) {
			ThirdPartyChecks checks = new ThirdPartyChecks();
			Path dir = Path.of(args[1]);
			int failed = report(checks.credentials(dir)) + report(checks.jwts(dir));
			System.exit(failed == 0 ? 0 : 1);
		}
		if (args.length == 3 && args[0].equals("canon-suite")) {
			Files.writeString(Path.of(args[2]), RdfCanonSuite.resultsJson(Path.of(args[1])), StandardCharsets.UTF_8);
			return;
		}
		System.err.println("Usage: InteropVerify third-party <dir> | canon-suite <suite dir> <out.json>");
		System.exit(2);
	}

	private static int report(List<ThirdPartyChecks.Outcome> outcomes) {
		int failed = 0;
		for (ThirdPartyChecks.Outcome outcome : outcomes) {
			System.out.println((outcome.agrees() ? "as expected  " : "NOT EXPECTED ") + outcome.name() + ": " + outcome.said());
			failed += outcome.agrees() ? 0 : 1;
		}
		return failed;
	}

}
