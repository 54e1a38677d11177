package org.microcred.badge.vc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.canon.FastCanonicalizer;
import org.microcred.badge.vc.canon.GenericCanonicalizer;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.keys.Ed25519Verifier;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.badge.vc.proof.ProofResult;
import org.microcred.badge.vc.proof.ProofVerifier;
import org.microcred.badge.vc.proof.PublicKeyResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * eddsa-rdfc-2022 signing and verification of a full micro-credential (issuer profile, achievement with
 * criteria, three alignments, evidence, credentialSchema, credentialStatus, salted e-mail hash, validUntil),
 * on the fast path and the generic Titanium path, against raw Ed25519. The {@code …OneDesign} benchmarks sign and
 * verify 1,000 different credentials of one design in turn, as the app issues them (shared parts from the cache);
 * the others repeat one credential without the cache. One thread: figures are per core. See docs/benchmarks.md
 * for how to run it and the JavaScript anchor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
@Threads(1)
public class CredentialBenchmarks {

	private final Ed25519KeyPair key = Ed25519KeyPair.fromSeed(new byte[32]);

	private static final int DESIGN_CREDENTIALS = 1000;

	/** Without the cache of shared subtrees, for comparison. */
	private final EddsaRdfc2022 fast = new EddsaRdfc2022(new FastCanonicalizer());

	/** As the app runs it: the fast path with the cache of shared subtrees. */
	private final EddsaRdfc2022 cached = new EddsaRdfc2022();

	private final ProofVerifier cachedVerifier = new ProofVerifier(new EddsaRdfc2022());

	private JsonObject[] designUnsigned;

	private JsonObject[] designSigned;

	private int next;

	private final EddsaRdfc2022 generic = new EddsaRdfc2022(new GenericCanonicalizer());

	private final ProofVerifier fastVerifier = new ProofVerifier(this.fast);

	private final String controller = DidKey.of(this.key.publicKeyMultibase());

	/** did:key resolution: decoding the key from the verification method, every time. */
	private final PublicKeyResolver didKey = (method, purpose) -> new PublicKeyResolver.ResolvedKey(
			DidKey.publicKey(method), this.controller);

	private final byte[] message = new byte[64];

	private JsonObject unsigned;

	private JsonObject signed;

	private ProofOptions options;

	private byte[] signature;

	@Setup
	public void prepare() {
		this.unsigned = microCredential(this.key);
		this.options = ProofOptions.assertion(DidKey.verificationMethodId(this.key.publicKeyMultibase()))
			.createdAt(Instant.parse("2026-05-01T10:00:00Z"));
		this.signed = this.fast.sign(this.unsigned, this.key, this.options);
		this.signature = this.key.sign(this.message);
		if (!this.fastVerifier.verify(this.signed, this.didKey).verified()) {
			throw new IllegalStateException("The benchmark credential does not verify");
		}
		SampleCredentials.Design full = SampleCredentials.fullDesign();
		SampleCredentials.Design design = new SampleCredentials.Design(
				Json.createObjectBuilder(full.issuer()).add("id", this.key.didKey()).build(), full.achievement(),
				full.name(), full.description());
		Random random = new Random(1);
		this.designUnsigned = new JsonObject[DESIGN_CREDENTIALS];
		this.designSigned = new JsonObject[DESIGN_CREDENTIALS];
		for (int i = 0; i < DESIGN_CREDENTIALS; i++) {
			this.designUnsigned[i] = design.credential(random);
			// each parsed on its own, as a verifier receives them: equal parts, never the same instances
			this.designSigned[i] = JsonInput.DEFAULT
				.parseObject(this.fast.sign(this.designUnsigned[i], this.key, this.options).toString());
		}
	}

	/** The full micro-credential, issued by the did:key of {@code key}. */
	static JsonObject microCredential(Ed25519KeyPair key) {
		JsonObject sample = SampleCredentials.microCredential();
		return Json.createObjectBuilder(sample)
			.add("issuer", Json.createObjectBuilder(sample.getJsonObject("issuer")).add("id", key.didKey()))
			.build();
	}

	@Benchmark
	public JsonObject signFastPath() {
		return this.fast.sign(this.unsigned, this.key, this.options);
	}

	@Benchmark
	public ProofResult verifyFastPath() {
		return this.fastVerifier.verify(this.signed, this.didKey);
	}

	@Benchmark
	public JsonObject signOneDesign() {
		return this.cached.sign(this.designUnsigned[nextIndex()], this.key, this.options);
	}

	@Benchmark
	public ProofResult verifyOneDesign() {
		return this.cachedVerifier.verify(this.designSigned[nextIndex()], this.didKey);
	}

	private int nextIndex() {
		int index = this.next;
		this.next = (index + 1 == DESIGN_CREDENTIALS) ? 0 : index + 1;
		return index;
	}

	@Benchmark
	public JsonObject signGenericTitaniumPath() {
		return this.generic.sign(this.unsigned, this.key, this.options);
	}

	@Benchmark
	public byte[] rawEd25519Sign() {
		return this.key.sign(this.message);
	}

	@Benchmark
	public boolean rawEd25519Verify() {
		return Ed25519Verifier.verify(this.key.publicKey(), this.message, this.signature);
	}

	/**
	 * Runs the benchmarks (JMH arguments after the first are passed on, e.g. a regex) after writing the
	 * unsigned credential to the path in the first argument, for the JavaScript anchor to sign the same one.
	 */
	public static void main(String[] args) throws IOException, RunnerException {
		Path credential = Path.of(args.length > 0 ? args[0] : "target/bench/micro-credential.json");
		Files.createDirectories(credential.toAbsolutePath().getParent());
		Files.writeString(credential, SampleCredentials.microCredential().toString(), StandardCharsets.UTF_8);
		OptionsBuilder options = new OptionsBuilder();
		options.include(CredentialBenchmarks.class.getSimpleName() + (args.length > 1 ? "." + args[1] : ""));
		new Runner(options.build()).run();
	}

}
