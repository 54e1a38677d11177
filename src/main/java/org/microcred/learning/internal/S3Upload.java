package org.microcred.learning.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Writes one object from a stream of unknown length, holding at most one part in memory: a stream that fits in one
 * part is put whole; a longer one goes up as a multipart upload, aborted if anything fails or the stream exceeds
 * its limit, so that nothing remains. Every request carries the SHA-256 of its bytes, which the store checks on
 * arrival; the checksum the store reports for the finished object (the SHA-256 of the whole object, or for a
 * multipart upload the SHA-256 of the parts' SHA-256s) must be the one computed here, or the object is deleted.
 */
final class S3Upload {

	private static final Logger log = LoggerFactory.getLogger(S3Upload.class);

	private final S3Client s3;

	private final String bucket;

	private final int partSize;

	S3Upload(S3Client s3, String bucket, int partSize) {
		this.s3 = s3;
		this.bucket = bucket;
		this.partSize = partSize;
	}

	EvidenceStorage.Stored store(String objectKey, String key, InputStream in, long maxBytes) throws IOException {
		byte[] buffer = new byte[partSize];
		MessageDigest whole = sha256();
		int read = in.readNBytes(buffer, 0, buffer.length);
		if (read > maxBytes) {
			throw new EvidenceStorage.TooLargeException(maxBytes);
		}
		whole.update(buffer, 0, read);
		if (read < buffer.length) {
			byte[] digest = whole.digest();
			putWhole(objectKey, buffer, read, base64(digest));
			return new EvidenceStorage.Stored(key, read, HexFormat.of().formatHex(digest));
		}
		String uploadId;
		try {
			uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(objectKey).checksumAlgorithm(ChecksumAlgorithm.SHA256))
				.uploadId();
		}
		catch (SdkException ex) {
			throw failure(ex);
		}
		try {
			long size = uploadParts(objectKey, uploadId, in, maxBytes, buffer, read, whole);
			return new EvidenceStorage.Stored(key, size, HexFormat.of().formatHex(whole.digest()));
		}
		catch (SdkException ex) {
			abort(objectKey, uploadId);
			throw failure(ex);
		}
		catch (IOException | RuntimeException ex) {
			abort(objectKey, uploadId);
			throw ex;
		}
	}

	private long uploadParts(String objectKey, String uploadId, InputStream in, long maxBytes, byte[] buffer, int first,
			MessageDigest whole) throws IOException {
		List<CompletedPart> parts = new ArrayList<>();
		ByteArrayOutputStream partDigests = new ByteArrayOutputStream();
		long size = first;
		int read = first;
		while (read > 0) {
			MessageDigest part = sha256();
			part.update(buffer, 0, read);
			byte[] digest = part.digest();
			partDigests.write(digest);
			int number = parts.size() + 1;
			String checksum = base64(digest);
			long length = read;
			String etag = s3.uploadPart(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId).partNumber(number)
				.contentLength(length).checksumSHA256(checksum), body(buffer, read)).eTag();
			parts.add(CompletedPart.builder().partNumber(number).eTag(etag).checksumSHA256(checksum).build());
			read = in.readNBytes(buffer, 0, buffer.length);
			size += read;
			if (size > maxBytes) {
				throw new EvidenceStorage.TooLargeException(maxBytes);
			}
			whole.update(buffer, 0, read);
		}
		String reported = s3.completeMultipartUpload(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId)
			.multipartUpload(m -> m.parts(parts))).checksumSHA256();
		String expected = base64(sha256().digest(partDigests.toByteArray()));
		if (reported != null && !reported.equals(expected) && !reported.equals(expected + "-" + parts.size())) {
			deleteQuietly(objectKey);
			throw new IOException("The store reports checksum " + reported + " for " + objectKey + ", not " + expected);
		}
		return size;
	}

	private void putWhole(String objectKey, byte[] buffer, int length, String checksum) throws IOException {
		String reported;
		try {
			reported = s3.putObject(b -> b.bucket(bucket).key(objectKey).contentLength((long) length).checksumSHA256(checksum),
					body(buffer, length)).checksumSHA256();
		}
		catch (SdkException ex) {
			throw failure(ex);
		}
		if (reported != null && !reported.equals(checksum)) {
			deleteQuietly(objectKey);
			throw new IOException("The store reports checksum " + reported + " for " + objectKey + ", not " + checksum);
		}
	}

	/** The part as it is in the buffer (read again on a retry or for signing), never copied. */
	private static RequestBody body(byte[] buffer, int length) {
		return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
				"application/octet-stream");
	}

	private void abort(String objectKey, String uploadId) {
		try {
			s3.abortMultipartUpload(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId));
		}
		catch (SdkException ex) {
			log.warn("Could not abort the upload of {}; the orphan sweep will: {}", objectKey, ex.getMessage());
		}
	}

	private void deleteQuietly(String objectKey) {
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(objectKey));
		}
		catch (SdkException ex) {
			log.warn("Could not delete {}; the orphan sweep will: {}", objectKey, ex.getMessage());
		}
	}

	/**
	 * What a failed request means for the user: a store that did not answer, or refused us (down, wrong
	 * credentials, no such bucket) is unavailable; a request it rejected (bytes damaged on the way) may be retried.
	 */
	static IOException failure(SdkException ex) {
		if (ex instanceof S3Exception refused && refused.statusCode() == 400) {
			return new IOException(ex.getMessage(), ex);
		}
		return new EvidenceStorage.UnavailableException("The object store did not answer: " + ex.getMessage(), ex);
	}

	static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
