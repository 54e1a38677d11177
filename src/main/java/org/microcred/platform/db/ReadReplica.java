package org.microcred.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Read-only transactions ({@code @Transactional(readOnly = true)}: the public badge, catalog and issuer pages, the
 * district reports) go to a PostgreSQL replica when {@code microcred.datasource.replica.url} is set; everything else,
 * and every read-only transaction when it is not set, goes to the primary. The primary data source is wrapped in
 * Spring's {@link LazyConnectionDataSourceProxy}, which takes a real connection only at the first statement, after
 * the transaction said whether it is read-only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("microcred.datasource.replica.url")
public class ReadReplica {

	/** Connections handed out by the replica pool (a figure for tests and operators). */
	public static final class Route implements AutoCloseable {

		private final AtomicLong connections = new AtomicLong();

		private volatile HikariDataSource pool;

		@Override
		public void close() {
			if (pool != null) {
				pool.close();
			}
		}

		public long connections() {
			return connections.get();
		}

	}

	@Bean
	static Route replicaRoute() {
		return new Route();
	}

	@Bean
	static BeanPostProcessor replicaRouting(Environment environment, ObjectProvider<Route> route) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof DataSource primary) || bean instanceof LazyConnectionDataSourceProxy
						|| !"dataSource".equals(name)) {
					return bean;
				}
				LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
				Route counted = route.getObject();
				counted.pool = replica(environment);
				routing.setReadOnlyDataSource(new Counting(counted.pool, counted));
				return routing;
			}
		};
	}

	private static HikariDataSource replica(Environment environment) {
		HikariDataSource replica = new HikariDataSource();
		replica.setPoolName("replica");
		replica.setJdbcUrl(environment.getRequiredProperty("microcred.datasource.replica.url"));
		replica.setUsername(environment.getProperty("microcred.datasource.replica.username",
				environment.getProperty("spring.datasource.username", "")));
		replica.setPassword(environment.getProperty("microcred.datasource.replica.password",
				environment.getProperty("spring.datasource.password", "")));
		replica.setMaximumPoolSize(environment.getProperty("microcred.datasource.replica.maximum-pool-size",
				Integer.class, environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10)));
		replica.setReadOnly(true);
		return replica;
	}

	private static final class Counting extends DelegatingDataSource {

		private final Route route;

		Counting(DataSource target, Route route) {
			super(target);
			this.route = route;
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = super.getConnection();
			route.connections.incrementAndGet();
			return connection;
		}

	}

}
