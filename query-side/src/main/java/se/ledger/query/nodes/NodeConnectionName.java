package se.ledger.query.nodes;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Names this node's database connections {@code ledger-projection <node-id>}, so that every
 * query-side node sees in {@code pg_stat_activity} how many nodes are alive: a killed node's
 * connections end with it. An {@code ApplicationName} set in the pool's settings is kept.
 */
class NodeConnectionName implements BeanPostProcessor, EnvironmentAware {

    static final String PREFIX = "ledger-projection ";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !pool.getDataSourceProperties().containsKey("ApplicationName")
                && pool.getDataSource() == null) {
            // the same default as ProjectionProperties.nodeId
            String node = Binder.get(environment).bind("ledger.projection.node-id", String.class)
                    .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
            pool.addDataSourceProperty("ApplicationName", PREFIX + node);
        }
        return bean;
    }
}
