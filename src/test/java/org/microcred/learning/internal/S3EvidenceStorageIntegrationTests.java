package org.microcred.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.learning.LearningSettings;
import org.microcred.platform.ExclusiveJobs;
import org.microcred.support.S3Server;
import org.springframework.util.unit.DataSize;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Evidence in an S3-compatible store, against a real S3 server (S3Mock in a process of its own): files of several
 * parts make the round trip unchanged and streamed, the store's own checksum agrees with ours, an over-long upload
 * or an unreachable store leaves nothing, and the orphan sweep removes abandoned uploads and unreferenced objects.
 */
class S3EvidenceStorageIntegrationTests {

	static final String BUCKET = "evidence";

	static final long MB = 1024 * 1024;

	@TempDir
	static Path temp;

	static S3Server server;

	static S3Client client;

	@BeforeAll
	static void startServer() throws IOException {
		server = S3Server.start(temp, BUCKET);
		client = server.client();
	}

	@AfterAll
	static void stopServer() throws InterruptedException {
		client.close();
		server.close();
	}

	static S3EvidenceStorage storage(URI endpoint, String prefix) {
		return S3Storage.create(new StorageSettings.S3(endpoint, BUCKET, "us-east-1", true, S3Server.ACCESS_KEY,
				S3Server.SECRET_KEY, prefix, DataSize.ofMegabytes(8), Duration.ofSeconds(2)));
	}

	@Test
	void aFileOfSeveralPartsMakesTheRoundTripUnchanged() throws Exception {
		try (S3EvidenceStorage storage = storage(server.endpoint(), "evidence/")) {
			long size = 20 * MB + 12_345;
			String key = EvidenceStorage.newKey();

			EvidenceStorage.Stored stored = storage.store(key, new Generated(size), Long.MAX_VALUE);

			assertThat(stored.size()).isEqualTo(size);
			assertThat(stored.sha256()).isEqualTo(sha256(new Generated(size)));
			try (InputStream in = storage.open(key)) {
				assertThat(sha256(in)).isEqualTo(stored.sha256());
			}
			assertThat(storage.head(key, 65_536)).isEqualTo(Generated.bytes(0, 65_536));
			assertThat(storage.tail(key, size, 65_536)).isEqualTo(Generated.bytes(size - 65_536, 65_536));
			try (InputStream in = storage.open(key)) {
				in.skipNBytes(15 * MB + 7);
				assertThat(in.readNBytes(1000)).as("a seek far into a video").isEqualTo(Generated.bytes(15 * MB + 7, 1000));
			}
			assertThat(storage.list().map(EvidenceStorage.Entry::key)).contains(key);
			assertThat(storage.localPath(key)).isEmpty();
			String reported = client
				.headObject(b -> b.bucket(BUCKET).key("evidence/" + key).checksumMode(ChecksumMode.ENABLED))
				.checksumSHA256();
			assertThat(reported).as("the store's checksum of the parts' SHA-256s").isEqualTo(composite(size, 8 * MB));

			storage.delete(key);

			assertThat(storage.list().map(EvidenceStorage.Entry::key)).doesNotContain(key);
			assertThatThrownBy(() -> storage.open(key)).isInstanceOf(NoSuchFileException.class);
		}
	}

