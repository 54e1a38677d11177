package org.microcred.integration;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.microcred.badge.AwardRequest;
import org.microcred.badge.BadgeService;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curl examples of docs/integrations.md (token, award, revoke) run as written against this test's server, with
 * only the placeholders ({@code VAR=...}) filled in: the documentation cannot drift from the API.
 */
class IntegrationDocsCurlIntegrationTests extends IntegrationTest {

	private static final Pattern BASH = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

	@Autowired
	ApiClientService clients;

	@Autowired
	BadgeService badges;

	@Test
	void theCurlExamplesWorkAsDocumented() throws Exception {
		Published achievement = credentials.publish("Curl examples");
		CreatedApiClient client = clients.create(achievement.admin(), achievement.issuer(), "Docs",
				EnumSet.of(ApiScope.CREDENTIALS_ISSUE, ApiScope.CREDENTIALS_REVOKE));
		String credential = badges.issueAll(achievement.admin(), achievement.version(),
				List.of(new AwardRequest("docs-1", data.teacher().id(), null, "Assessed elsewhere", "Docs")))
			.issued()
			.get(0)
			.value()
			.toString();

		List<String> blocks = new ArrayList<>();
		Matcher matcher = BASH.matcher(Files.readString(Path.of("docs/integrations.md")));
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		String examples = String.join("\n", blocks.subList(0, 3)).replaceAll("(?m)^[A-Z_]+=\\.\\.\\..*$", "");
		String script = "set -e\nBASE=http://localhost:" + port + "\nCLIENT_ID=" + client.clientId()
				+ "\nCLIENT_SECRET=" + client.clientSecret() + "\nISSUER=" + achievement.issuer().value()
				+ "\nACHIEVEMENT=" + achievement.credential().value() + "\nCREDENTIAL=" + credential + "\n"
				+ examples.replace("curl -s", "curl -s -w '\\n'");

		Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
		assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(bash.exitValue()).as(output).isZero();
		assertThat(output).contains("\"token_type\":\"Bearer\"")
			.contains("\"scope\":\"credentials:issue\"")
			.contains("\"issued\":2")
			.contains("ada@district.example.org")
			.contains("\"state\":\"REVOKED\"");
		assertThat(badges.get(new org.microcred.badge.IssuedCredentialId(java.util.UUID.fromString(credential)))
			.revoked()).isTrue();
	}

}
