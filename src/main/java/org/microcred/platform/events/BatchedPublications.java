package org.microcred.platform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Stores the events a bulk action publishes in the event publication registry with one JDBC batch, instead of one
 * insert per event and listener (thousands of round trips). It wraps Spring Modulith's publication repository: while
 * {@link #batch} runs on a thread, that thread's new publications are buffered, then written as the repository
 * writes them (schema v2, serialized by the registry's own serializer) before {@code batch} returns, still inside the
 * caller's transaction; they are delivered after commit exactly as without the batch. Everything else goes to the
 * repository as is.
 */
@Component
public class BatchedPublications implements BeanPostProcessor {

	/** The repository's row, many at once: one statement per chunk costs PostgreSQL far less than one per row. */
	private static final String INSERT = """
			insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
			  completion_attempts, last_resubmission_date)
			select id, type, listener, published, event, status, 1, published
			from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[])
			  as t(id, type, listener, published, event, status)""";

	private static final int CHUNK = 1_000;

	private final ThreadLocal<List<TargetEventPublication>> open = new ThreadLocal<>();

	private final ObjectProvider<JdbcTemplate> jdbc;

	private final ObjectProvider<EventSerializer> serializer;

	BatchedPublications(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<EventSerializer> serializer) {
		this.jdbc = jdbc;
		this.serializer = serializer;
	}

	/**
	 * Runs {@code publishing} (which publishes events with the usual {@code ApplicationEventPublisher}) and stores
	 * the publications it made in one batch. If it throws, nothing is stored and the exception propagates.
	 * @throws IllegalStateException outside a transaction, or inside another batch
	 */
	public void batch(Runnable publishing) {
		if (!TransactionSynchronizationManager.isActualTransactionActive() || this.open.get() != null) {
			throw new IllegalStateException("A publication batch needs a transaction and cannot be nested");
		}
		List<TargetEventPublication> buffer = new ArrayList<>();
		this.open.set(buffer);
		try {
			publishing.run();
		}
		finally {
			this.open.remove();
		}
		store(buffer);
	}

	private void store(List<TargetEventPublication> buffer) {
		EventSerializer events = this.serializer.getObject();
		for (int from = 0; from < buffer.size(); from += CHUNK) {
			List<TargetEventPublication> chunk = buffer.subList(from, Math.min(buffer.size(), from + CHUNK));
			String[] serialized = chunk.stream().map(p -> events.serialize(p.getEvent()).toString()).toArray(String[]::new);
			this.jdbc.getObject().update(INSERT,
					chunk.stream().map(TargetEventPublication::getIdentifier).toArray(UUID[]::new),
					chunk.stream().map(p -> p.getEvent().getClass().getName()).toArray(String[]::new),
					chunk.stream().map(p -> p.getTargetIdentifier().getValue()).toArray(String[]::new),
					chunk.stream().map(p -> Timestamp.from(p.getPublicationDate())).toArray(Timestamp[]::new),
					serialized,
					chunk.stream().map(p -> p.getStatus().name()).toArray(String[]::new));
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof EventPublicationRepository repository)) {
			return bean;
		}
		return Proxy.newProxyInstance(bean.getClass().getClassLoader(), ClassUtils.getAllInterfaces(bean),
				(proxy, method, args) -> {
					List<TargetEventPublication> buffer = this.open.get();
					if (buffer != null && "create".equals(method.getName()) && args.length == 1
							&& args[0] instanceof TargetEventPublication publication) {
						buffer.add(publication);
						return publication;
					}
					try {
						return method.invoke(repository, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
