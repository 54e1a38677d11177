package org.microcred.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence in an S3-compatible object store, under {@code <prefix><key>} in one bucket. Writes are streamed
 * ({@link S3Upload}); reads too ({@link S3ObjectStream}), the first and last bytes with ranged requests. A write
 * is complete and named, or invisible: an unfinished multipart upload is no object, and the orphan sweep aborts
 * those left by a crash. Several instances can share the bucket.
 */
public class S3EvidenceStorage implements EvidenceStorage, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3EvidenceStorage.class);

	private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

	private static final int RANGE_NOT_SATISFIABLE = 416;

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	private final S3Upload upload;

	public S3EvidenceStorage(S3Client s3, String bucket, String prefix, int partSize) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
		this.upload = new S3Upload(s3, bucket, partSize);
	}

	@Override
	public Stored store(String key, InputStream in, long maxBytes) throws IOException {
		return upload.store(objectKey(key), key, in, maxBytes);
	}

	@Override
	public InputStream open(String key) throws IOException {
		return S3ObjectStream.open(s3, bucket, objectKey(key));
	}

	@Override
	public byte[] head(String key, int bytes) throws IOException {
		return range(key, "bytes=0-" + (bytes - 1));
	}

	@Override
	public byte[] tail(String key, long size, int bytes) throws IOException {
		return size == 0 ? new byte[0] : range(key, "bytes=" + Math.max(0, size - bytes) + "-" + (size - 1));
	}

	private byte[] range(String key, String range) throws IOException {
		String objectKey = objectKey(key);
		try {
			return s3.getObject(b -> b.bucket(bucket).key(objectKey).range(range), ResponseTransformer.toBytes())
				.asByteArray();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == RANGE_NOT_SATISFIABLE) {
				return new byte[0]; // an empty object
			}
			throw S3Upload.failure(ex);
		}
		catch (SdkException ex) {
			throw S3Upload.failure(ex);
		}
	}

	/** None: a check that needs a local file copies the object first. */
	@Override
	public Optional<Path> localPath(String key) {
		return Optional.empty();
	}

	/** Deletes the object and aborts any upload still writing it (an upload the orphan sweep gave up on). */
	@Override
	public void delete(String key) throws IOException {
		String objectKey = objectKey(key);
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(objectKey));
			for (MultipartUpload started : s3.listMultipartUploadsPaginator(b -> b.bucket(bucket).prefix(objectKey))
				.uploads()) {
				if (started.key().equals(objectKey)) {
					s3.abortMultipartUpload(b -> b.bucket(bucket).key(objectKey).uploadId(started.uploadId()));
				}
			}
		}
		catch (SdkException ex) {
			throw S3Upload.failure(ex);
		}
	}

	/** Objects as the store lists them, page by page; a failure on a later page is thrown unchecked. */
	@Override
	public Stream<Entry> list() throws IOException {
		try {
			return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))
				.contents()
				.stream()
				.map(object -> new Entry(object.key().substring(prefix.length()), object.lastModified()))
				.filter(entry -> KEY.matcher(entry.key()).matches());
		}
		catch (SdkException ex) {
			throw S3Upload.failure(ex);
		}
	}

	/** Nothing at start-up: the unfinished uploads in the bucket may be other instances' (see below). */
	@Override
	public void discardIncomplete() {
	}

	@Override
	public void discardIncompleteBefore(Instant startedBefore) throws IOException {
		try {
			for (MultipartUpload started : s3.listMultipartUploadsPaginator(b -> b.bucket(bucket).prefix(prefix))
				.uploads()) {
				if (started.initiated().isBefore(startedBefore)) {
					s3.abortMultipartUpload(b -> b.bucket(bucket).key(started.key()).uploadId(started.uploadId()));
					log.info("Aborted the abandoned upload of {}", started.key());
				}
			}
		}
		catch (SdkException ex) {
			throw S3Upload.failure(ex);
		}
	}

	@Override
	public void check() throws IOException {
		try {
			s3.headBucket(b -> b.bucket(bucket));
		}
		catch (SdkException ex) {
			throw S3Upload.failure(ex);
		}
	}

	@Override
	public void close() {
		s3.close();
	}

	private String objectKey(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return prefix + key;
	}

}