	@Test
	void theStoreKeepsTheSha256WeComputedForAFileOfOnePart() throws Exception {
		try (S3EvidenceStorage storage = storage(server.endpoint(), "evidence/")) {
			String key = EvidenceStorage.newKey();
			EvidenceStorage.Stored stored = storage.store(key, new Generated(3 * MB), Long.MAX_VALUE);

			String reported = client
				.headObject(b -> b.bucket(BUCKET).key("evidence/" + key).checksumMode(ChecksumMode.ENABLED))
				.checksumSHA256();
			assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(reported))).isEqualTo(stored.sha256());
			assertThat(stored.sha256()).isEqualTo(sha256(new Generated(3 * MB)));
		}
	}

	@Test
	void anUploadOverTheLimitLeavesNothingBehind() throws Exception {
		try (S3EvidenceStorage storage = storage(server.endpoint(), "evidence/")) {
			String large = EvidenceStorage.newKey();
			String small = EvidenceStorage.newKey();

			assertThatThrownBy(() -> storage.store(large, new Generated(20 * MB), 12 * MB))
				.isInstanceOf(EvidenceStorage.TooLargeException.class);
			assertThatThrownBy(() -> storage.store(small, new Generated(1000), 999))
				.isInstanceOf(EvidenceStorage.TooLargeException.class);

			assertThat(objects("evidence/" + large)).isEmpty();
			assertThat(objects("evidence/" + small)).isEmpty();
			assertThat(unfinishedUploads("evidence/")).extracting(MultipartUpload::key).doesNotContain("evidence/" + large);
		}
	}

	@Test
	void anUnreachableStoreRefusesTheUploadAndTheReadinessCheck() throws Exception {
		URI closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		try (S3EvidenceStorage storage = storage(closed, "evidence/")) {
			assertThatThrownBy(() -> storage.store(EvidenceStorage.newKey(), new Generated(20 * MB), Long.MAX_VALUE))
				.isInstanceOf(EvidenceStorage.UnavailableException.class);
			assertThatThrownBy(storage::check).isInstanceOf(EvidenceStorage.UnavailableException.class);
		}
		try (S3EvidenceStorage storage = storage(server.endpoint(), "evidence/")) {
			storage.check();
		}
	}

	@Test
	void theOrphanSweepAbortsAbandonedUploadsAndDeletesObjectsNothingRefersTo() throws Exception {
		String prefix = "sweep/";
		try (S3EvidenceStorage storage = storage(server.endpoint(), prefix)) {
			String abandoned = EvidenceStorage.newKey();
			String crashed = EvidenceStorage.newKey();
			String recorded = EvidenceStorage.newKey();
			String stray = EvidenceStorage.newKey();
			startUpload(prefix + abandoned);
			startUpload(prefix + crashed);
			storage.store(recorded, new Generated(1000), Long.MAX_VALUE);
			storage.store(stray, new Generated(1000), Long.MAX_VALUE);
			EvidenceStore evidence = mock(EvidenceStore.class);
			// the upload noted for "abandoned" died; "recorded" has its file record
			when(evidence.abandonedUploads(any())).thenReturn(List.of(abandoned));
			when(evidence.recordedKeys(any())).thenReturn(Set.of());
			when(evidence.knownKeys(any())).thenReturn(Set.of(recorded));
			ExclusiveJobs jobs = mock(ExclusiveJobs.class);
			when(jobs.runIfFree(anyString(), any())).thenAnswer(call -> {
				call.<Runnable>getArgument(1).run();
				return true;
			});
			Thread.sleep(1100); // the store's clock counts in seconds
			OrphanSweep sweep = new OrphanSweep(storage, evidence,
					new LearningSettings(null, DataSize.ofGigabytes(2), DataSize.ofGigabytes(10), 10, Duration.ZERO), jobs);

			sweep.sweep();
			assertThat(unfinishedUploads(prefix)).extracting(MultipartUpload::key)
				.doesNotContain(prefix + abandoned)
				.contains(prefix + crashed);

			sweep.sweepAll();
			assertThat(unfinishedUploads(prefix)).isEmpty();
			assertThat(objects(prefix)).extracting(S3Object::key).containsExactly(prefix + recorded);
		}
	}

	void startUpload(String objectKey) {
		String id = client
			.createMultipartUpload(b -> b.bucket(BUCKET).key(objectKey).checksumAlgorithm(ChecksumAlgorithm.SHA256))
			.uploadId();
		client.uploadPart(b -> b.bucket(BUCKET).key(objectKey).uploadId(id).partNumber(1),
				RequestBody.fromBytes(Generated.bytes(0, 5 * 1024 * 1024)));
	}

	List<S3Object> objects(String prefix) {
		return client.listObjectsV2(b -> b.bucket(BUCKET).prefix(prefix)).contents();
	}

	List<MultipartUpload> unfinishedUploads(String prefix) {
		return client.listMultipartUploads(b -> b.bucket(BUCKET).prefix(prefix)).uploads();
	}

	/** What S3 reports for a multipart object: the SHA-256 of the parts' SHA-256s, and the number of parts. */
	static String composite(long size, long partSize) throws Exception {
		MessageDigest ofParts = MessageDigest.getInstance("SHA-256");
		int parts = 0;
		try (InputStream in = new Generated(size)) {
			byte[] part;
			while ((part = in.readNBytes((int) partSize)).length > 0) {
				ofParts.update(MessageDigest.getInstance("SHA-256").digest(part));
				parts++;
			}
		}
		return Base64.getEncoder().encodeToString(ofParts.digest()) + "-" + parts;
	}

	static String sha256(InputStream in) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = in.read(buffer)) != -1) {
			digest.update(buffer, 0, read);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A stream of generated bytes (never held whole), each computable from its position. */
	static final class Generated extends InputStream {

		private final long size;

		private long position;

		Generated(long size) {
			this.size = size;
		}

		static byte at(long position) {
			long x = position * 0x9E3779B97F4A7C15L;
			x ^= x >>> 29;
			x *= 0xBF58476D1CE4E5B9L;
			return (byte) (x ^ x >>> 32);
		}

		static byte[] bytes(long from, int count) {
			byte[] bytes = new byte[count];
			for (int i = 0; i < count; i++) {
				bytes[i] = at(from + i);
			}
			return bytes;
		}

		@Override
		public int read() {
			return position < size ? at(position++) & 0xff : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int count) {
			if (position >= size) {
				return -1;
			}
			int n = (int) Math.min(count, size - position);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = at(position++);
			}
			return n;
		}

	}

}
