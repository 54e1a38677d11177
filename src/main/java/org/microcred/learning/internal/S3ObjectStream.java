package org.microcred.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An object read as it arrives from the store. A long skip (a video player seeking, answered as an HTTP range)
 * does not download what it skips: the stream asks for the object again from the new position.
 */
final class S3ObjectStream extends InputStream {

	private static final long SHORT_SKIP = 256 * 1024;

	private final S3Client s3;

	private final String bucket;

	private final String key;

	private final long length;

	private ResponseInputStream<GetObjectResponse> current;

	private long position;

	private S3ObjectStream(S3Client s3, String bucket, String key, ResponseInputStream<GetObjectResponse> first) {
		this.s3 = s3;
		this.bucket = bucket;
		this.key = key;
		this.current = first;
		this.length = first.response().contentLength();
	}

	/** Opens the object at its start; a missing object is a {@link NoSuchFileException}. */
	static S3ObjectStream open(S3Client s3, String bucket, String key) throws IOException {
		return new S3ObjectStream(s3, bucket, key, get(s3, bucket, key, null));
	}

	static ResponseInputStream<GetObjectResponse> get(S3Client s3, String bucket, String key, String range)
			throws IOException {
		try {
			return s3.getObject(b -> b.bucket(bucket).key(key).range(range));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(key);
		}
		catch (SdkException ex) {
			throw S3Upload.failure(ex);
		}
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
	}

	@Override
	public int read(byte[] buffer, int offset, int count) throws IOException {
		if (position >= length) {
			return -1;
		}
		if (current == null) {
			current = get(s3, bucket, key, "bytes=" + position + "-");
		}
		try {
			int read = current.read(buffer, offset, count);
			if (read > 0) {
				position += read;
			}
			return read;
		}
		catch (SdkException ex) {
			throw S3Upload.failure(ex);
		}
	}

	@Override
	public long skip(long count) throws IOException {
		long step = Math.max(0, Math.min(count, length - position));
		if (step == 0) {
			return 0;
		}
		if (step <= SHORT_SKIP && current != null) {
			long skipped = current.skip(step);
			position += skipped;
			return skipped;
		}
		release();
		position += step;
		return step;
	}

	@Override
	public int available() throws IOException {
		return current == null ? 0 : current.available();
	}

	@Override
	public void close() {
		release();
	}

	/** Drops the connection of a response not read to its end, rather than reading the rest to reuse it. */
	private void release() {
		if (current != null) {
			if (position < length) {
				current.abort();
			}
			try {
				current.close();
			}
			catch (IOException | SdkException ex) {
				// aborted: nothing more to release
			}
			current = null;
		}
	}

}
