package org.microcred.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of tests that run the whole application on the embedded PostgreSQL (one server and, because every such
 * test shares this configuration, one application context per test JVM). Mail goes to GreenMail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestData.class, Credentials.class, ReviewFixture.class })
public abstract class IntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected TestData data;

	@Autowired
	protected Credentials credentials;

	@Autowired
	protected ReviewFixture reviews;

	@LocalServerPort
	protected int port;

	/** A fresh real-HTTP session against this test's server. */
	protected WebClientSession browserSession() {
		return new WebClientSession(port);
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMail::port);
		registry.add("microcred.base-url", () -> "http://localhost:8080");
	}

}
