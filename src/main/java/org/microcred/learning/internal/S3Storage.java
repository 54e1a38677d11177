package org.microcred.learning.internal;

import java.time.Duration;

import org.springframework.util.StringUtils;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the S3 client from the settings. */
final class S3Storage {

	private S3Storage() {
	}

	static S3EvidenceStorage create(StorageSettings.S3 settings) {
		settings.requireComplete();
		return new S3EvidenceStorage(client(settings), settings.bucket(), settings.prefix(),
				(int) settings.partSize().toBytes());
	}

	static S3Client client(StorageSettings.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle())
			.httpClientBuilder(Apache5HttpClient.builder()
				.connectionTimeout(settings.connectTimeout())
				.socketTimeout(Duration.ofMinutes(2)))
			// every upload request carries our own SHA-256; stores that do not know the newer default
			// checksums (CRC32 trailers) keep working
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		if (StringUtils.hasText(settings.accessKey())) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		return builder.build();
	}

}
