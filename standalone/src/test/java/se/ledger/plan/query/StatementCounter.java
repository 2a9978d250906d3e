package se.ledger.plan.query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records the SQL statements the read side starts through JdbcClient on the calling thread only,
 * so the projection's own writes on its threads never count.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements run while answering, in order. */
    static List<String> during(Supplier<?> read) {
        var statements = new ArrayList<String>();
        RECORDING.set(statements);
        try {
            read.get();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    @Bean
    static BeanPostProcessor countingJdbcClient() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JdbcClient client)) {
                    return bean;
                }
                return Proxy.newProxyInstance(JdbcClient.class.getClassLoader(), new Class<?>[] {JdbcClient.class},
                        (proxy, method, args) -> {
                            var statements = RECORDING.get();
                            if (statements != null && method.getName().equals("sql")) {
                                statements.add((String) args[0]);
                            }
                            try {
                                return method.invoke(client, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
