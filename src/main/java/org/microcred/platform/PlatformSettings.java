package org.microcred.platform;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param dataDir where the embedded database, evidence files and generated keys live
 * @param baseUrl the public URL of this installation, used in e-mails and credential ids
 */
@ConfigurationProperties("microcred")
public record PlatformSettings(@DefaultValue("./data") Path dataDir,
		@DefaultValue("http://localhost:8080") URI baseUrl) {

	/** An absolute URL for a path of this installation, e.g. {@code url("/login")}. */
	public String url(String path) {
		String base = baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + (path.startsWith("/") ? path : "/" + path);
	}

}
