package org.microcred.learning.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files are kept: on local disk (the default, under {@code microcred.evidence.storage}) or in an
 * S3-compatible object store (docs/deploy.md).
 *
 * @param type {@code local} or {@code s3}
 * @param s3 the object store, when the type is {@code s3}
 */
@ConfigurationProperties("microcred.storage")
public record StorageSettings(@DefaultValue("local") Type type, @DefaultValue S3 s3) {

	public enum Type {

		LOCAL, S3

	}

	/**
	 * An S3-compatible object store.
	 *
	 * @param endpoint the store's URL (e.g. {@code https://minio.example.org:9000}); empty for AWS S3 itself
	 * @param bucket the bucket, which must exist
	 * @param region the region requests are signed for
	 * @param pathStyle address the bucket in the path ({@code endpoint/bucket/key}) rather than as a host name:
	 *        MinIO and most other stores want this
	 * @param accessKey the access key id; empty to use the SDK's default chain (environment, instance profile)
	 * @param secretKey the secret access key
	 * @param prefix prepended to every object key, so the bucket can hold other things too
	 * @param partSize the size of each part of a multipart upload (at least 5 MB); one part per upload is held in
	 *        memory
	 * @param connectTimeout how long to wait for a connection before an upload is refused as "store unavailable"
	 */
	public record S3(URI endpoint, String bucket, @DefaultValue("us-east-1") String region,
			@DefaultValue("false") boolean pathStyle, String accessKey, String secretKey,
			@DefaultValue("evidence/") String prefix, @DefaultValue("8MB") DataSize partSize,
			@DefaultValue("PT5S") Duration connectTimeout) {

		public S3 {
			if (partSize.toBytes() < DataSize.ofMegabytes(5).toBytes()) {
				throw new IllegalArgumentException("microcred.storage.s3.part-size must be at least 5MB");
			}
			prefix = prefix == null ? "" : prefix;
		}

		/** Refuses to start without a bucket, or with half a key pair, saying what is missing. */
		void requireComplete() {
			if (!StringUtils.hasText(bucket)) {
				throw new IllegalStateException(
						"microcred.storage.type=s3 needs microcred.storage.s3.bucket (see docs/deploy.md)");
			}
			if (StringUtils.hasText(accessKey) != StringUtils.hasText(secretKey)) {
				throw new IllegalStateException(
						"microcred.storage.s3.access-key and microcred.storage.s3.secret-key go together");
			}
		}

	}

}
